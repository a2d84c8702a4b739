/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of file problems (refused .kansa files, unsafe evidence paths), kept with the
 * validation messages of this bundle so that translators find every model message in one
 * place. The language is the JVM's: the product runs with {@code -nl ja}, which Equinox makes
 * the default locale.
 */
public final class FileMessages {

	private static final String BUNDLE = "jp.kansa.model.validation.messages";

	private FileMessages() {
	}

	public static String get(String key, Object... arguments) {
		return get(Locale.getDefault(), key, arguments);
	}

	public static String get(Locale locale, String key, Object... arguments) {
		String pattern = ResourceBundle.getBundle(BUNDLE, locale, FileMessages.class.getClassLoader()).getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}
}

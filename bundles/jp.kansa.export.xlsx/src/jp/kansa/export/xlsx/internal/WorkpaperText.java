/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Sheet names, headers and labels of the workpaper in the language asked for. Not an NLS class:
 * the workpaper's language is a property of the document (ExportOptions), not of the running
 * platform, and a headless test or CLI must not get English because the JVM runs in C/POSIX.
 */
public final class WorkpaperText {

	private static final String BUNDLE = "jp.kansa.export.xlsx.internal.messages"; //$NON-NLS-1$

	private final ResourceBundle bundle;
	private final Locale locale;

	public WorkpaperText(Locale locale) {
		this.locale = locale;
		// No fallback to the default locale: only ja (messages_ja) or the base (English).
		bundle = ResourceBundle.getBundle(BUNDLE, locale, WorkpaperText.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The language the workpaper is written in. */
	public Locale locale() {
		return locale;
	}

	public String get(String key, Object... arguments) {
		String pattern = bundle.getString(key);
		return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words written into a request workbook. The workbook always goes out in Japanese — the
 * 確認表 is a Japanese form filled by Japanese vendors — whatever language the workbench runs
 * in, and its headers must read back the same; the English bundle is the fallback for the
 * keys' meaning.
 */
public final class WorkbookText {

	private static final String BUNDLE = "jp.kansa.vendor.internal.messages-workbook"; //$NON-NLS-1$

	private WorkbookText() {
	}

	public static String get(String key) {
		return ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE, WorkbookText.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
	}

	public static String format(String key, Object... arguments) {
		return new MessageFormat(get(key), Locale.JAPANESE).format(arguments);
	}
}

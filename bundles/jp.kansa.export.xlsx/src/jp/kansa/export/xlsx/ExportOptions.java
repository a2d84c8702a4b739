/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import java.util.Locale;
import java.util.Objects;

import jp.kansa.model.Engagement;

/**
 * How a workpaper is written. Immutable; start from {@link #defaults()} and change what differs.
 *
 * @param title        printed in the page header of every sheet; {@code null} for the catalog's
 *                     title
 * @param locale       language of sheet names and headers: Japanese unless English is asked for,
 *                     whatever the platform locale, because the workpaper is filed in Japan
 * @param fontName     font of every cell; see {@link #DEFAULT_FONT}
 * @param rowWindow    rows kept in memory per sheet while streaming
 * @param comparedWith an earlier version of the engagement (last year's, or before an import or
 *                     a merge): when set, the workpaper ends with a 比較 sheet listing every
 *                     difference from it; {@code null} for none
 */
public record ExportOptions(String title, Locale locale, String fontName, int rowWindow, Engagement comparedWith) {

	/**
	 * Noto Sans CJK JP: installed with fonts-noto-cjk on Linux and what LibreOffice renders with.
	 * Every font also carries the Shift_JIS character set, so where the font is missing (Excel on
	 * Windows) the font mapper substitutes a Japanese gothic face (游ゴシック or MS ゴシック)
	 * instead of a Latin one.
	 */
	public static final String DEFAULT_FONT = "Noto Sans CJK JP";

	public ExportOptions {
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(fontName, "fontName");
		if (rowWindow < 1) {
			throw new IllegalArgumentException("rowWindow must be positive: " + rowWindow);
		}
	}

	public static ExportOptions defaults() {
		return new ExportOptions(null, Locale.JAPANESE, DEFAULT_FONT, 100, null);
	}

	public ExportOptions withTitle(String newTitle) {
		return new ExportOptions(newTitle, locale, fontName, rowWindow, comparedWith);
	}

	public ExportOptions withLocale(Locale newLocale) {
		return new ExportOptions(title, newLocale, fontName, rowWindow, comparedWith);
	}

	public ExportOptions withFontName(String newFontName) {
		return new ExportOptions(title, locale, newFontName, rowWindow, comparedWith);
	}

	public ExportOptions withRowWindow(int newRowWindow) {
		return new ExportOptions(title, locale, fontName, newRowWindow, comparedWith);
	}

	/** Adds a 比較 sheet of the differences from {@code before}; {@code null} for none. */
	public ExportOptions withComparison(Engagement before) {
		return new ExportOptions(title, locale, fontName, rowWindow, before);
	}
}

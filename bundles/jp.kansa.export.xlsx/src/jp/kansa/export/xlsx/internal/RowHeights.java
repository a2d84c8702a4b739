/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

/**
 * Estimates the height a row needs for its wrapped text. Neither POI nor LibreOffice fit the
 * rows of a streamed workbook on opening, so without a height every row prints one line tall
 * and the text is cut. The estimate counts a Japanese character as two width units (the
 * column-width unit is a digit of the default font) and leans towards too tall: a little
 * white space is harmless on a workpaper, a cut sentence is not.
 */
public final class RowHeights {

	/** Line pitch of a 10 pt CJK face (Noto Sans CJK's ascent and descent are 1.45 em). */
	static final float LINE_POINTS = Styles.FONT_POINTS * 1.45f;

	/** Cell padding above and below the text. */
	static final float PADDING_POINTS = 4f;

	/** Excel's largest row height. */
	static final float MAX_POINTS = 409f;

	private RowHeights() {
	}

	/** Lines the text takes in a column of the given width (in characters). */
	public static int lines(String text, int columnWidth) {
		int usable = Math.max(1, columnWidth - 1); // the cell's own margins
		// one pass without split(): this runs for every wrapped cell of a large engagement
		int lines = 0;
		int units = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				lines += Math.max(1, (units + usable - 1) / usable);
				units = 0;
			} else {
				units += isWide(c) ? 2 : 1;
			}
		}
		return lines + Math.max(1, (units + usable - 1) / usable);
	}

	public static float points(int lines) {
		return Math.min(MAX_POINTS, lines * LINE_POINTS + PADDING_POINTS);
	}

	/** Full-width: CJK ideographs, kana, full-width forms, circled numbers (①), CJK punctuation. */
	static boolean isWide(char c) {
		if (c >= 0x2460 && c <= 0x24FF) {
			return true;
		}
		return c >= 0x2E80 && !(c >= 0xFF61 && c <= 0xFFDC) && !(c >= 0xFFE8 && c <= 0xFFEE);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

/** Rules for text put into a cell. */
public final class CellText {

	/** Excel refuses longer cell text (and so does POI, with an exception). */
	public static final int MAX_LENGTH = 32_767;

	private static final String ELLIPSIS = "…";

	private CellText() {
	}

	/**
	 * Whether a spreadsheet would read the text as a formula (or as the start of one, as with
	 * DDE payloads after a tab or carriage return) if a user edited the cell or the file went
	 * through CSV. Such cells get the quote-prefix style, so Excel and LibreOffice show the text
	 * literally and keep it text on edit; the text itself is left exactly as the user wrote it.
	 */
	public static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/**
	 * The text as it can be stored: characters XML 1.0 cannot carry are dropped (they would make
	 * the file unreadable), and text longer than a cell holds is cut with an ellipsis rather
	 * than failing the whole export.
	 */
	public static String storable(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
			if (!allowed && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			} else if (allowed && out != null) {
				out.append(c);
			}
		}
		String clean = out == null ? text : out.toString();
		if (clean.length() > MAX_LENGTH) {
			int end = MAX_LENGTH - ELLIPSIS.length();
			if (Character.isHighSurrogate(clean.charAt(end - 1))) {
				end--;
			}
			return clean.substring(0, end) + ELLIPSIS;
		}
		return clean;
	}
}

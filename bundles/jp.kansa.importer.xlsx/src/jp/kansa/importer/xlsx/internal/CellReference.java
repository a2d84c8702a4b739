/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

/** A1 references without POI's usermodel. */
final class CellReference {

	private CellReference() {
	}

	/** 0-based column of a reference such as H17; -1 if it has no column letters. */
	static int column(String reference) {
		int column = 0;
		int i = 0;
		for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			if (column > 16_384) {
				return -1; // beyond XFD: not a real reference
			}
		}
		return i == 0 ? -1 : column - 1;
	}

	/**
	 * The 1-based row of a reference such as H17; 0 when it has no row digits or the column
	 * letters are followed by anything else; {@link Integer#MAX_VALUE} for a number too large.
	 */
	static int rowOf(String reference) {
		int i = 0;
		while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
			i++;
		}
		return i == 0 ? 0 : rowNumber(reference.substring(i));
	}

	/** A row number as written in {@code <row r="…">}: 0 if it is none, MAX_VALUE if too large. */
	static int rowNumber(String digits) {
		if (digits.isEmpty() || digits.length() > 9) {
			return digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') ? 0 : Integer.MAX_VALUE;
		}
		int row = 0;
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return 0;
			}
			row = row * 10 + (c - '0');
		}
		return row;
	}

	static String name(int column, int row) {
		StringBuilder letters = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.append(row + 1).toString();
	}
}

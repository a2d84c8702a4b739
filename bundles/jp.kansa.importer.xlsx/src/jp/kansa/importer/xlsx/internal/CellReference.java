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

	static String name(int column, int row) {
		StringBuilder letters = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.append(row + 1).toString();
	}
}

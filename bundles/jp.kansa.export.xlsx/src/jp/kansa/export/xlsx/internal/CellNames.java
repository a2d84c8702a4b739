/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

/** A1-style names of columns, computed without POI so the streaming writer needs no objects per cell. */
public final class CellNames {

	private CellNames() {
	}

	/** 0 → A, 25 → Z, 26 → AA. */
	public static String column(int index) {
		StringBuilder name = new StringBuilder(3);
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

/**
 * One thing in the workbook the import cannot take, at one place: the per-cell error report.
 *
 * @param sheet    the sheet's name
 * @param cell     the cell reference (H17), or {@code null} when the problem is the whole sheet
 *                 (a missing sheet, a missing header)
 * @param expected what the template wants there, for the user
 * @param found    what the cell holds, shortened for display; {@code null} for an empty cell
 */
public record ImportProblem(String sheet, String cell, String expected, String found) {

	/** Longest text of a found value kept for display; a 10 MB cell is reported by its length. */
	public static final int MAX_FOUND_LENGTH = 80;

	/** Where, as spreadsheets write it: {@code 確認表2!H17}. */
	public String location() {
		return cell == null ? sheet : sheet + "!" + cell;
	}

	@Override
	public String toString() {
		return location() + ": expected " + expected + ", found " + (found == null ? "(empty)" : found);
	}
}

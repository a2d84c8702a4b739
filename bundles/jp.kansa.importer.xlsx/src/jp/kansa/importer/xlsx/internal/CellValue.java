/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.time.LocalDate;

/**
 * One cell as read from the sheet XML, before it is interpreted for a column.
 *
 * @param reference the A1 reference
 * @param column    0-based column
 * @param kind      what the cell holds
 * @param text      text of a TEXT cell, the number as written for NUMBER, TRUE/FALSE, the error
 *                  code, the formula (bounded) for FORMULA; {@code null} for TOO_LONG
 * @param date      the day of a DATE cell
 * @param length    the text's full length (the only thing kept of a TOO_LONG cell)
 */
public record CellValue(String reference, int column, Kind kind, String text, LocalDate date, long length) {

	public enum Kind {
		TEXT, NUMBER, DATE, BOOLEAN, ERROR, FORMULA, TOO_LONG,
		/**
		 * An inline-string cell that also has a different value element: POI leaves an exported
		 * cell so when a tool sets its value, and readers disagree on which text counts (POI and
		 * Excel show the inline one). {@code text} has both, for the report.
		 */
		TWO_TEXTS,
		/**
		 * A number in a date format that is no day of Excel's calendar (before 1900-01-01, after
		 * 9999-12-31, or not finite); {@code text} is the number as written.
		 */
		BAD_DATE
	}

	/** Whether a TEXT cell holds only white space (a vendor's space bar "clearing" a cell). */
	public boolean isBlank() {
		return kind == Kind.TEXT && text.isBlank();
	}
}

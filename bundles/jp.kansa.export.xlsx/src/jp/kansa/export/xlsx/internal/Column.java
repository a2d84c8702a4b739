/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.function.Function;

/**
 * One column of a workpaper table: what its header says, how wide it prints, how its cells look
 * and where a row's value comes from. Sheets are lists of columns so that the engagement columns
 * (担当, 初回確認, 完了日, 評価, 証跡, コメント, 作成者/査閲者 per contract) can be appended to the
 * catalog columns without touching how a sheet is written.
 *
 * @param header title in the header row
 * @param width  width in characters of the body font (a Japanese character counts two)
 * @param kind   how the cells are styled
 * @param value  the cell value of a row: a String, a Number or {@code null} for an empty cell
 */
public record Column<R>(String header, int width, Kind kind, Function<? super R, ?> value) {

	public enum Kind {
		/** The stable id the import matches rows by: hidden, never printed. */
		ID,
		/** Short text on one line. */
		TEXT,
		/** Long text, wrapped inside the column width. */
		WRAPPED,
		/** A count or other number, right aligned. */
		NUMBER
	}

	public static <R> Column<R> id(String header, Function<? super R, ?> value) {
		return new Column<>(header, 16, Kind.ID, value);
	}

	public static <R> Column<R> text(String header, int width, Function<? super R, ?> value) {
		return new Column<>(header, width, Kind.TEXT, value);
	}

	public static <R> Column<R> wrapped(String header, int width, Function<? super R, ?> value) {
		return new Column<>(header, width, Kind.WRAPPED, value);
	}

	public static <R> Column<R> number(String header, int width, Function<? super R, ?> value) {
		return new Column<>(header, width, Kind.NUMBER, value);
	}
}

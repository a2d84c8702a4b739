/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.List;
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
 * @param value  the cell value of a row: a String, a Number, a {@link java.time.LocalDate}, a
 *               {@link Flagged} text or {@code null} for an empty cell
 * @param key    stable name of the column in the hidden key row of an engagement sheet (e.g.
 *               {@code C-1/responsibility}), so an import finds a column whatever its header says
 * @param choices the values a vendor may pick (a dropdown), or {@code null} for free input
 */
public record Column<R>(String header, int width, Kind kind, Function<? super R, ?> value, String key,
		List<String> choices) {

	public enum Kind {
		/** The stable id the import matches rows by: hidden, never printed. */
		ID,
		/** Short text on one line. */
		TEXT,
		/** Long text, wrapped inside the column width. */
		WRAPPED,
		/** A count or other number, right aligned. */
		NUMBER,
		/** A calendar date, entered through a date validation. */
		DATE
	}

	/** A cell value that needs the auditor's attention (e.g. a responsibility gap): filled and marked. */
	public record Flagged(String text) {
	}

	public Column(String header, int width, Kind kind, Function<? super R, ?> value) {
		this(header, width, kind, value, header, null);
	}

	public Column<R> withKey(String newKey) {
		return new Column<>(header, width, kind, value, newKey, choices);
	}

	public Column<R> withChoices(List<String> newChoices) {
		return new Column<>(header, width, kind, value, key, List.copyOf(newChoices));
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

	public static <R> Column<R> date(String header, Function<? super R, ?> value) {
		return new Column<>(header, 11, Kind.DATE, value);
	}

	public static <R> Column<R> number(String header, int width, Function<? super R, ?> value) {
		return new Column<>(header, width, Kind.NUMBER, value);
	}
}

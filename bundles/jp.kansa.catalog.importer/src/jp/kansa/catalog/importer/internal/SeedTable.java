/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The 確認表 as laid out in the seed, before any interpretation of its cells: parts, categories,
 * items and check-point rows with their raw cell text and seed line numbers. Keeping layout and
 * meaning apart lets the reader be strict about structure while the assembler deals with text.
 */
public final class SeedTable {

	/** First line of the seed that is not blank: the 確認表 title as printed. */
	public String title;
	public int titleLine;
	/** The 別添 line and the 推奨される対応例 line as printed (first page). */
	public String annexLine;
	public String subtitleLine;
	public final List<Part> parts = new ArrayList<>();

	public static final class Part {
		public final int number;
		public final String title;
		public final int line;
		public String description;
		/** Column count of this part's header row: 5 (Part 1) or 6 (Part 2, with 想定されるリスク). */
		public int columns;
		public int headerLine;
		public final List<Category> categories = new ArrayList<>();

		Part(int number, String title, int line) {
			this.number = number;
			this.title = title;
			this.line = line;
		}

		public boolean hasRiskColumn() {
			return columns == 6;
		}
	}

	public static final class Category {
		public final String code;
		public final String title;
		public final int line;
		public final List<Item> items = new ArrayList<>();

		Category(String code, String title, int line) {
			this.code = code;
			this.title = title;
			this.line = line;
		}
	}

	public static final class Item {
		public final String number;
		/** 項目, raw (footnote marks still in). */
		public final String title;
		public final int line;
		public final List<Row> rows = new ArrayList<>();

		Item(String number, String title, int line) {
			this.number = number;
			this.title = title;
			this.line = line;
		}
	}

	/**
	 * One check-point row.
	 *
	 * @param line          seed line
	 * @param marker        ①, ② … or "" for an item's single unnumbered row
	 * @param content       内容 without the marker, raw
	 * @param contentShared true when the row printed no 内容 and shares the item's first 内容
	 * @param risk          想定されるリスク without the marker, raw; null in Part 1
	 * @param recommendation 推奨される対応例, raw
	 * @param references    ガイドライン等関連部分, raw
	 */
	public record Row(int line, String marker, String content, boolean contentShared, String risk,
			String recommendation, String references) {
	}
}

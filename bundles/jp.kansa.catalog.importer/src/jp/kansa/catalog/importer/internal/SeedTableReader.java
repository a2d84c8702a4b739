/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kansa.catalog.importer.CatalogImportException;
import jp.kansa.catalog.importer.DataQualityLog;

/**
 * Reads the text extraction of the 確認表 into a {@link SeedTable}.
 * <p>
 * The extraction keeps the PDF's page layout: the title block and the table header are repeated
 * on later pages, category rows ("A 事業者選定・事業者管理", "参考 「…」") sit between item rows, and a
 * check point ②③ of an item is a continuation row with an empty 項番. Every line must be one of
 * these shapes; anything else is reported with its line number rather than skipped, because a
 * skipped row would be a check point that silently disappears from every engagement.
 */
public final class SeedTableReader {

	static final String[] HEADER_5 = { "項番", "項目", "内容", "推奨される対応例", "ガイドライン等関連部分" };
	static final String[] HEADER_6 = { "項番", "項目", "内容", "想定されるリスク", "推奨される対応例", "ガイドライン等関連部分" };

	private static final Pattern PART = Pattern.compile("^Part\\s*(\\d+)\\s+(.+)$");
	private static final Pattern ANNEX = Pattern.compile("^別添\\s*(\\d+)$");
	/** The dashes around the subtitle come out as －, ー or even 一 depending on the page. */
	private static final Pattern SUBTITLE = Pattern.compile("^(\\S)\\s*(推奨される対応例)\\s*(\\S)$");
	private static final Pattern CATEGORY = Pattern.compile("^([A-Z])\\s+(\\S.*)$");
	private static final Pattern ITEM_NUMBER = Pattern.compile("^\\d+$");
	/** A circled number opening a cell: the check point's marker. */
	private static final Pattern MARKER = Pattern.compile("^([\u2460-\u2473])\\s*");
	/** A second circled number after a blank: two printed questions merged into one row. */
	private static final Pattern INNER_MARKER = Pattern.compile("\\s[\u2460-\u2473]");

	/** Path as given, for error messages; {@link #file} (name only) for the log. */
	private final String path;
	private final String file;
	private final DataQualityLog log;

	public SeedTableReader(String path, String file, DataQualityLog log) {
		this.path = path;
		this.file = file;
		this.log = log;
	}

	public SeedTable read(Path seed) throws IOException, CatalogImportException {
		return read(Files.readAllLines(seed, StandardCharsets.UTF_8));
	}

	public SeedTable read(List<String> lines) throws CatalogImportException {
		SeedTable table = new SeedTable();
		SeedTable.Part part = null;
		SeedTable.Category category = null;
		SeedTable.Item item = null;
		for (int i = 0; i < lines.size(); i++) {
			int line = i + 1;
			String text = lines.get(i);
			if (line == 1 && text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			if (text.isBlank()) {
				continue;
			}
			if (text.indexOf('\t') < 0) {
				// Page furniture: title block, Part heading, the Part's parenthetical description.
				String value = text.strip();
				Matcher partMatcher = PART.matcher(value);
				if (partMatcher.matches()) {
					int number = Integer.parseInt(partMatcher.group(1));
					if (number != table.parts.size() + 1) {
						throw error(line, "expected Part " + (table.parts.size() + 1) + ", found Part " + number);
					}
					part = new SeedTable.Part(number, partMatcher.group(2).strip(), line);
					table.parts.add(part);
					category = null;
					item = null;
				} else if (table.title == null) {
					table.title = value;
					table.titleLine = line;
				} else if (value.equals(table.title)) {
					log.add(file, line, "page-repeat", value,
							"repeated 確認表 title at the top of a new page; ignored");
				} else if (ANNEX.matcher(value).matches()) {
					if (table.annexLine == null) {
						table.annexLine = value;
					} else {
						log.add(file, line, "page-repeat", value, "repeated 別添 heading on a new page; ignored");
					}
				} else if (SUBTITLE.matcher(value).matches()) {
					if (table.subtitleLine == null) {
						table.subtitleLine = value;
					} else {
						String note = value.equals(table.subtitleLine) ? ""
								: " (printed differently from line " + firstLineOf(lines, table.subtitleLine)
										+ " 「" + table.subtitleLine + "」: the dashes were extracted as other characters)";
						log.add(file, line, "page-repeat", value,
								"repeated 推奨される対応例 heading on a new page; ignored" + note);
					}
				} else if (part != null && part.headerLine == 0 && part.description == null && isParenthetical(value)) {
					part.description = value;
				} else {
					throw error(line, "unrecognised line outside the table: " + abbreviate(value));
				}
				continue;
			}

			String[] cells = text.split("\t", -1);
			for (int c = 0; c < cells.length; c++) {
				cells[c] = cells[c].strip();
			}
			if (part == null) {
				throw error(line, "table row before any 'Part N' heading");
			}
			if (isHeader(cells)) {
				if (part.headerLine == 0) {
					part.columns = cells.length;
					part.headerLine = line;
				} else if (cells.length != part.columns) {
					throw error(line, "header with " + cells.length + " columns repeats the " + part.columns
							+ "-column header of line " + part.headerLine);
				} else {
					log.add(file, line, "header-repeat", String.join(" / ", cells),
							"table header repeated at a page break; ignored");
				}
				continue;
			}
			if (part.headerLine == 0) {
				throw error(line, "table row before the header row of Part " + part.number);
			}
			if (cells.length != part.columns) {
				throw error(line, "expected " + part.columns + " columns (header at line " + part.headerLine
						+ "), found " + cells.length);
			}

			SeedTable.Category newCategory = categoryOf(cells, line);
			if (newCategory != null) {
				for (SeedTable.Category existing : part.categories) {
					if (existing.code.equals(newCategory.code)) {
						throw error(line, "category " + newCategory.code + " already started at line " + existing.line);
					}
				}
				category = newCategory;
				part.categories.add(category);
				item = null;
				continue;
			}

			boolean risky = part.hasRiskColumn();
			String content = cells[2];
			String risk = risky ? cells[3] : null;
			String recommendation = cells[risky ? 4 : 3];
			String references = cells[risky ? 5 : 4];

			if (ITEM_NUMBER.matcher(cells[0]).matches()) {
				if (category == null) {
					throw error(line, "item row before any category row");
				}
				for (SeedTable.Item existing : category.items) {
					if (existing.number.equals(cells[0])) {
						throw error(line, "item " + category.code + "-" + cells[0] + " already defined at line "
								+ existing.line);
					}
				}
				if (cells[1].isEmpty()) {
					throw error(line, "item " + cells[0] + " has an empty 項目");
				}
				if (content.isEmpty()) {
					throw error(line, "item " + cells[0] + " has an empty 内容");
				}
				item = new SeedTable.Item(cells[0], cells[1], line);
				category.items.add(item);
				item.rows.add(firstRow(line, content, risk, recommendation, references));
			} else if (cells[0].isEmpty() && cells[1].isEmpty()) {
				if (item == null) {
					throw error(line, "continuation row (empty 項番) before any item");
				}
				item.rows.add(continuationRow(item, line, content, risk, recommendation, references));
			} else {
				throw error(line, "unrecognised row: 項番 「" + cells[0] + "」 is neither a number nor a category");
			}
		}
		if (table.parts.isEmpty()) {
			throw error(lines.size(), "no 'Part N' heading found");
		}
		for (SeedTable.Part p : table.parts) {
			if (p.categories.isEmpty()) {
				throw error(p.line, "Part " + p.number + " has no items");
			}
		}
		return table;
	}

	private SeedTable.Row firstRow(int line, String content, String risk, String recommendation, String references)
			throws CatalogImportException {
		String marker = "";
		Matcher contentMarker = MARKER.matcher(content);
		if (contentMarker.find()) {
			String rest = content.substring(contentMarker.end());
			if (INNER_MARKER.matcher(rest).find()) {
				// 参考-1 of Part 1 prints ① and ② in one cell with one shared 推奨される対応例: one row,
				// so one check point; the numbers stay in the text where the reader can see them.
				log.add(file, line, "merged-row", abbreviate(content),
						"one row holds two numbered questions sharing one 推奨される対応例 and one 関連部分; "
								+ "kept as a single check point (marker empty), 内容 kept with its ①②");
				return new SeedTable.Row(line, "", content, false, risk, recommendation, references);
			}
			marker = contentMarker.group(1);
			content = rest;
		} else if (risk != null) {
			Matcher riskMarker = MARKER.matcher(risk);
			if (riskMarker.find()) {
				// Part 2 A-9: one 内容, two risks ① ②, each with its own 対応例: the risk carries the number.
				marker = riskMarker.group(1);
				risk = risk.substring(riskMarker.end());
			}
		}
		if (!marker.isEmpty() && marker.charAt(0) != '\u2460') {
			throw error(line, "first row of an item numbered " + marker + ", expected ①");
		}
		requireCells(line, recommendation, references);
		return new SeedTable.Row(line, marker, content, false, risk, recommendation, references);
	}

	private SeedTable.Row continuationRow(SeedTable.Item item, int line, String content, String risk,
			String recommendation, String references) throws CatalogImportException {
		SeedTable.Row previous = item.rows.get(item.rows.size() - 1);
		if (previous.marker().isEmpty()) {
			throw error(line, "continuation row after the unnumbered row of item " + item.number
					+ " (line " + item.line + ")");
		}
		String marker;
		boolean shared = false;
		Matcher contentMarker = MARKER.matcher(content);
		if (contentMarker.find()) {
			marker = contentMarker.group(1);
			content = content.substring(contentMarker.end());
		} else if (content.isEmpty() && risk != null && MARKER.matcher(risk).find()) {
			Matcher riskMarker = MARKER.matcher(risk);
			riskMarker.find();
			marker = riskMarker.group(1);
			risk = risk.substring(riskMarker.end());
			shared = true;
			content = item.rows.get(0).content();
			log.add(file, line, "shared-content", "continuation row with empty 内容, risk 「" + abbreviate(risk) + "」 numbered "
					+ marker, "check point " + marker + " of item " + item.number + " shares the 内容 of line "
							+ item.line + " (the PDF prints one 内容 cell spanning both risks)");
		} else {
			throw error(line, "continuation row without a ①②③ marker in 内容"
					+ (risk != null ? " or 想定されるリスク" : ""));
		}
		char expected = (char) (previous.marker().charAt(0) + 1);
		if (marker.charAt(0) != expected) {
			throw error(line, "check point " + marker + " follows " + previous.marker() + ", expected " + expected);
		}
		requireCells(line, recommendation, references);
		return new SeedTable.Row(line, marker, content, shared, risk, recommendation, references);
	}

	private void requireCells(int line, String recommendation, String references) throws CatalogImportException {
		if (recommendation.isEmpty()) {
			throw error(line, "empty 推奨される対応例");
		}
		if (references.isEmpty()) {
			throw error(line, "empty ガイドライン等関連部分");
		}
	}

	/** A category row names the category in the first cell ("A 共通") or, for 参考, in the second. */
	private SeedTable.Category categoryOf(String[] cells, int line) {
		for (int c = 2; c < cells.length; c++) {
			if (!cells[c].isEmpty()) {
				return null;
			}
		}
		Matcher matcher = CATEGORY.matcher(cells[0]);
		if (matcher.matches() && cells[1].isEmpty()) {
			return new SeedTable.Category(matcher.group(1), matcher.group(2).strip(), line);
		}
		if (cells[0].equals("参考") && !cells[1].isEmpty()) {
			return new SeedTable.Category("参考", cells[1], line);
		}
		return null;
	}

	private static boolean isHeader(String[] cells) {
		return java.util.Arrays.equals(cells, HEADER_5) || java.util.Arrays.equals(cells, HEADER_6);
	}

	private static boolean isParenthetical(String value) {
		return (value.startsWith("(") || value.startsWith("（")) && (value.endsWith(")") || value.endsWith("）"));
	}

	private static int firstLineOf(List<String> lines, String value) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().equals(value)) {
				return i + 1;
			}
		}
		return 0;
	}

	static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

	private CatalogImportException error(int line, String reason) {
		return new CatalogImportException(path, line, reason);
	}
}

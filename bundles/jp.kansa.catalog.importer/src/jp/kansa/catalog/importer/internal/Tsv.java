/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.kansa.catalog.importer.CatalogImportException;

/**
 * Reader for the domain fact tables: UTF-8, tab separated, header in the first line. A few
 * note cells were written by a spreadsheet and are CSV-quoted ({@code "…""…"""}); they are
 * unquoted here so the quotes do not leak into the catalog.
 */
public final class Tsv {

	/** One data row; {@code line} is the 1-based line in the file, for error messages and the log. */
	public record Row(String file, int line, List<String> header, List<String> cells) {

		public String get(String column) {
			int index = header.indexOf(column);
			if (index < 0) {
				throw new IllegalArgumentException("no column " + column + " in " + file);
			}
			return index < cells.size() ? cells.get(index) : "";
		}
	}

	private Tsv() {
	}

	public static List<Row> read(Path path, String... requiredColumns) throws IOException, CatalogImportException {
		String file = path.getFileName().toString();
		List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			throw new CatalogImportException(file, 1, "empty file, expected a header line");
		}
		List<String> header = Arrays.stream(lines.get(0).split("\t", -1)).map(String::strip).toList();
		for (String column : requiredColumns) {
			if (!header.contains(column)) {
				throw new CatalogImportException(file, 1, "missing column '" + column + "' in header");
			}
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			String text = lines.get(i);
			if (text.isBlank()) {
				continue;
			}
			String[] raw = text.split("\t", -1);
			if (raw.length > header.size()) {
				throw new CatalogImportException(file, i + 1,
						"expected at most " + header.size() + " columns, found " + raw.length);
			}
			List<String> cells = Arrays.stream(raw).map(Tsv::unquote).toList();
			rows.add(new Row(file, i + 1, header, cells));
		}
		return rows;
	}

	private static String unquote(String cell) {
		String value = cell.strip();
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1).replace("\"\"", "\"");
		}
		return value;
	}
}

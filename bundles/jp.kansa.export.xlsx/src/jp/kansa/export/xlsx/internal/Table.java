/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.List;

/**
 * A sheet to write: its name, its columns and its rows. Rows are an Iterable so that a large
 * engagement can hand them out one at a time instead of building a list first.
 */
public record Table<R>(String sheetName, List<Column<R>> columns, Iterable<R> rows) {

	public Table {
		columns = List.copyOf(columns);
	}
}

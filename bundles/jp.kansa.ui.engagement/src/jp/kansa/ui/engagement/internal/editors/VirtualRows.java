/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The rows of a virtual SWT table kept as plain texts: GTK makes only the rows on screen, and an
 * update re-requests only the rows whose texts changed. The 概要 page's per-contract tables have
 * one row per contract, 200 at a time, of which ten are visible.
 */
final class VirtualRows {

	/** One row: what it stands for (the item's data), its texts, and a colour for one column. */
	record Row(Object key, String[] texts, int colouredColumn, Color colour) {
		Row(Object key, String[] texts) {
			this(key, texts, -1, null);
		}

		boolean sameAs(Row other) {
			return other != null && other.key == key && Arrays.equals(other.texts, texts) && other.colouredColumn == colouredColumn
					&& Objects.equals(other.colour, colour);
		}
	}

	private final Table table;
	private List<Row> rows = List.of();

	/** @param table created with {@link SWT#VIRTUAL} */
	VirtualRows(Table table) {
		this.table = table;
		table.addListener(SWT.SetData, event -> {
			TableItem item = (TableItem) event.item;
			int index = table.indexOf(item);
			if (index >= 0 && index < rows.size()) {
				Row row = rows.get(index);
				item.setText(row.texts());
				item.setData(row.key());
				if (row.colouredColumn() >= 0) {
					item.setForeground(row.colouredColumn(), row.colour());
				}
			}
		});
	}

	/** Shows these rows; returns whether the number of rows changed. */
	boolean set(List<Row> newRows) {
		List<Row> old = rows;
		rows = new ArrayList<>(newRows);
		boolean resized = old.size() != rows.size();
		if (resized) {
			table.setItemCount(rows.size());
		}
		for (int i = 0; i < rows.size(); i++) {
			if (i >= old.size() || !rows.get(i).sameAs(old.get(i))) {
				table.clear(i);
			}
		}
		return resized;
	}
}

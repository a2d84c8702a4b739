/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The tables of the preview pages (the import's and the vendor reply's): what a read would change
 * and what it cannot take, one row per cell.
 */
final class PreviewTables {

	private PreviewTables() {
	}

	/**
	 * A table that sizes its columns by weight whenever it is laid out: the page is built hidden,
	 * and on GTK columns given fixed widths while hidden end up 0 wide, rows without text.
	 */
	static TableViewer table(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TableColumnLayout());
		TableViewer viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/** A column of a {@link #table}: {@code width} is its weight, half of it its least width. */
	static <T> void column(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(column.getColumn(),
				new ColumnWeightData(width, width / 2));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
	}
}

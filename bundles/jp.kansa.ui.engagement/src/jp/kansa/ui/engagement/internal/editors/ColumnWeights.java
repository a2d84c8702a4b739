/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import jp.kansa.emf.ui.SettledResize;

/**
 * Spreads a table's width over its columns in proportion to the widths they were created with,
 * each no narrower than its minimum: a list beside a detail (the 評価 page's checks) is a third of
 * the editor, and with fixed widths its last column — the one the auditor scans for — sat behind
 * a horizontal scroll bar at every window size. Only when even the minimums do not fit does the
 * table scroll sideways. Fitted once the layout has settled ({@link SettledResize}).
 */
final class ColumnWeights {

	private final Table table;
	private final int[] weights;
	private final int[] minimums;

	private ColumnWeights(Table table, int[] minimums) {
		this.table = table;
		TableColumn[] columns = table.getColumns();
		if (minimums.length != columns.length) {
			throw new IllegalArgumentException("one minimum per column: " + columns.length); //$NON-NLS-1$
		}
		this.weights = new int[columns.length];
		for (int i = 0; i < columns.length; i++) {
			weights[i] = Math.max(1, columns[i].getWidth());
		}
		this.minimums = minimums.clone();
	}

	/** From now on, every resize of {@code table} spreads its width over its columns. */
	static void apply(Table table, int... minimums) {
		ColumnWeights fit = new ColumnWeights(table, minimums);
		SettledResize.fitAfter(table, fit::fit);
	}

	private void fit() {
		int width = table.getClientArea().width;
		if (width <= 0) {
			return;
		}
		int[] widths = widths(width, weights, minimums);
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].getWidth() != widths[i]) {
				columns[i].setWidth(widths[i]);
			}
		}
	}

	/**
	 * The widths for {@code width} pixels: every column its minimum, and what is left over shared
	 * by weight (the last takes the rounding), so that they add up to exactly {@code width}; the
	 * minimums alone when they do not fit.
	 */
	static int[] widths(int width, int[] weights, int[] minimums) {
		int totalWeight = 0;
		int totalMinimum = 0;
		for (int i = 0; i < weights.length; i++) {
			totalWeight += weights[i];
			totalMinimum += minimums[i];
		}
		int spare = Math.max(0, width - totalMinimum);
		int[] widths = new int[weights.length];
		int shared = 0;
		for (int i = 0; i < weights.length - 1; i++) {
			int share = spare * weights[i] / totalWeight;
			widths[i] = minimums[i] + share;
			shared += share;
		}
		int last = weights.length - 1;
		widths[last] = minimums[last] + spare - shared;
		return widths;
	}
}

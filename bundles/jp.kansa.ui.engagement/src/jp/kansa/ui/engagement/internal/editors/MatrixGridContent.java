/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.swt.graphics.Color;

/**
 * What a {@link MatrixGrid} shows, asked for each cell when it is painted (nothing is copied into
 * the grid: an edit only has to say which cell to repaint). Columns before
 * {@link MatrixGridGeometry#frozenColumns()} are row headers.
 */
public interface MatrixGridContent {

	int rowCount();

	int columnCount();

	/** The cell's text as painted (it is cut with "…" if wider than its column). */
	String text(int row, int column);

	/**
	 * The text a row header shows when its row is the top one on screen though the header is
	 * empty there (a group's name, written on its first row only, still names the rows below
	 * once that first row is scrolled away); null for none.
	 */
	default String continuedText(int row, int column) {
		return null;
	}

	/** The cell's background, or null for the grid's own. */
	Color background(int row, int column);

	/** Whether the cell has a validation problem: a corner mark says so beside the colour. */
	boolean marked(int row, int column);

	/** The column's header: up to two lines separated by '\n'. */
	String header(int column);

	/** What hovering the column header says (whole names), or null. */
	String headerToolTip(int column);

	/** What hovering the cell says, or null. */
	String cellToolTip(int row, int column);

	/** What a screen reader says for the cell under the cursor, e.g. "C-3 × 2-A-9-① : 医療機関". */
	String accessibleText(int row, int column);
}

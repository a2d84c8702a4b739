/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.BitSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Paints the part of a {@link MatrixGrid} inside a clip rectangle: only the cells that touch it
 * are asked for their text and colour, so repainting one edited cell costs one cell, and a
 * scrolled view costs the cells on screen whatever the number of contracts. Colours are the
 * display's system colours and the grid's own (shared, never allocated per paint).
 */
final class MatrixGridPainter {

	/** Space between a cell's border and its text. */
	static final int PADDING = 4;
	private static final String ELLIPSIS = "…"; //$NON-NLS-1$

	private final MatrixGridContent content;
	private final Color background;
	private final Color foreground;
	private final Color headerBackground;
	private final Color lines;
	private final Color selection;
	private final Color selectionText;
	private final Color cursor;
	private final Color mark;

	MatrixGridPainter(Display display, MatrixGridContent content, Color mark) {
		this.content = content;
		background = display.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
		foreground = display.getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		headerBackground = display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
		lines = display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		selection = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
		selectionText = display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
		cursor = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
		this.mark = mark;
	}

	Color background() {
		return background;
	}

	/**
	 * Paints what lies in the clip: the scrolled body cells, then the frozen row headers over
	 * them, then the header band, each clipped to its own area so that nothing scrolled shows
	 * under the frozen parts.
	 */
	void paint(GC gc, Rectangle clip, MatrixGridGeometry geometry, int cursorRow, int cursorColumn, BitSet selectedRows) {
		gc.setBackground(background);
		gc.fillRectangle(clip);
		int frozen = geometry.frozenColumns();
		int frozenWidth = geometry.frozenWidth();
		int[] rows = geometry.rowsBetween(clip.y, clip.y + clip.height);
		int[] scrolled = geometry.scrolledColumnsBetween(clip.x, clip.x + clip.width);
		Rectangle body = new Rectangle(frozenWidth, geometry.headerHeight(), geometry.scrollableViewWidth(), geometry.bodyViewHeight());
		if (clipTo(gc, clip, body)) {
			for (int row = rows[0]; row <= rows[1]; row++) {
				for (int column = scrolled[0]; column <= scrolled[1]; column++) {
					paintCell(gc, geometry.cellBounds(row, column), row, column, false, cursorRow == row && cursorColumn == column, false);
				}
			}
		}
		Rectangle rowHeaders = new Rectangle(0, geometry.headerHeight(), frozenWidth, geometry.bodyViewHeight());
		if (clipTo(gc, clip, rowHeaders)) {
			// the first row at least half on screen: a sliver under the header band is not where one reads
			int top = (geometry.scrollY() + geometry.rowHeight() / 2) / geometry.rowHeight();
			for (int row = rows[0]; row <= rows[1]; row++) {
				for (int column = 0; column < frozen; column++) {
					paintCell(gc, geometry.cellBounds(row, column), row, column, selectedRows.get(row),
							cursorRow == row && cursorColumn == column, row == top);
				}
			}
		}
		Rectangle scrolledHeaders = new Rectangle(frozenWidth, 0, geometry.scrollableViewWidth(), geometry.headerHeight());
		if (clipTo(gc, clip, scrolledHeaders)) {
			for (int column = scrolled[0]; column <= scrolled[1]; column++) {
				paintHeader(gc, geometry.cellBounds(-1, column), column);
			}
		}
		Rectangle frozenHeaders = new Rectangle(0, 0, frozenWidth, geometry.headerHeight());
		if (clipTo(gc, clip, frozenHeaders)) {
			for (int column = 0; column < frozen; column++) {
				paintHeader(gc, geometry.cellBounds(-1, column), column);
			}
		}
		gc.setClipping((Rectangle) null);
	}

	/** Clips to the part of the area inside the paint's clip; false if nothing of the area is to paint. */
	private static boolean clipTo(GC gc, Rectangle clip, Rectangle area) {
		Rectangle both = clip.intersection(area);
		if (both.isEmpty()) {
			return false;
		}
		gc.setClipping(both);
		return true;
	}

	private void paintCell(GC gc, Rectangle cell, int row, int column, boolean selected, boolean isCursor, boolean topRow) {
		Color fill = selected ? selection : content.background(row, column);
		gc.setBackground(fill == null ? background : fill);
		gc.fillRectangle(cell.x, cell.y, cell.width - 1, cell.height - 1);
		gc.setForeground(selected ? selectionText : foreground);
		String text = content.text(row, column);
		if (topRow && (text == null || text.isEmpty())) {
			text = content.continuedText(row, column);
		}
		drawText(gc, text, cell);
		if (content.marked(row, column)) {
			// a corner mark: the problem shows without telling colours apart
			int size = Math.min(8, cell.height / 3);
			int right = cell.x + cell.width - 1;
			gc.setBackground(mark);
			gc.fillPolygon(new int[] { right - size, cell.y, right, cell.y, right, cell.y + size });
		}
		gc.setForeground(lines);
		gc.drawLine(cell.x, cell.y + cell.height - 1, cell.x + cell.width - 1, cell.y + cell.height - 1);
		gc.drawLine(cell.x + cell.width - 1, cell.y, cell.x + cell.width - 1, cell.y + cell.height - 1);
		if (isCursor) {
			gc.setForeground(cursor);
			gc.setLineWidth(2);
			gc.drawRectangle(cell.x + 1, cell.y + 1, cell.width - 3, cell.height - 3);
			gc.setLineWidth(0);
		}
	}

	private void paintHeader(GC gc, Rectangle cell, int column) {
		gc.setBackground(headerBackground);
		gc.fillRectangle(cell.x, cell.y, cell.width - 1, cell.height - 1);
		gc.setForeground(foreground);
		String[] lines2 = content.header(column).split("\n", 2); //$NON-NLS-1$
		int lineHeight = gc.getFontMetrics().getHeight();
		for (int i = 0; i < lines2.length; i++) {
			drawText(gc, lines2[i], new Rectangle(cell.x, cell.y + i * lineHeight, cell.width, lineHeight + 2 * PADDING));
		}
		gc.setForeground(lines);
		gc.drawLine(cell.x, cell.y + cell.height - 1, cell.x + cell.width - 1, cell.y + cell.height - 1);
		gc.drawLine(cell.x + cell.width - 1, cell.y, cell.x + cell.width - 1, cell.y + cell.height - 1);
	}

	/** The text at the cell's left, cut with "…" when it is wider than the cell. */
	private static void drawText(GC gc, String text, Rectangle cell) {
		if (text == null || text.isEmpty()) {
			return;
		}
		int room = cell.width - 2 * PADDING;
		gc.drawString(fit(gc, text, room), cell.x + PADDING, cell.y + PADDING, true);
	}

	static String fit(GC gc, String text, int room) {
		if (gc.stringExtent(text).x <= room) {
			return text;
		}
		int low = 0;
		int high = text.length();
		while (low < high) { // the longest prefix that fits with the ellipsis
			int middle = (low + high + 1) / 2;
			if (gc.stringExtent(text.substring(0, middle) + ELLIPSIS).x <= room) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return text.substring(0, low) + ELLIPSIS;
	}
}

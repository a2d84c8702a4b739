/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.Arrays;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the cells of a {@link MatrixGrid} are: fixed-height rows under a header band, columns of
 * their own widths of which the first few are frozen (they never scroll sideways), and the two
 * scroll offsets. Pure arithmetic, no widget: painting, hit-testing and scrolling all ask it, so
 * a cell is found at a point and drawn at the same place by construction.
 */
public final class MatrixGridGeometry {

	private final int rowCount;
	private final int frozenColumns;
	private final int rowHeight;
	private final int headerHeight;
	/** left[i] is the x of column i in the unscrolled layout; left[n] is the total width. */
	private final int[] left;
	private int clientWidth;
	private int clientHeight;
	private int scrollX;
	private int scrollY;

	public MatrixGridGeometry(int[] widths, int frozenColumns, int rowCount, int rowHeight, int headerHeight) {
		this.rowCount = rowCount;
		this.frozenColumns = Math.min(frozenColumns, widths.length);
		this.rowHeight = rowHeight;
		this.headerHeight = headerHeight;
		left = new int[widths.length + 1];
		for (int i = 0; i < widths.length; i++) {
			left[i + 1] = left[i] + widths[i];
		}
	}

	public int columnCount() {
		return left.length - 1;
	}

	public int rowCount() {
		return rowCount;
	}

	public int frozenColumns() {
		return frozenColumns;
	}

	public int rowHeight() {
		return rowHeight;
	}

	public int headerHeight() {
		return headerHeight;
	}

	public int columnWidth(int column) {
		return left[column + 1] - left[column];
	}

	/** Width of the frozen columns: the scrolled columns are drawn right of it. */
	public int frozenWidth() {
		return left[frozenColumns];
	}

	public void setClientSize(int width, int height) {
		clientWidth = Math.max(0, width);
		clientHeight = Math.max(0, height);
		setScroll(scrollX, scrollY);
	}

	public int clientWidth() {
		return clientWidth;
	}

	public int clientHeight() {
		return clientHeight;
	}

	/** Pixels of the scrolled columns that fit beside the frozen ones. */
	public int scrollableViewWidth() {
		return Math.max(0, clientWidth - frozenWidth());
	}

	public int bodyViewHeight() {
		return Math.max(0, clientHeight - headerHeight);
	}

	public int scrollableWidth() {
		return left[left.length - 1] - frozenWidth();
	}

	public int bodyHeight() {
		return rowCount * rowHeight;
	}

	public int maxScrollX() {
		return Math.max(0, scrollableWidth() - scrollableViewWidth());
	}

	public int maxScrollY() {
		return Math.max(0, bodyHeight() - bodyViewHeight());
	}

	public int scrollX() {
		return scrollX;
	}

	public int scrollY() {
		return scrollY;
	}

	/** Sets both offsets within bounds; true if either changed. */
	public boolean setScroll(int x, int y) {
		int newX = Math.clamp(x, 0, maxScrollX());
		int newY = Math.clamp(y, 0, maxScrollY());
		boolean changed = newX != scrollX || newY != scrollY;
		scrollX = newX;
		scrollY = newY;
		return changed;
	}

	/** The column's x on screen: frozen columns stay, the others move with the horizontal offset. */
	public int columnX(int column) {
		return column < frozenColumns ? left[column] : left[column] - scrollX;
	}

	public int rowY(int row) {
		return headerHeight + row * rowHeight - scrollY;
	}

	/** The cell's rectangle in the control's coordinates (it may be off screen); row -1 is the header. */
	public Rectangle cellBounds(int row, int column) {
		int y = row < 0 ? 0 : rowY(row);
		return new Rectangle(columnX(column), y, columnWidth(column), row < 0 ? headerHeight : rowHeight);
	}

	/**
	 * The cell under a point as (column, row), row -1 on the header band; null outside every
	 * cell. The inverse of {@link #cellBounds}: the cell's rectangle contains the point.
	 */
	public Point cellAt(int x, int y) {
		if (x < 0 || y < 0 || x >= clientWidth || y >= clientHeight) {
			return null;
		}
		int row = -1;
		if (y >= headerHeight) {
			row = (y - headerHeight + scrollY) / rowHeight;
			if (row >= rowCount) {
				return null;
			}
		}
		int column = x < frozenWidth() ? columnAtLayoutX(x, 0, frozenColumns) : columnAtLayoutX(x + scrollX, frozenColumns, columnCount());
		return column < 0 ? null : new Point(column, row);
	}

	/** The column whose unscrolled span holds x, searched among [from, to); -1 if none. */
	private int columnAtLayoutX(int x, int from, int to) {
		if (from >= to || x < left[from] || x >= left[to]) {
			return -1;
		}
		int found = Arrays.binarySearch(left, from, to + 1, x);
		return found >= 0 ? found : -found - 2;
	}

	/** First and last row (inclusive) that show any pixel between y0 and y1 of the body; empty if last < first. */
	public int[] rowsBetween(int y0, int y1) {
		int top = Math.max(y0, headerHeight);
		if (y1 <= top || rowCount == 0) {
			return new int[] { 0, -1 };
		}
		int first = Math.max(0, (top - headerHeight + scrollY) / rowHeight);
		int last = Math.min(rowCount - 1, (y1 - 1 - headerHeight + scrollY) / rowHeight);
		return new int[] { first, last };
	}

	/** First and last scrolled column (inclusive) showing a pixel between x0 and x1. */
	public int[] scrolledColumnsBetween(int x0, int x1) {
		int from = Math.max(x0, frozenWidth());
		if (x1 <= from || frozenColumns >= columnCount()) {
			return new int[] { 0, -1 };
		}
		int first = columnAtLayoutX(Math.min(from + scrollX, left[columnCount()] - 1), frozenColumns, columnCount());
		int last = columnAtLayoutX(Math.min(x1 - 1 + scrollX, left[columnCount()] - 1), frozenColumns, columnCount());
		return first < 0 ? new int[] { 0, -1 } : new int[] { first, last };
	}

	/** Rows that fit wholly in the body: the step of Page Up/Down. */
	public int rowsPerPage() {
		return Math.max(1, bodyViewHeight() / rowHeight);
	}

	/**
	 * Scrolls the least needed to show the whole cell (as much of it as fits); true if an offset
	 * changed.
	 */
	public boolean reveal(int row, int column) {
		int x = scrollX;
		int y = scrollY;
		if (row >= 0 && row < rowCount) {
			int top = row * rowHeight;
			if (top < y) {
				y = top;
			} else if (top + rowHeight > y + bodyViewHeight()) {
				y = top + rowHeight - bodyViewHeight();
			}
		}
		if (column >= frozenColumns && column < columnCount()) {
			int start = left[column] - frozenWidth();
			int end = start + columnWidth(column);
			if (end > x + scrollableViewWidth()) {
				x = end - scrollableViewWidth();
			}
			if (start < x) {
				x = start;
			}
		}
		return setScroll(x, y);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.BitSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A grid that draws its cells itself on one canvas: frozen row-header columns and a frozen
 * header band, the rest scrolled by the canvas's own scroll bars. A GTK table of 200 columns
 * re-measured the whole row (202 columns) on every cell change and took seconds to create its
 * columns; here a change repaints the one cell's rectangle and nothing is created per cell or
 * per column.
 * <p>
 * The grid keeps a cell cursor and a set of selected rows (for copying rows): the arrows,
 * Home/End (Ctrl+ for the first/last cell), Page Up/Down move the cursor, Shift+↑/↓ and
 * Shift+click extend the rows, Ctrl+click adds one; Enter, Space, Shift+F10 and the menu key ask
 * the owner for the cell's menu, as a click on a cell beyond the row headers does.
 */
public class MatrixGrid extends Canvas {

	private final MatrixGridContent content;
	private final MatrixGridActions actions;
	private final MatrixGridPainter painter;
	private final BitSet selectedRows = new BitSet();
	private MatrixGridGeometry geometry = new MatrixGridGeometry(new int[0], 0, 0, 1, 1);
	private int cursorRow = -1;
	private int cursorColumn = -1;
	private int anchorRow = -1;
	/** The cell the tooltip was set for: moving within it keeps the tooltip, leaving it clears it. */
	private Point toolTipCell;
	private java.util.List<Rectangle> redraws;

	public MatrixGrid(Composite parent, MatrixGridContent content, MatrixGridActions actions, Color mark) {
		super(parent, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		this.content = content;
		this.actions = actions;
		painter = new MatrixGridPainter(getDisplay(), content, mark);
		setBackground(painter.background());
		addListener(SWT.Paint, e -> painter.paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height), geometry, cursorRow,
				cursorColumn, selectedRows));
		addListener(SWT.Resize, e -> layoutScrollBars());
		getVerticalBar().addListener(SWT.Selection, e -> scrollTo(geometry.scrollX(), getVerticalBar().getSelection()));
		getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(getHorizontalBar().getSelection(), geometry.scrollY()));
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseHover, this::hover);
		addListener(SWT.MouseMove, this::moved);
		addListener(SWT.KeyDown, new MatrixGridKeys(this)::keyDown);
		addListener(SWT.Traverse, MatrixGrid::traverse);
		addListener(SWT.MenuDetect, this::menuDetected);
		addListener(SWT.FocusIn, e -> redrawCursor());
		addListener(SWT.FocusOut, e -> redrawCursor());
		addAccessibility();
	}

	/**
	 * Takes the content's rows and columns again with these widths (in pixels, frozen ones first):
	 * after contracts were added, removed or renamed. The cursor stays if its cell still exists.
	 */
	public void setColumns(int[] widths, int frozenColumns) {
		int lineHeight = lineHeight();
		int rowHeight = lineHeight + 2 * MatrixGridPainter.PADDING + 1;
		int headerHeight = 2 * lineHeight + 2 * MatrixGridPainter.PADDING + 1;
		MatrixGridGeometry old = geometry;
		geometry = new MatrixGridGeometry(widths, frozenColumns, content.rowCount(), rowHeight, headerHeight);
		Rectangle area = getClientArea();
		geometry.setClientSize(area.width, area.height);
		geometry.setScroll(old.scrollX(), old.scrollY());
		if (cursorRow >= geometry.rowCount() || cursorColumn >= geometry.columnCount()) {
			cursorRow = -1;
			cursorColumn = -1;
		}
		selectedRows.clear(geometry.rowCount(), Integer.MAX_VALUE);
		layoutScrollBars();
		redraw();
	}

	/**
	 * Records every area the grid asks to be repainted into the list (null stops): what an edit
	 * costs is what it asks for, whereas a paint event's area is GTK's union of all damage in a
	 * frame, including the overlay scroll bars fading in and out.
	 */
	public void recordRedraws(java.util.List<Rectangle> into) {
		redraws = into;
	}

	@Override
	public void redraw() {
		if (redraws != null) {
			redraws.add(getClientArea());
		}
		super.redraw();
	}

	@Override
	public void redraw(int x, int y, int width, int height, boolean all) {
		if (redraws != null) {
			redraws.add(new Rectangle(x, y, width, height));
		}
		super.redraw(x, y, width, height, all);
	}

	/** Height of a line of text in the grid's font. */
	public int lineHeight() {
		GC gc = new GC(this);
		try {
			return gc.getFontMetrics().getHeight();
		} finally {
			gc.dispose();
		}
	}

	public MatrixGridGeometry geometry() {
		return geometry;
	}

	private void layoutScrollBars() {
		Rectangle area = getClientArea();
		geometry.setClientSize(area.width, area.height);
		ScrollBar vertical = getVerticalBar();
		vertical.setValues(geometry.scrollY(), 0, geometry.bodyHeight(), Math.max(1, geometry.bodyViewHeight()),
				geometry.rowHeight(), Math.max(1, geometry.bodyViewHeight() - geometry.rowHeight()));
		ScrollBar horizontal = getHorizontalBar();
		horizontal.setValues(geometry.scrollX(), 0, Math.max(1, geometry.scrollableWidth()),
				Math.max(1, geometry.scrollableViewWidth()), 20, Math.max(1, geometry.scrollableViewWidth() - 40));
		redraw();
	}

	/** Scrolls to the offsets; the whole view is repainted (its cells only: tens, not thousands). */
	public void scrollTo(int x, int y) {
		if (geometry.setScroll(x, y)) {
			getVerticalBar().setSelection(geometry.scrollY());
			getHorizontalBar().setSelection(geometry.scrollX());
			redraw();
		}
	}

	/** Scrolls the least needed to show the cell. */
	public void reveal(int row, int column) {
		if (geometry.reveal(row, column)) {
			getVerticalBar().setSelection(geometry.scrollY());
			getHorizontalBar().setSelection(geometry.scrollX());
			redraw();
		}
	}

	/** The cell's rectangle in the grid's coordinates (it may lie outside the visible area). */
	public Rectangle cellBounds(int row, int column) {
		return geometry.cellBounds(row, column);
	}

	/** The cell at a point of the grid as (column, row), row -1 on the header band; null if none. */
	public Point cellAt(int x, int y) {
		return geometry.cellAt(x, y);
	}

	/**
	 * Repaints one cell, if it is on screen, and nothing else: what an edit or a new validation
	 * colour costs.
	 */
	public void redrawCell(int row, int column) {
		Rectangle cell = geometry.cellBounds(row, column);
		Rectangle visible = new Rectangle(column < geometry.frozenColumns() ? 0 : geometry.frozenWidth(),
				geometry.headerHeight(), geometry.clientWidth(), geometry.bodyViewHeight()).intersection(cell);
		if (!visible.isEmpty()) {
			redraw(visible.x, visible.y, visible.width, visible.height, false);
		}
	}

	/** Repaints the whole row's visible cells. */
	public void redrawRow(int row) {
		Rectangle cell = geometry.cellBounds(row, 0);
		redraw(0, cell.y, geometry.clientWidth(), cell.height, false);
	}

	// ---- cursor and rows

	public int cursorRow() {
		return cursorRow;
	}

	public int cursorColumn() {
		return cursorColumn;
	}

	/** The selected rows in ascending order (the cursor's row when nothing else was chosen). */
	public int[] selectedRows() {
		return selectedRows.stream().toArray();
	}

	/** Puts the cursor on the cell, selects its row alone and scrolls it into view. */
	public void select(int row, int column) {
		selectRows(row, row);
		anchorRow = row;
		moveCursor(row, column);
	}

	/** Moves the cursor (its row keeps the row selection as it is) and tells the owner. */
	void moveCursor(int row, int column) {
		if (row < 0 || column < 0 || row >= geometry.rowCount() || column >= geometry.columnCount()) {
			return;
		}
		if (row != cursorRow || column != cursorColumn) { // the same cell again (e.g. revealed after an undo) repaints nothing
			redrawCursor();
			cursorRow = row;
			cursorColumn = column;
			redrawCursor();
		}
		reveal(row, column);
		actions.cursorMoved(row, column);
		if (isFocusControl()) {
			getAccessible().setFocus(ACC.CHILDID_SELF);
			getAccessible().sendEvent(ACC.EVENT_NAME_CHANGED, null);
			getAccessible().sendEvent(ACC.EVENT_VALUE_CHANGED, null);
		}
	}

	/** Selects the rows from..to (either order) instead of the ones before. */
	void selectRows(int from, int to) {
		BitSet changed = (BitSet) selectedRows.clone();
		selectedRows.clear();
		selectedRows.set(Math.max(0, Math.min(from, to)), Math.max(from, to) + 1);
		changed.xor(selectedRows); // only the rows whose state changed are repainted
		changed.stream().forEach(this::redrawRowHeaders);
	}

	/** Extends the rows from the anchor to the row and moves the cursor there (Shift+↑/↓, Shift+click). */
	void extendRows(int row, int column) {
		if (anchorRow < 0) {
			anchorRow = Math.max(0, cursorRow);
		}
		selectRows(anchorRow, row);
		moveCursor(row, column);
	}

	/** Adds or removes one row (Ctrl+click). */
	void toggleRow(int row, int column) {
		selectedRows.flip(row);
		anchorRow = row;
		redrawRowHeaders(row);
		moveCursor(row, column);
	}

	/** Row headers show the row selection: only they need repainting when it changes. */
	private void redrawRowHeaders(int row) {
		Rectangle cell = geometry.cellBounds(row, 0);
		redraw(0, cell.y, geometry.frozenWidth(), cell.height, false);
	}

	private void redrawCursor() {
		if (cursorRow >= 0 && cursorColumn >= 0) {
			redrawCell(cursorRow, cursorColumn);
		}
	}

	/** Where the cursor's cell menu opens: just below the cell, as under a click. */
	Point menuLocation() {
		Rectangle cell = geometry.cellBounds(cursorRow, cursorColumn);
		return toDisplay(cell.x, Math.min(cell.y + cell.height, geometry.clientHeight()));
	}

	void openMenuAtCursor() {
		if (cursorRow >= 0 && cursorColumn >= 0) {
			reveal(cursorRow, cursorColumn);
			actions.openMenu(cursorRow, cursorColumn, menuLocation());
		}
	}

	void copy() {
		actions.copy();
	}

	// ---- mouse

	private void mouseDown(Event event) {
		// where the pointer is: a button event synthesised by XTest (assistive tools, remote
		// desktops, UI tests) reaches SWT on GTK with x/y relative to the screen's corner
		Point point = toControl(getDisplay().getCursorLocation());
		setFocus();
		Point cell = cellAt(point.x, point.y);
		if (cell == null || cell.y < 0) {
			return;
		}
		int row = cell.y;
		int column = cell.x;
		if ((event.stateMask & SWT.SHIFT) != 0) {
			extendRows(row, column);
			return;
		}
		if ((event.stateMask & SWT.MOD1) != 0) {
			toggleRow(row, column);
			return;
		}
		select(row, column);
		if (column >= geometry.frozenColumns() && (event.button == 1 || event.button == 3)) {
			actions.openMenu(row, column, toDisplay(point));
		}
	}

	/** Three rows per notch, as GTK's lists scroll; Shift+wheel scrolls sideways. */
	private void wheel(Event event) {
		event.doit = false;
		if ((event.stateMask & SWT.SHIFT) != 0) {
			scrollTo(geometry.scrollX() - event.count * 40, geometry.scrollY());
		} else {
			scrollTo(geometry.scrollX(), geometry.scrollY() - event.count * geometry.rowHeight());
		}
	}

	private void hover(Event event) {
		Point cell = cellAt(event.x, event.y);
		toolTipCell = cell;
		if (cell == null) {
			setToolTipText(null);
		} else {
			setToolTipText(cell.y < 0 ? content.headerToolTip(cell.x) : content.cellToolTip(cell.y, cell.x));
		}
	}

	private void moved(Event event) {
		if (toolTipCell != null && !toolTipCell.equals(cellAt(event.x, event.y))) {
			toolTipCell = null;
			setToolTipText(null);
		}
	}

	/** The context-menu key and Shift+F10 arrive as a menu request; a right click opened it on mouse down. */
	private void menuDetected(Event event) {
		event.doit = false;
		if (event.detail == SWT.MENU_KEYBOARD) {
			if (cursorRow < 0) {
				select(0, Math.min(geometry.frozenColumns(), geometry.columnCount() - 1));
			}
			openMenuAtCursor();
		}
	}

	/** Arrows, Enter and the page keys move the cursor here; Tab still leaves the grid. */
	private static void traverse(Event event) {
		switch (event.detail) {
		case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS, SWT.TRAVERSE_ESCAPE -> event.doit = true;
		default -> event.doit = false;
		}
	}

	// ---- accessibility

	/** What a screen reader says: the cell under the cursor ("C-3 × 2-A-9-① : 医療機関"). */
	public String accessibleText() {
		if (cursorRow < 0 || cursorColumn < 0) {
			return null;
		}
		return content.accessibleText(cursorRow, cursorColumn);
	}

	private void addAccessibility() {
		getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = accessibleText();
			}
		});
		getAccessible().addAccessibleControlListener(new AccessibleControlAdapter() {
			@Override
			public void getRole(AccessibleControlEvent e) {
				e.detail = ACC.ROLE_TABLE;
			}

			@Override
			public void getValue(AccessibleControlEvent e) {
				e.result = accessibleText();
			}

			@Override
			public void getFocus(AccessibleControlEvent e) {
				e.childID = isFocusControl() ? ACC.CHILDID_SELF : ACC.CHILDID_NONE;
			}
		});
	}
}

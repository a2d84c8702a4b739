/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The keyboard of a {@link MatrixGrid}: what each key does to the cursor, the rows and the menu.
 * The first arrow only shows where the cursor is (on the first data column of the top row) when
 * there was none.
 */
final class MatrixGridKeys {

	private final MatrixGrid grid;

	MatrixGridKeys(MatrixGrid grid) {
		this.grid = grid;
	}

	void keyDown(Event event) {
		boolean command = (event.stateMask & SWT.MOD1) != 0;
		boolean shift = (event.stateMask & SWT.SHIFT) != 0;
		if (command && (event.keyCode == 'c' || event.keyCode == SWT.INSERT)) {
			event.doit = false;
			grid.copy();
			return;
		}
		if ((event.stateMask & SWT.ALT) != 0 || (command && event.keyCode != SWT.HOME && event.keyCode != SWT.END)) {
			return; // Ctrl+Z, Ctrl+S, menus: the workbench's
		}
		MatrixGridGeometry geometry = grid.geometry();
		int lastRow = geometry.rowCount() - 1;
		int lastColumn = geometry.columnCount() - 1;
		switch (event.keyCode) {
		case SWT.ARROW_LEFT -> move(event, 0, -1, false);
		case SWT.ARROW_RIGHT -> move(event, 0, 1, false);
		case SWT.ARROW_UP -> move(event, -1, 0, shift);
		case SWT.ARROW_DOWN -> move(event, 1, 0, shift);
		case SWT.PAGE_UP -> move(event, -geometry.rowsPerPage(), 0, shift);
		case SWT.PAGE_DOWN -> move(event, geometry.rowsPerPage(), 0, shift);
		case SWT.HOME -> moveTo(event, command ? 0 : grid.cursorRow(), 0);
		case SWT.END -> moveTo(event, command ? lastRow : grid.cursorRow(), lastColumn);
		case SWT.CR, SWT.KEYPAD_CR, ' ' -> {
			event.doit = false;
			ensureCursor();
			grid.openMenuAtCursor();
		}
		case SWT.F10 -> {
			if (shift) {
				event.doit = false;
				ensureCursor();
				grid.openMenuAtCursor();
			}
		}
		default -> {
			// other keys are left to the workbench
		}
		}
	}

	private void move(Event event, int rowStep, int columnStep, boolean extend) {
		event.doit = false;
		if (ensureCursor()) {
			return; // the first key shows where the cursor is
		}
		MatrixGridGeometry geometry = grid.geometry();
		int row = Math.clamp((long) grid.cursorRow() + rowStep, 0, geometry.rowCount() - 1);
		int column = Math.clamp((long) grid.cursorColumn() + columnStep, 0, geometry.columnCount() - 1);
		if (extend) {
			grid.extendRows(row, column);
		} else {
			grid.select(row, column);
		}
	}

	private void moveTo(Event event, int row, int column) {
		event.doit = false;
		if (ensureCursor()) {
			return;
		}
		grid.select(Math.max(0, row), column);
	}

	/** Puts the cursor on the first selected row (or the top one) in the first data column if there is none; true if it did. */
	private boolean ensureCursor() {
		MatrixGridGeometry geometry = grid.geometry();
		if (geometry.rowCount() == 0 || geometry.columnCount() == 0) {
			return true;
		}
		if (grid.cursorRow() >= 0 && grid.cursorColumn() >= 0) {
			return false;
		}
		int[] rows = grid.selectedRows();
		int row = rows.length > 0 ? rows[0] : Math.min(geometry.rowCount() - 1, geometry.scrollY() / geometry.rowHeight());
		grid.select(row, Math.min(geometry.frozenColumns(), geometry.columnCount() - 1));
		return true;
	}
}

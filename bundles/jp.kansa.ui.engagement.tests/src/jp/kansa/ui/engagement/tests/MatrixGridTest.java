/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.junit.jupiter.api.Test;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Responsibility;
import jp.kansa.ui.engagement.internal.editors.MatrixCell;
import jp.kansa.ui.engagement.internal.editors.MatrixGrid;
import jp.kansa.ui.engagement.internal.editors.MatrixGridGeometry;
import jp.kansa.ui.engagement.internal.editors.MatrixPage;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * The 役割分担マトリクス's own grid: a cell is found where it is painted, the keys stop at the
 * edges, an edit repaints its one cell and nothing else, the screen's pixels show the cell's text
 * and colour, and a screen reader is told the cell under the cursor.
 */
class MatrixGridTest extends EditorTestBase {

	@Test
	void aPointFindsItsCellAndTheCellItsPointAtAnyScroll() {
		int[] widths = new int[32];
		widths[0] = 90;
		widths[1] = 280;
		for (int i = 2; i < widths.length; i++) {
			widths[i] = 120 + 17 * (i % 7);
		}
		MatrixGridGeometry geometry = new MatrixGridGeometry(widths, 2, 54, 25, 50);
		geometry.setClientSize(800, 400);
		assertTrue(geometry.maxScrollX() > 0 && geometry.maxScrollY() > 0, "the view scrolls both ways"); //$NON-NLS-1$
		for (int[] scroll : new int[][] { { 0, 0 }, { 137, 263 }, { geometry.maxScrollX(), geometry.maxScrollY() } }) {
			geometry.setScroll(scroll[0], scroll[1]);
			int checked = 0;
			for (int row = 0; row < geometry.rowCount(); row++) {
				for (int column = 0; column < geometry.columnCount(); column++) {
					Rectangle cell = geometry.cellBounds(row, column);
					boolean underFrozen = column >= 2 && cell.x < geometry.frozenWidth();
					if (!new Rectangle(0, geometry.headerHeight(), 800, 350).contains(cell.x, cell.y) || underFrozen) {
						continue; // scrolled away, or hidden under the frozen columns
					}
					Point centre = new Point(Math.min(cell.x + cell.width / 2, 799), Math.min(cell.y + cell.height / 2, 399));
					assertEquals(new Point(column, row), geometry.cellAt(centre.x, centre.y), "cell " + row + "," + column); //$NON-NLS-1$ //$NON-NLS-2$
					assertEquals(new Point(column, row), geometry.cellAt(cell.x, cell.y), "its top left corner"); //$NON-NLS-1$
					if (column > 0 && cell.x - 1 >= (column > 2 ? geometry.frozenWidth() : 0)) {
						assertEquals(new Point(column - 1, row), geometry.cellAt(cell.x - 1, cell.y), "left of it, the previous column"); //$NON-NLS-1$
					}
					checked++;
				}
			}
			assertTrue(checked > 20, "cells on screen: " + checked); //$NON-NLS-1$
			// the frozen columns stay put, the header band stays on top
			assertEquals(90, geometry.cellBounds(5, 1).x);
			assertEquals(new Point(1, -1), geometry.cellAt(100, 10));
			assertEquals(new Point(0, geometry.scrollY() / 25), geometry.cellAt(5, 50));
		}
		geometry.setScroll(0, 0);
		assertNull(geometry.cellAt(-1, 60));
		assertNull(geometry.cellAt(800, 60));
		// reveal scrolls the least: the cell is then wholly in the scrolled part of the view
		assertTrue(geometry.reveal(53, 31));
		Rectangle last = geometry.cellBounds(53, 31);
		assertEquals(800, last.x + last.width);
		assertEquals(400, last.y + last.height);
		assertTrue(geometry.reveal(0, 2));
		assertEquals(geometry.frozenWidth(), geometry.cellBounds(0, 2).x);
		assertEquals(50, geometry.cellBounds(0, 2).y);
		assertFalse(geometry.reveal(0, 2), "already on screen: nothing moves"); //$NON-NLS-1$
	}

	@Test
	void keysMoveTheCursorJumpAndStopAtTheEdges() throws Exception {
		MatrixPage matrix = Workbench.openSampleMatrix(folder);
		MatrixGrid grid = matrix.grid();
		Display display = grid.getDisplay();
		int lastRow = matrix.rowCount() - 1;
		int lastColumn = grid.geometry().columnCount() - 1;
		UserActions.clickMatrixCell(matrix, 0, 1);
		assertCursor(matrix, 0, 1);
		UserEvents.key(display, 0, SWT.ARROW_UP);
		assertCursor(matrix, 0, 1);
		UserEvents.key(display, 0, SWT.ARROW_LEFT);
		UserEvents.key(display, 0, SWT.ARROW_LEFT);
		assertCursor(matrix, 0, 0);
		UserEvents.key(display, 0, SWT.END);
		assertCursor(matrix, 0, lastColumn);
		UserEvents.key(display, 0, SWT.ARROW_RIGHT);
		assertCursor(matrix, 0, lastColumn);
		assertOnScreen(grid, 0, lastColumn);
		UserEvents.key(display, SWT.MOD1, SWT.END);
		assertCursor(matrix, lastRow, lastColumn);
		assertOnScreen(grid, lastRow, lastColumn);
		UserEvents.key(display, 0, SWT.ARROW_DOWN);
		assertCursor(matrix, lastRow, lastColumn);
		UserEvents.key(display, 0, SWT.PAGE_UP);
		int page = grid.geometry().rowsPerPage();
		assertCursor(matrix, Math.max(0, lastRow - page), lastColumn);
		assertOnScreen(grid, matrix.selectedRow(), lastColumn);
		UserEvents.key(display, 0, SWT.HOME);
		assertCursor(matrix, Math.max(0, lastRow - page), 0);
		UserEvents.key(display, SWT.MOD1, SWT.HOME);
		assertCursor(matrix, 0, 0);
		UserEvents.key(display, 0, SWT.PAGE_DOWN);
		assertCursor(matrix, Math.min(lastRow, page), 0);
		UserEvents.key(display, 0, SWT.ARROW_RIGHT);
		UserEvents.key(display, 0, SWT.ARROW_RIGHT);
		int row = matrix.selectedRow();
		ContractCheck check = matrix.check(row, MatrixPage.FIRST_CONTRACT_COLUMN);
		assertEquals(check, ((IStructuredSelection) matrix.editor().getSite().getSelectionProvider().getSelection()).getFirstElement(),
				"the cursor's cell is the editor's selection"); //$NON-NLS-1$
		assertOnScreen(grid, row, MatrixPage.FIRST_CONTRACT_COLUMN);
		// the screen reader's text names the contract, the check point and the value
		Contract contract = check.getContract();
		assertEquals(contract.getId() + " " + contract.getTitle() + " × " + check.getCheckPointId() + " : " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ MatrixCell.fullText(check), grid.accessibleText().replaceAll(" — .*", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void assertCursor(MatrixPage matrix, int row, int column) {
		assertEquals(new Point(column, row), new Point(matrix.selectedColumn(), matrix.selectedRow()), "cursor (column, row)"); //$NON-NLS-1$
	}

	/** The cell is wholly on screen, or, if wider than the scrolled part of the view, starts at its left. */
	private static void assertOnScreen(MatrixGrid grid, int row, int column) {
		Rectangle cell = grid.cellBounds(row, column);
		Rectangle client = grid.getClientArea();
		int left = column < MatrixPage.FIRST_CONTRACT_COLUMN ? 0 : grid.geometry().frozenWidth();
		boolean whole = cell.x >= left && cell.x + cell.width <= client.width;
		boolean asMuchAsFits = cell.x == left && cell.width > client.width - left;
		assertTrue(cell.y >= grid.geometry().headerHeight() && cell.y + cell.height <= client.height && (whole || asMuchAsFits),
				() -> "cell " + row + "," + column + " at " + cell + " is not on screen in " + client); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/**
	 * Ctrl+Z of a role chosen in the menu: the grid asks for the cell's rectangle to be repainted
	 * and nothing else (its requests are recorded from the key to the repaint; GTK's paint events
	 * themselves are unions with whatever else changed in the frame, e.g. the overlay scroll bars),
	 * and the cell is painted.
	 */
	@Test
	void anEditRepaintsOnlyItsCell() throws Exception {
		MatrixPage matrix = Workbench.openSampleMatrix(folder);
		MatrixGrid grid = matrix.grid();
		Display display = grid.getDisplay();
		int row = matrix.rowOf(SampleGap.CHECK_POINT);
		Contract maintenance = SampleGap.contract(matrix.editor().engagement());
		int column = matrix.columnOf(maintenance);
		ContractCheck check = matrix.check(row, column);
		assertEquals(Responsibility.UNASSIGNED, check.getResponsibility());
		UserActions.clickMatrixCell(matrix, row, 1);
		while (matrix.selectedColumn() < column) {
			UserEvents.key(display, 0, SWT.ARROW_RIGHT);
		}
		MatrixCell joint = MatrixCell.choices(matrix.editor().engagement(), maintenance).stream()
				.filter(c -> c.responsibility() == Responsibility.JOINT).findFirst().orElseThrow();
		try (Widgets.MenuWatcher menus = new Widgets.MenuWatcher(display)) {
			UserEvents.key(display, 0, SWT.CR);
			assertNotNull(menus.awaitMenu(), "Enter opens the cell's choices"); //$NON-NLS-1$
			menus.choose(joint.label());
		}
		Workbench.awaitValidation(matrix.editor());
		Workbench.spin();
		String edited = matrix.cellText(row, column);
		assertNotEquals("未割当", edited); //$NON-NLS-1$
		List<Rectangle> requested = new ArrayList<>();
		List<Rectangle> painted = new ArrayList<>();
		Listener paint = e -> painted.add(new Rectangle(e.x, e.y, e.width, e.height));
		grid.addListener(SWT.Paint, paint);
		grid.recordRedraws(requested);
		try {
			UserEvents.key(display, SWT.MOD1, 'z');
			Workbench.waitUntil(() -> "未割当".equals(matrix.cellText(row, column))); //$NON-NLS-1$
			grid.update();
			UiTestSupport.spin();
		} finally {
			grid.recordRedraws(null);
		}
		assertEquals(Responsibility.UNASSIGNED, check.getResponsibility(), "Ctrl+Z undid the choice"); //$NON-NLS-1$
		Rectangle cell = grid.cellBounds(row, column);
		assertFalse(requested.isEmpty(), "the grid asked for the cell to be repainted"); //$NON-NLS-1$
		for (Rectangle area : requested) {
			assertEquals(area, cell.intersection(area), () -> "asked to repaint " + requested + ", the cell is " + cell); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Workbench.waitUntil(() -> painted.stream().anyMatch(cell::intersects));
		grid.removeListener(SWT.Paint, paint);
		assertTrue(painted.stream().anyMatch(cell::intersects), "the cell was repainted: " + painted); //$NON-NLS-1$
	}

	/**
	 * What is on screen, read back from the X server's pixels: the gap cell's red and its text
	 * where it is painted and as wide as the text, a 共同 cell's longer text; the check point
	 * column's text.
	 */
	@Test
	void theScreensPixelsShowTheCellsTextAndColour() throws Exception {
		MatrixPage matrix = Workbench.openSampleMatrix(folder);
		MatrixGrid grid = matrix.grid();
		int row = matrix.rowOf(SampleGap.CHECK_POINT);
		int gapColumn = matrix.columnOf(SampleGap.contract(matrix.editor().engagement()));
		UserActions.clickMatrixCell(matrix, 0, 1); // the cursor away from the cells read
		grid.reveal(row, gapColumn);
		Workbench.spin();
		grid.update();
		assertEquals(MatrixPage.GAP, matrix.cellColor(row, gapColumn));
		assertEquals("未割当", matrix.cellText(row, gapColumn)); //$NON-NLS-1$
		// GTK paints on its frame clock: the pixels are read until they are there (or the wait ends)
		Workbench.waitUntil(() -> MatrixPage.GAP.equals(CellPixels.read(grid, row, gapColumn).rgb(6, grid.cellBounds(row, gapColumn).height - 3)));
		CellPixels gap = CellPixels.read(grid, row, gapColumn);
		assertEquals(MatrixPage.GAP, gap.rgb(6, gap.height - 3), "the gap's red is painted"); //$NON-NLS-1$
		gap.assertInkSpans(grid, matrix.cellText(row, gapColumn));

		int jointRow = matrix.rowOf("2-A-1-①"); //$NON-NLS-1$
		String joint = matrix.cellText(jointRow, MatrixPage.FIRST_CONTRACT_COLUMN);
		assertTrue(joint.startsWith("共同: "), joint); //$NON-NLS-1$
		int jointTop = grid.cellBounds(jointRow, 1).y;
		grid.reveal(jointRow, MatrixPage.FIRST_CONTRACT_COLUMN);
		Workbench.spin();
		grid.update();
		if (grid.cellBounds(jointRow, 1).y != jointTop) {
			UiTestSupport.sleep(300); // scrolled: let GTK's frame clock paint it
			Workbench.spin();
		}
		CellPixels jointPixels = CellPixels.read(grid, jointRow, MatrixPage.FIRST_CONTRACT_COLUMN);
		jointPixels.assertInkSpans(grid, joint);
		CellPixels.read(grid, jointRow, 1).assertInkSpans(grid, matrix.cellText(jointRow, 1));
		Workbench.screenshot(grid.getShell(), "matrix-grid-pixels"); //$NON-NLS-1$
	}

	/** A cell's pixels copied from the screen. */
	private record CellPixels(ImageData data, int width, int height, int fullWidth) {

		/** The part of the cell inside the view, less the strip where GTK draws its overlay scroll bar. */
		static CellPixels read(MatrixGrid grid, int row, int column) {
			Rectangle full = grid.cellBounds(row, column);
			Rectangle client = grid.getClientArea();
			int width = Math.min(full.width, client.width - 14 - full.x);
			Rectangle cell = new Rectangle(full.x, full.y, width, full.height);
			Point origin = grid.toDisplay(cell.x, cell.y);
			Display display = grid.getDisplay();
			Image image = new Image(display, cell.width, cell.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, origin.x, origin.y);
				return new CellPixels(image.getImageData(), cell.width, cell.height, full.width);
			} finally {
				gc.dispose();
				image.dispose();
			}
		}

		RGB rgb(int x, int y) {
			return data.palette.getRGB(data.getPixel(x, y));
		}

		/**
		 * The dark pixels (the text) start at the cell's padding and end where the text ends: the
		 * text painted is the one expected, not another, not cut, not missing.
		 */
		void assertInkSpans(MatrixGrid grid, String text) {
			int first = -1;
			int last = -1;
			for (int x = 0; x < width - 2; x++) { // the right border line is no ink (nor, in a cut cell, the next control)
				for (int y = 0; y < height - 2; y++) { // nor the bottom one
					RGB rgb = rgb(x, y);
					int spread = Math.max(rgb.red, Math.max(rgb.green, rgb.blue)) - Math.min(rgb.red, Math.min(rgb.green, rgb.blue));
					if (rgb.red + rgb.green + rgb.blue < 3 * 110 && spread < 80) { // dark grey, not the red problem mark
						first = first < 0 ? x : first;
						last = x;
						break;
					}
				}
			}
			GC gc = new GC(grid);
			int expected;
			int em;
			try {
				expected = gc.stringExtent(text).x;
				em = gc.stringExtent("項").x; //$NON-NLS-1$
			} finally {
				gc.dispose();
			}
			assertTrue(first >= 0, () -> "no text painted for " + text); //$NON-NLS-1$
			int start = first;
			int span = last - first + 1;
			int room = fullWidth - 8; // the cell less its padding: a longer text is cut with "…" to fit
			assertTrue(start >= 3 && start <= 7, () -> text + ": ink starts at x=" + start); //$NON-NLS-1$
			if (expected <= room) {
				assertTrue(Math.abs(span - expected) <= 4, () -> text + ": ink spans " + span + " px, the text is " + expected + " px"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else {
				assertTrue(span <= room && span >= room - 2 * em, () -> text + ": cut, its ink spans " + span + " px of " + room); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}

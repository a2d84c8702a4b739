/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.MatrixGrid;
import jp.kansa.ui.engagement.internal.editors.MatrixPage;
import jp.kansa.ui.engagement.internal.i18n.Messages;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * The 役割分担マトリクス used from the keyboard, through real key events: the arrows move the
 * cell cursor, Enter and Space open the cell's choices and the arrow keys and Enter pick one,
 * Shift+F10 opens them too, Ctrl+C copies a cell or rows with a header; titles and choices are
 * whole, and the page is usable at 1024×700.
 */
class MatrixKeyboardTest extends EditorTestBase {

	private static final String CHECK_POINT = "2-A-1-①"; //$NON-NLS-1$
	private static final String VENDOR = "Aメディカルシステムズ株式会社 (架空)"; //$NON-NLS-1$
	private static final String INSTITUTION = "みなと総合病院 (架空)"; //$NON-NLS-1$

	@Test
	void arrowsEnterSpaceAndShiftF10ChooseARoleFromTheRealMenu() throws Exception {
		MatrixPage matrix = Workbench.openSampleMatrix(folder);
		EngagementEditor editor = matrix.editor();
		MatrixGrid grid = matrix.grid();
		Display display = grid.getDisplay();
		Contract receipt = editor.engagement().getContracts().get(0); // C-1: the institution and A社
		int row = matrix.rowOf(CHECK_POINT);

		// a click on a check point itself opens nothing and puts the cursor there; ↓ walks down the rows
		clickCheckPoint(matrix, 0);
		assertEquals(0, matrix.selectedRow());
		assertEquals(1, matrix.selectedColumn());
		for (int i = 0; i < row; i++) {
			UserEvents.key(display, 0, SWT.ARROW_DOWN);
			assertEquals(i + 1, matrix.selectedRow(), "each ↓ moves one row down"); //$NON-NLS-1$
		}
		assertEquals(row, matrix.selectedRow());
		assertEquals(1, matrix.selectedColumn());
		assertArrayEquals(new int[] { row }, grid.selectedRows(), "the row under the cursor is selected"); //$NON-NLS-1$

		UserEvents.key(display, 0, SWT.ARROW_RIGHT);
		assertEquals(matrix.columnOf(receipt), matrix.selectedColumn(), "→ moves onto the first contract"); //$NON-NLS-1$
		UserEvents.key(display, 0, SWT.ARROW_RIGHT);
		assertEquals(matrix.columnOf(receipt) + 1, matrix.selectedColumn());
		UserEvents.key(display, 0, SWT.ARROW_DOWN);
		assertEquals(row + 1, matrix.selectedRow());
		UserEvents.key(display, 0, SWT.ARROW_UP);
		UserEvents.key(display, 0, SWT.ARROW_LEFT);
		assertEquals(row, matrix.selectedRow());
		assertEquals(matrix.columnOf(receipt), matrix.selectedColumn());
		ContractCheck check = matrix.check(row, matrix.columnOf(receipt));
		assertEquals(check, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement(),
				"the cell under the cursor is the editor's selection (the Properties view shows it)"); //$NON-NLS-1$

		try (Widgets.MenuWatcher menus = new Widgets.MenuWatcher(display)) {
			// Enter opens the choices; they name the parties whole
			UserEvents.key(display, 0, SWT.CR);
			Menu menu = menus.awaitMenu();
			assertNotNull(menu, "Enter opens the cell's choices"); //$NON-NLS-1$
			List<String> choices = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
			assertTrue(choices.contains("事業者: " + VENDOR), choices::toString); //$NON-NLS-1$
			assertTrue(choices.contains("共同: " + INSTITUTION + " + " + VENDOR), choices::toString); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(choices.stream().noneMatch(c -> c.contains("…")), () -> "no choice is cut: " + choices); //$NON-NLS-1$ //$NON-NLS-2$
			menus.choose("事業者: " + VENDOR); //$NON-NLS-1$
			Workbench.spin();
			assertEquals(Responsibility.VENDOR, check.getResponsibility());
			assertEquals(List.of(VENDOR), check.getResponsibleParties().stream().map(Party::getName).toList());

			// Space opens them as well
			menus.reset();
			UserEvents.key(display, 0, ' ');
			assertNotNull(menus.awaitMenu(), "Space opens the cell's choices"); //$NON-NLS-1$
			menus.choose("共同: " + INSTITUTION + " + " + VENDOR); //$NON-NLS-1$ //$NON-NLS-2$
			Workbench.spin();
			assertEquals(Responsibility.JOINT, check.getResponsibility());
			assertEquals(List.of(INSTITUTION, VENDOR), check.getResponsibleParties().stream().map(Party::getName).toList());

			// Shift+F10 (what the context-menu key does) opens them; Escape leaves the cell as it is
			menus.reset();
			UserEvents.key(display, SWT.SHIFT, SWT.F10);
			Menu contextMenu = menus.awaitMenu();
			assertNotNull(contextMenu, "Shift+F10 opens the cell's choices"); //$NON-NLS-1$
			UserEvents.key(display, 0, SWT.ESC);
			UiTestSupport.waitUntil(() -> contextMenu.isDisposed() || !contextMenu.isVisible(), 5_000);
			assertTrue(contextMenu.isDisposed() || !contextMenu.isVisible(), "Escape closes the menu"); //$NON-NLS-1$
			Workbench.spin();
			assertEquals(Responsibility.JOINT, check.getResponsibility());
		}
		assertTrue(grid.isFocusControl(), "the keyboard stays in the matrix after a choice"); //$NON-NLS-1$

		// undo takes back the keyboard's choices one by one, like a click's
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(Responsibility.VENDOR, check.getResponsibility());
	}

	@Test
	void ctrlCCopiesTheCellOrTheRowsWithAHeader() throws Exception {
		MatrixPage matrix = Workbench.openSampleMatrix(folder);
		EngagementEditor editor = matrix.editor();
		MatrixGrid grid = matrix.grid();
		Display display = grid.getDisplay();
		List<Contract> contracts = editor.engagement().getContracts();
		int row = matrix.rowOf(CHECK_POINT);
		clickCheckPoint(matrix, 0);
		for (int i = 0; i < row; i++) {
			UserEvents.key(display, 0, SWT.ARROW_DOWN);
		}
		UserEvents.key(display, 0, SWT.ARROW_RIGHT);
		String cell = "共同: " + VENDOR; // the sample's C-1 × 2-A-1-①, the vendor's name whole //$NON-NLS-1$

		String sentinel = "(before the copy)"; //$NON-NLS-1$
		Clipboard board = new Clipboard(display);
		board.setContents(new Object[] { sentinel }, new org.eclipse.swt.dnd.Transfer[] { TextTransfer.getInstance() });
		board.dispose();
		UserEvents.key(display, SWT.MOD1, 'c');
		assertEquals(cell, copied(display, sentinel), "Ctrl+C on a cell copies its text, names whole"); //$NON-NLS-1$

		// back on the check point column, Ctrl+C copies the row under a header line
		UserEvents.key(display, 0, SWT.ARROW_LEFT);
		UserEvents.key(display, SWT.MOD1, 'c');
		String[] lines = copied(display, cell).split("\n"); //$NON-NLS-1$
		assertEquals(2, lines.length, Arrays.toString(lines));
		String[] header = lines[0].split("\t", -1); //$NON-NLS-1$
		String[] values = lines[1].split("\t", -1); //$NON-NLS-1$
		assertEquals(3 + contracts.size(), header.length, lines[0]);
		assertEquals("項番", header[1]); //$NON-NLS-1$
		assertEquals(contracts.get(0).getTitle(), header[3]);
		assertEquals(header.length, values.length, lines[1]);
		assertEquals(CHECK_POINT, values[1]);
		assertEquals(cell, values[3]);
		assertEquals("Part 2 A", values[0]); //$NON-NLS-1$

		// Shift+↓ adds the next row: two rows under one header
		String oneRow = String.join("\n", lines); //$NON-NLS-1$
		UserEvents.key(display, SWT.SHIFT, SWT.ARROW_DOWN);
		UserEvents.key(display, SWT.MOD1, 'c');
		lines = copied(display, oneRow).split("\n"); //$NON-NLS-1$
		assertEquals(3, lines.length, Arrays.toString(lines));
		assertTrue(lines[2].split("\t")[1].startsWith("2-A-"), lines[2]); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void headersAreWholeAndThePageIsUsableAt1024x700() throws Exception {
		MatrixPage matrix = Workbench.openSampleMatrix(folder);
		MatrixGrid grid = matrix.grid();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1024, 700);
		Workbench.spin();
		List<Contract> contracts = matrix.editor().engagement().getContracts();
		GC gc = new GC(grid);
		try {
			for (Contract contract : contracts) {
				int column = matrix.columnOf(contract);
				String title = matrix.columnHeader(column).split("\n")[0]; //$NON-NLS-1$
				int width = grid.geometry().columnWidth(column);
				assertFalse(title.contains("…"), title); //$NON-NLS-1$
				assertTrue(title.startsWith(contract.getTitle()), title);
				assertTrue(width >= gc.stringExtent(title).x + 16, () -> title + " is wider than its column (" + width + " px)"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} finally {
			gc.dispose();
		}
		Workbench.screenshot(shell, "matrix-1024x700"); //$NON-NLS-1$

		// the whole legend and the grid's rows are on screen inside the editor at this size
		Rectangle visible = display(matrix.getManagedForm().getForm());
		List<String> legendTexts = List.of(Messages.Matrix_legendGap, Messages.Matrix_legendOverlap, Messages.Matrix_legendOther,
				Messages.Matrix_legendNotApplicable);
		List<org.eclipse.swt.widgets.Label> legend = Widgets.find(matrix.getManagedForm().getForm(),
				org.eclipse.swt.widgets.Label.class, l -> legendTexts.contains(l.getText().strip()));
		assertEquals(legendTexts.size(), legend.size());
		for (org.eclipse.swt.widgets.Label entry : legend) {
			Rectangle bounds = display(entry);
			assertTrue(visible.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1),
					() -> entry.getText() + " is cut off at " + bounds + " in " + visible); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Rectangle rows = display(grid);
		int visibleRows = (Math.min(rows.y + rows.height, visible.y + visible.height) - rows.y - grid.geometry().headerHeight())
				/ grid.geometry().rowHeight();
		assertTrue(visibleRows >= 5, "rows visible at 1024×700: " + visibleRows); //$NON-NLS-1$
		// the 確認事項 column narrows so that two contracts at their narrowest fit beside it
		int narrowed = grid.geometry().columnWidth(1);
		assertTrue(grid.geometry().scrollableViewWidth() >= 2 * 120,
				() -> "two contract columns fit beside the check points: " + grid.geometry().scrollableViewWidth() //$NON-NLS-1$
						+ " px, 確認事項 " + narrowed + " px"); //$NON-NLS-1$ //$NON-NLS-2$
		shell.setBounds(0, 0, 1600, 1000);
		Workbench.spin();
		assertTrue(grid.geometry().columnWidth(1) > narrowed, "a wide window gives the 確認事項 column its width back"); //$NON-NLS-1$
	}

	/** Clicks the check point column of a row on screen. */
	private static void clickCheckPoint(MatrixPage matrix, int row) {
		UserActions.clickMatrixCell(matrix, row, 1);
		assertTrue(matrix.grid().isFocusControl(), "the click gave the matrix the keyboard"); //$NON-NLS-1$
	}

	private static Rectangle display(org.eclipse.swt.widgets.Control control) {
		Rectangle bounds = control.getBounds();
		org.eclipse.swt.graphics.Point origin = control.getParent().toDisplay(bounds.x, bounds.y);
		return new Rectangle(origin.x, origin.y, bounds.width, bounds.height);
	}

	/** The clipboard once the copy has reached it (X delivers the selection asynchronously). */
	private static String copied(Display display, String before) {
		Workbench.waitUntil(() -> {
			String now = clipboard(display);
			return now != null && !now.equals(before);
		});
		return String.valueOf(clipboard(display));
	}

	private static String clipboard(Display display) {
		Clipboard clipboard = new Clipboard(display);
		try {
			Object text = clipboard.getContents(TextTransfer.getInstance());
			return text == null ? null : text.toString().replace("\r\n", "\n").stripTrailing(); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			clipboard.dispose();
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;

import jp.kansa.ui.engagement.internal.editors.MatrixGrid;
import jp.kansa.ui.engagement.internal.editors.MatrixPage;
import jp.kansa.ui.testing.ModalDialogs;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * What the 評価 page tests do as a user, with real mouse and keyboard events: pick an item of a
 * read-only combo with the keys, click a table row, answer a modal dialog.
 */
final class UserActions {

	private UserActions() {
	}

	/** Resizes the workbench window as a user would drag it to a size. */
	static void windowSize(int width, int height) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, width, height);
		shell.layout(true, true);
		UiTestSupport.spin();
	}

	/**
	 * Focuses the combo with a click (closing the list it opens with Esc) and moves to the item
	 * with Home and ↓, each key a real key press that the combo reports as a selection.
	 */
	static void choose(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, () -> item + " is not among " + Arrays.toString(combo.getItems())); //$NON-NLS-1$
		Display display = combo.getDisplay();
		FormToolkit.ensureVisible(combo);
		UiTestSupport.spin();
		UserEvents.click(combo);
		UiTestSupport.sleep(200);
		UiTestSupport.spin();
		UserEvents.key(display, 0, SWT.ESC);
		UiTestSupport.waitUntil(combo::isFocusControl, 5_000);
		assertTrue(combo.isFocusControl(), "the combo has the focus after the click"); //$NON-NLS-1$
		int current = combo.getSelectionIndex();
		int steps = index - Math.max(current, 0);
		if (current < 0) {
			UserEvents.key(display, 0, SWT.HOME);
			steps = index;
		}
		for (int i = 0; i < Math.abs(steps); i++) {
			UserEvents.key(display, 0, steps > 0 ? SWT.ARROW_DOWN : SWT.ARROW_UP);
		}
		UiTestSupport.waitUntil(() -> combo.getSelectionIndex() == index, 5_000);
		assertEquals(item, combo.getText(), "the keys chose the item"); //$NON-NLS-1$
	}

	/** Clicks the row in the middle of its first cell, scrolling it into view first as a user would. */
	static void clickRow(Table table, int row) {
		FormToolkit.ensureVisible(table);
		table.showItem(table.getItem(row));
		UiTestSupport.spin();
		Rectangle cell = table.getItem(row).getBounds(0);
		UserEvents.clickAt(table, cell.x + Math.min(cell.width / 2, 30), cell.y + cell.height / 2);
	}

	/**
	 * Clicks the row and presses Enter: GTK turns a double-click on a row into the same
	 * activation (SWT's DefaultSelection, JFace's double-click), and a double-click itself cannot
	 * be posted (SWT puts each click as a single GDK event, which GTK never pairs).
	 */
	static void activateRow(Table table, int row) {
		clickRow(table, row);
		UserEvents.key(table.getDisplay(), 0, SWT.CR);
	}

	/**
	 * Clicks a cell of the 役割分担マトリクス at its computed place (a little in from its left edge
	 * on the check point columns, its middle on a contract's), scrolling it into view first as a
	 * user would; waits until the grid has the keyboard.
	 */
	static void clickMatrixCell(MatrixPage matrix, int row, int column) {
		MatrixGrid grid = matrix.grid();
		grid.reveal(row, column);
		UiTestSupport.spin();
		Rectangle cell = grid.cellBounds(row, column);
		int x = column < MatrixPage.FIRST_CONTRACT_COLUMN ? cell.x + 10 : cell.x + cell.width / 2;
		UserEvents.clickAt(grid, x, cell.y + cell.height / 2);
		UiTestSupport.waitUntil(grid::isFocusControl, 5_000);
	}

	/** The push button with this text under the composite. */
	static Button button(Composite parent, String text) {
		return find(parent, Button.class, b -> text.equals(b.getText())).orElseThrow(
				() -> new AssertionError("no button " + text)); //$NON-NLS-1$
	}

	/**
	 * Clicks {@code control}, which opens a modal dialog, and lets {@code answer} read and close
	 * it (with real events) from inside the dialog's event loop. Returns the dialog's texts.
	 */
	static String clickAndAnswer(Control control, Consumer<Shell> answer) {
		FormToolkit.ensureVisible(control);
		UiTestSupport.spin();
		try {
			return ModalDialogs.answer(() -> UserEvents.click(control), ModalDialogs.ANY, answer::accept, 10_000);
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Everything a dialog shows as text: its title, labels, fields and buttons. */
	static String texts(Shell shell) {
		return ModalDialogs.texts(shell);
	}

	static <T extends Control> Optional<T> find(Control control, Class<T> type, java.util.function.Predicate<T> test) {
		if (type.isInstance(control) && test.test(type.cast(control))) {
			return Optional.of(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Optional<T> found = find(child, type, test);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.EngagementEditors;
import jp.kansa.ui.engagement.internal.views.ValidationView;
import jp.kansa.ui.testing.UiTestSupport;

/** Drives the running workbench from tests on the UI thread, without SWTBot. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(0, 0, 1280, 1000);
		return window.getActivePage();
	}

	static EngagementEditor open(Path file) {
		EngagementEditor editor = EngagementEditors.open(page(), file);
		spin();
		return editor;
	}

	static void closeAll() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			window.getActivePage().closeAllEditors(false);
		}
		spin();
	}

	static ValidationView validationView() {
		try {
			ValidationView view = (ValidationView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.showView(ValidationView.ID);
			spin();
			return view;
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	/** Lets the debounced validation run and its results reach the pages and the view. */
	static void awaitValidation(EngagementEditor editor) {
		waitUntil(() -> !editor.validation().isPending());
		spin();
	}

	static void spin() {
		UiTestSupport.spin();
	}

	static void waitUntil(BooleanSupplier condition) {
		UiTestSupport.waitUntil(condition, 10_000);
	}

	static void sleep(long millis) {
		UiTestSupport.sleep(millis);
	}

	/** The texts of one column of every row, as the user reads the table. */
	static List<String> column(Table table, int column) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			texts.add(item.getText(column));
		}
		return texts;
	}

	/**
	 * Runs {@code action}, which opens a modal dialog, and closes that dialog as a user would
	 * after reading it; returns the texts the dialog showed.
	 */
	static String closeDialogOpenedBy(Runnable action) {
		Display display = Display.getCurrent();
		StringBuilder seen = new StringBuilder();
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Runnable[] closer = new Runnable[1];
		boolean[] gaveUp = new boolean[1];
		closer[0] = () -> {
			Shell active = display.getActiveShell();
			Shell dialog = active != null && active != main ? active : null;
			for (Shell shell : main.getShells()) {
				if (dialog == null && shell.isVisible()) {
					dialog = shell;
				}
			}
			if (dialog == null) {
				if (!gaveUp[0]) { // a poll outliving its test would close the next test's dialog
					display.timerExec(100, closer[0]);
				}
				return;
			}
			seen.append(dialog.getText()).append('\n');
			collectTexts(dialog, seen);
			dialog.close();
		};
		display.timerExec(200, closer[0]);
		try {
			action.run();
			spin();
		} finally {
			gaveUp[0] = true;
		}
		return seen.toString();
	}

	private static void collectTexts(Control control, StringBuilder seen) {
		if (control instanceof Label label) {
			seen.append(label.getText()).append('\n');
		} else if (control instanceof Text text) {
			seen.append(text.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, seen);
			}
		}
	}

	/** Saves what the user would see in the shell to target/screenshots/name.png. */
	static File screenshot(Shell shell, String name) {
		return UiTestSupport.screenshot(shell, name);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.EngagementEditors;
import jp.kansa.ui.engagement.internal.editors.MatrixPage;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.views.ValidationView;
import jp.kansa.ui.testing.ModalDialogs;
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

	/** The sample installed into {@code folder}, opened, its validation shown, on its 役割分担マトリクス page. */
	static MatrixPage openSampleMatrix(Path folder) throws java.io.IOException {
		EngagementEditor editor = open(SampleInstaller.install(folder));
		awaitValidation(editor);
		editor.setActivePage(MatrixPage.ID);
		spin();
		return (MatrixPage) editor.page(MatrixPage.ID);
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
		try {
			return ModalDialogs.close(action::run);
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Saves what the user would see in the shell to target/screenshots/name.png. */
	static File screenshot(Shell shell, String name) {
		return UiTestSupport.screenshot(shell, name);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
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
		Display display = Display.getCurrent();
		for (int round = 0; round < 3; round++) {
			while (display.readAndDispatch()) {
				// keep dispatching
			}
		}
	}

	static void waitUntil(BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			spin();
			sleep(10);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
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
		closer[0] = () -> {
			Shell active = display.getActiveShell();
			Shell dialog = active != null && active != main ? active : null;
			for (Shell shell : main.getShells()) {
				if (dialog == null && shell.isVisible()) {
					dialog = shell;
				}
			}
			if (dialog == null) {
				display.timerExec(100, closer[0]);
				return;
			}
			seen.append(dialog.getText()).append('\n');
			collectTexts(dialog, seen);
			dialog.close();
		};
		display.timerExec(200, closer[0]);
		action.run();
		spin();
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
		spin();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			File folder = new File(System.getProperty("user.dir"), "target/screenshots"); //$NON-NLS-1$ //$NON-NLS-2$
			folder.mkdirs();
			File file = new File(folder, name + ".png"); //$NON-NLS-1$
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.getPath(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}

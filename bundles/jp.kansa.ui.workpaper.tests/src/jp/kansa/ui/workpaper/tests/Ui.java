/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.tests;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.testing.UiTestSupport;

/** Drives the running Kansa workbench from tests on the UI thread, without SWTBot. */
final class Ui {

	static final String OPEN_SAMPLE = "jp.kansa.ui.engagement.openSample"; //$NON-NLS-1$

	private Ui() {
	}

	static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(0, 0, 1280, 1000);
		return window.getActivePage();
	}

	/** Opens the shipped sample the way a user does (the open-sample command), from a fresh copy. */
	static ActiveEngagement openFreshSample() throws Exception {
		Path folder = Path.of(System.getProperty("kansa.samples.dir")); //$NON-NLS-1$
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OPEN_SAMPLE, null);
		spin();
		ActiveEngagement active = ActiveEngagement.of(page().getActiveEditor());
		if (active == null) {
			throw new AssertionError("the sample did not open in an engagement editor"); //$NON-NLS-1$
		}
		return active;
	}

	static void closeAll() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			window.getActivePage().closeAllEditors(false);
		}
		spin();
	}

	static void spin() {
		UiTestSupport.spin();
	}

	static void waitUntil(BooleanSupplier condition) {
		UiTestSupport.waitUntil(condition, 20_000);
	}

	/**
	 * Closes every dialog that opens from now on, as a user would after reading it, until
	 * {@code seen} is asked to stop; the texts of each dialog are appended to {@code seen}.
	 */
	static Runnable closeDialogs(StringBuilder seen) {
		Display display = Display.getCurrent();
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		boolean[] stopped = { false };
		Runnable[] closer = new Runnable[1];
		closer[0] = () -> {
			if (stopped[0]) {
				return;
			}
			for (Shell shell : main.getShells()) {
				if (shell.isVisible()) {
					seen.append(shell.getText()).append('\n');
					collectTexts(shell, seen);
					shell.close();
				}
			}
			display.timerExec(100, closer[0]);
		};
		display.timerExec(100, closer[0]);
		return () -> stopped[0] = true;
	}

	private static void collectTexts(Control control, StringBuilder seen) {
		if (control instanceof Label label) {
			seen.append(label.getText()).append('\n');
		} else if (control instanceof Text text) {
			seen.append(text.getText()).append('\n');
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, seen);
			}
		}
	}

	/** Saves what the user sees of the shell to target/screenshots/name.png. */
	static File screenshot(Shell shell, String name) {
		// GTK paints on expose, after the events the tests dispatch: give it a moment to catch up
		shell.layout(true, true);
		Rectangle area = shell.getClientArea();
		shell.redraw(area.x, area.y, area.width, area.height, true);
		shell.update();
		long end = System.currentTimeMillis() + 500;
		UiTestSupport.waitUntil(() -> System.currentTimeMillis() >= end, 500);
		return UiTestSupport.screenshot(shell, name);
	}
}

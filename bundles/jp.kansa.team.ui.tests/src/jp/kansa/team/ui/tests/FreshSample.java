/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import jp.kansa.ui.testing.UiTestSupport;

/** The shipped sample as a test starts from it: a fresh copy, opened as a user does (the open-sample command). */
final class FreshSample {

	private FreshSample() {
	}

	/** @return the engagement editor the sample opened in */
	static IEditorPart open() throws Exception {
		Path folder = Path.of(System.getProperty("kansa.samples.dir"));
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(0, 0, 1280, 1000);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("jp.kansa.ui.engagement.openSample", null);
		UiTestSupport.spin();
		IEditorPart editor = window.getActivePage().getActiveEditor();
		assertNotNull(editor, "the sample opened");
		return editor;
	}

	/** Closes every editor without saving, as each test leaves the workbench for the next. */
	static void closeAll() {
		for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			window.getActivePage().closeAllEditors(false);
		}
		UiTestSupport.spin();
	}
}

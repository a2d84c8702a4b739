/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.ui.testing.NativeChooser;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * ファイル > 最近使ったファイル after opening two engagements, its persistence, and ファイル > 開く
 * starting in the folder of the engagement opened last.
 */
class RecentFilesTest {

	@TempDir
	Path folder;

	@AfterEach
	void cleanUp() {
		Ui.escapeMenus();
		Ui.closeAllEditors();
	}

	@Test
	void recentFilesListTheLastEngagementsNewestFirstAndReopenThem() throws Exception {
		Ui.mainShell();
		Path first = copySample(folder.resolve("hospital-a"), "a.kansa"); //$NON-NLS-1$ //$NON-NLS-2$
		Path second = copySample(folder.resolve("hospital-b"), "b.kansa"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.open(first);
		Ui.open(second);
		Ui.closeAllEditors();

		Menu file = Ui.barMenu("ファイル"); //$NON-NLS-1$
		Ui.showByKeys(file, () -> Ui.key(SWT.ALT, 'f'));
		Menu recent = Ui.subMenu(file, "最近使ったファイル"); //$NON-NLS-1$
		List<String> labels = Ui.showByKeys(recent, () -> Ui.key(0, 'f'));
		UiTestSupport.screenshot(Ui.mainShell(), "menu-recent-files"); //$NON-NLS-1$
		assertTrue(labels.size() >= 2, labels::toString);
		assertEquals("&1 b.kansa  (" + second.getParent() + ")", labels.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("&2 a.kansa  (" + first.getParent() + ")", labels.get(1)); //$NON-NLS-1$ //$NON-NLS-2$

		Ui.key(0, '2');
		UiTestSupport.waitUntil(() -> "a.kansa".equals(Ui.activeEditorName()), 10_000); //$NON-NLS-1$
		assertEquals("a.kansa", Ui.activeEditorName(), "the second entry reopens a.kansa"); //$NON-NLS-1$ //$NON-NLS-2$

		// what a restart reads: the preference file in the workspace, newest first
		String stored = Files.readString(preferenceFile());
		int a = stored.indexOf(first.getParent().getFileName().toString());
		int b = stored.indexOf(second.getParent().getFileName().toString());
		assertTrue(a >= 0 && b >= 0 && a < b, stored);
	}

	@Test
	void openDialogStartsInTheFolderOfTheLastEngagement() throws Exception {
		Ui.mainShell();
		Path last = copySample(folder.resolve("hospital-c"), "c.kansa"); //$NON-NLS-1$ //$NON-NLS-2$
		copySample(last.getParent(), "c-second.kansa"); //$NON-NLS-1$
		Ui.open(last);
		Ui.closeAllEditors(); // no active engagement: the recent list decides

		Display display = Display.getCurrent();
		// the GTK file chooser is not an SWT shell: type into it once X shows it
		NativeChooser.whenShown(display, "監査ファイルを開く", 30_000, () -> { //$NON-NLS-1$
			// key by key, each followed by the chooser's own work (bounded: it never runs dry)
			pressInChooser(display, SWT.CTRL, 'l');
			for (char c : "c-second.kansa".toCharArray()) { //$NON-NLS-1$
				pressInChooser(display, 0, c);
			}
			UiTestSupport.sleep(300);
			pressInChooser(display, 0, SWT.CR);
			// a name the chooser does not find there leaves it open: close it, so the test fails instead of hanging
			display.timerExec(3_000, () -> {
				pressInChooser(display, 0, SWT.ESC);
				UiTestSupport.sleep(500);
				pressInChooser(display, 0, SWT.ESC);
			});
		});
		Ui.key(SWT.CTRL, 'o');
		UiTestSupport.waitUntil(() -> "c-second.kansa".equals(Ui.activeEditorName()), 20_000); //$NON-NLS-1$
		assertEquals("c-second.kansa", Ui.activeEditorName(), //$NON-NLS-1$
				"a bare file name typed into the open dialog is found in the folder of the last engagement"); //$NON-NLS-1$
	}

	private static void pressInChooser(Display display, int modifiers, int key) {
		UserEvents.keyIntoNativeDialog(display, modifiers, key);
		UiTestSupport.spin();
	}

	private static Path copySample(Path into, String name) throws Exception {
		Files.createDirectories(into);
		return Files.copy(DialogsTest.SAMPLE, into.resolve(name));
	}

	private static Path preferenceFile() {
		URL workspace = Platform.getInstanceLocation().getURL();
		return Path.of(workspace.getFile()).resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/jp.kansa.app.prefs"); //$NON-NLS-1$
	}
}

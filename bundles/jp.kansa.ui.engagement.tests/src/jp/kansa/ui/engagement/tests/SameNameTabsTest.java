/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;

import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;

/**
 * Last year's engagement and the one rolled forward from it share their file's name in two
 * folders: their tabs show the folder that tells them apart, and the name alone again once one
 * of them is closed. Read from the tabs the workbench draws.
 */
class SameNameTabsTest extends EditorTestBase {

	@Test
	void twoOpenFilesOfTheSameNameShowTheirFolderOnTheirTabs() throws Exception {
		Path lastYear = SampleInstaller.install(folder.resolve("2025")); //$NON-NLS-1$
		Path thisYear = folder.resolve("2026").resolve(lastYear.getFileName()); //$NON-NLS-1$
		Files.createDirectories(thisYear.getParent());
		Files.copy(lastYear, thisYear);
		String name = lastYear.getFileName().toString();

		EngagementEditor first = Workbench.open(lastYear);
		assertTrue(tabTexts(first).contains(name), () -> "one file: its name alone, tabs " + tabTexts(first)); //$NON-NLS-1$
		EngagementEditor second = Workbench.open(thisYear);
		List<String> both = tabTexts(second);
		assertTrue(both.contains("2025/" + name) && both.contains("2026/" + name), //$NON-NLS-1$ //$NON-NLS-2$
				() -> "two files of one name: the folder tells them apart, tabs " + both); //$NON-NLS-1$
		Workbench.screenshot(second.getSite().getShell(), "same-name-tabs"); //$NON-NLS-1$

		Workbench.page().closeEditor(second, false);
		Workbench.spin();
		assertEquals(name, first.getPartName(), "alone again: its name alone"); //$NON-NLS-1$
		assertTrue(tabTexts(first).contains(name), () -> "tabs " + tabTexts(first)); //$NON-NLS-1$
	}

	/** The texts of every tab the window draws (the editors', the views', the editor's pages). */
	private static List<String> tabTexts(EngagementEditor editor) {
		Workbench.spin();
		List<String> texts = new ArrayList<>();
		collectTabs(editor.getSite().getShell(), texts);
		return texts;
	}

	private static void collectTabs(Control control, List<String> texts) {
		if (control instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				texts.add(item.getText());
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTabs(child, texts);
			}
		}
	}
}

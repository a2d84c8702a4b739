/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.OverviewPage;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.testing.UserEvents;

/**
 * A save killed midway left its complete new content in a hidden temporary; the next open keeps
 * it as {@code <name>-recovered-1.kansa}. 概要 says so in Japanese and its 開く button opens the
 * copy in a second editor; the copy is never deleted.
 */
class RecoveredCopyTest extends EditorTestBase {

	@Test
	void overviewTellsOfTheRecoveredCopyAndOpensIt() throws Exception {
		Path file = SampleInstaller.install(folder);
		String saved = Files.readString(file);
		String interrupted = saved.replaceFirst("name=\"[^\"]*\"", "name=\"中断された保存の内容\""); //$NON-NLS-1$ //$NON-NLS-2$
		assertNotEquals(saved, interrupted);
		// what a kill -9 during a save leaves: the new content, complete, under the writer's hidden name
		Files.writeString(file.resolveSibling("." + file.getFileName() + ".1.tmp"), interrupted); //$NON-NLS-1$ //$NON-NLS-2$
		Path copy = file.resolveSibling("sample-hospital-recovered-1.kansa"); //$NON-NLS-1$

		EngagementEditor editor = Workbench.open(file);
		editor.setActivePage(OverviewPage.ID);
		Workbench.spin();
		OverviewPage page = (OverviewPage) editor.getActivePageInstance();
		Composite body = page.getManagedForm().getForm().getBody();

		assertTrue(Files.isRegularFile(copy), "the interrupted save was kept as a visible copy"); //$NON-NLS-1$
		String notice = "保存中に中断された変更が sample-hospital-recovered-1.kansa として残っています。"; //$NON-NLS-1$
		Label label = UserActions.find(body, Label.class, l -> l.getText().startsWith(notice) && l.isVisible())
				.orElseThrow(() -> new AssertionError("no notice on 概要: " + UserActions.texts(body.getShell()))); //$NON-NLS-1$
		assertTrue(label.getBounds().height > 0, "the notice takes room on the page"); //$NON-NLS-1$
		Workbench.screenshot(editor.getSite().getShell(), "overview-recovered-copy"); //$NON-NLS-1$

		Button open = UserActions.button(label.getParent(), "開く"); //$NON-NLS-1$
		UserEvents.click(open);
		Workbench.waitUntil(() -> openEditors().size() == 2);

		List<EngagementEditor> editors = openEditors();
		assertEquals(2, editors.size(), "a second editor"); //$NON-NLS-1$
		EngagementEditor second = editors.stream().filter(e -> e != editor).findFirst().orElseThrow();
		assertEquals(copy.toAbsolutePath().normalize(), second.file());
		assertEquals("中断された保存の内容", second.engagement().getName()); //$NON-NLS-1$
		assertTrue(second.recoveredCopies().isEmpty(), "the copy itself has nothing recovered beside it"); //$NON-NLS-1$
		assertTrue(Files.isRegularFile(copy), "opening it deleted nothing"); //$NON-NLS-1$
		assertTrue(Files.isRegularFile(file));
	}

	@Test
	void noNoticeWithoutACopy() throws Exception {
		EngagementEditor editor = Workbench.open(SampleInstaller.install(folder));
		editor.setActivePage(OverviewPage.ID);
		Workbench.spin();
		OverviewPage page = (OverviewPage) editor.getActivePageInstance();
		assertFalse(UserActions.find(page.getManagedForm().getForm().getBody(), Label.class,
				l -> l.getText().contains("保存中に中断された変更")).isPresent()); //$NON-NLS-1$
	}

	private static List<EngagementEditor> openEditors() {
		IEditorReference[] references = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getEditorReferences();
		return Arrays.stream(references).map(r -> r.getEditor(false)).filter(EngagementEditor.class::isInstance)
				.map(EngagementEditor.class::cast).toList();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.app.internal.KansaPreferences;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.PartiesContractsPage;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.i18n.ChangeLogMessages;
import jp.kansa.ui.engagement.internal.views.ChangeLogView;
import jp.kansa.ui.testing.UserEvents;

/**
 * 変更履歴 in the workbench: two edits saved with Ctrl+S are logged under the auditor's name from
 * 設定, the view lists them newest first, follows a party clicked in the editor, and its toolbar
 * button goes back to the whole engagement.
 */
class ChangeLogViewTest {

	@TempDir
	Path folder;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeAll();
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(KansaPreferences.QUALIFIER);
		node.remove(KansaPreferences.AUDITOR_NAME);
		node.remove(KansaPreferences.AUDITOR_EMAIL);
		node.flush();
	}

	@Test
	void savedEditsAreListedPerElementAndForTheWholeEngagement() throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(KansaPreferences.QUALIFIER);
		node.put(KansaPreferences.AUDITOR_NAME, "監査 太郎"); //$NON-NLS-1$
		node.put(KansaPreferences.AUDITOR_EMAIL, "taro@example.jp"); //$NON-NLS-1$
		Path file = SampleInstaller.install(folder);
		EngagementEditor editor = Workbench.open(file);
		ChangeLogView view = changeLogView();
		Workbench.waitUntil(() -> view.getContentDescription().contains("変更履歴はまだありません")); //$NON-NLS-1$

		// two edits as the pages make them: commands on the editor's stack
		EditingDomain domain = editor.getEditingDomain();
		var party = editor.engagement().eResource().getEObject("P-A"); //$NON-NLS-1$
		var check = editor.engagement().eResource().getEObject("C-2/2-A-9-①"); //$NON-NLS-1$
		domain.getCommandStack().execute(
				SetCommand.create(domain, party, KansaPackage.Literals.PARTY__NAME, "Aメディカル株式会社 (架空)")); //$NON-NLS-1$
		domain.getCommandStack().execute(
				SetCommand.create(domain, check, KansaPackage.Literals.CONTRACT_CHECK__ASSESSMENT, AssessmentStatus.CONFORMING));
		assertTrue(editor.isDirty());

		// the auditor clicks the party in 当事者・契約, then saves with Ctrl+S
		Workbench.page().activate(editor);
		editor.setActivePage(PartiesContractsPage.ID);
		Workbench.spin();
		Table parties = ((PartiesContractsPage) editor.page(PartiesContractsPage.ID)).parties().getTable();
		int row = rowContaining(parties, "Aメディカル株式会社 (架空)"); //$NON-NLS-1$
		UserActions.clickRow(parties, row);
		Workbench.waitUntil(() -> parties.isFocusControl() && parties.getSelectionIndex() == row);
		UserEvents.key(parties.getDisplay(), SWT.MOD1, 's');
		Workbench.waitUntil(() -> !editor.isDirty());

		// the view follows the party: its one entry
		Table table = view.viewer().getTable();
		Workbench.waitUntil(() -> table.getItemCount() == 1);
		assertEquals(List.of("P-A"), Workbench.column(table, 4)); //$NON-NLS-1$
		assertEquals(List.of("名称"), Workbench.column(table, 5)); //$NON-NLS-1$
		assertEquals(List.of("Aメディカルシステムズ株式会社 (架空)"), Workbench.column(table, 6)); //$NON-NLS-1$
		assertEquals(List.of("Aメディカル株式会社 (架空)"), Workbench.column(table, 7)); //$NON-NLS-1$
		assertEquals(List.of("監査 太郎 <taro@example.jp>"), Workbench.column(table, 2)); //$NON-NLS-1$
		assertTrue(view.getContentDescription().contains("P-A の 1 項"), view.getContentDescription()); //$NON-NLS-1$

		// the toolbar button (a real click) shows the whole engagement, newest first
		clickToolItem(view, ChangeLogMessages.onlySelected);
		Workbench.waitUntil(() -> table.getItemCount() == 3);
		assertEquals(List.of("3", "2", "1"), Workbench.column(table, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of("変更", "変更", "記録開始"), Workbench.column(table, 3)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of("評価", "名称", ""), Workbench.column(table, 5)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("適合", Workbench.column(table, 7).get(0)); //$NON-NLS-1$
		assertTrue(view.getContentDescription().contains("3 項"), view.getContentDescription()); //$NON-NLS-1$
		Workbench.screenshot(table.getShell(), "change-log-view"); //$NON-NLS-1$

		// and it is in the file, under the same name
		List<ChangeLogEntry> saved = ChangeLogs.entries(EngagementFiles.load(file));
		assertEquals(3, saved.size());
		assertEquals("監査 太郎 <taro@example.jp>", saved.get(2).getWho()); //$NON-NLS-1$
	}

	private static int rowContaining(Table table, String text) {
		for (int i = 0; i < table.getItemCount(); i++) {
			for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
				if (table.getItem(i).getText(c).contains(text)) {
					return i;
				}
			}
		}
		throw new AssertionError(text + " not in " + Workbench.column(table, 0)); //$NON-NLS-1$
	}

	private static ChangeLogView changeLogView() throws PartInitException {
		ChangeLogView view = (ChangeLogView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(ChangeLogView.ID);
		Workbench.spin();
		return view;
	}

	private static void clickToolItem(ChangeLogView view, String tooltip) {
		ToolBar toolBar = ((org.eclipse.jface.action.ToolBarManager) view.getViewSite().getActionBars().getToolBarManager())
				.getControl();
		for (ToolItem item : toolBar.getItems()) {
			if (tooltip.equals(item.getToolTipText()) || tooltip.equals(item.getText())) {
				Rectangle bounds = item.getBounds();
				UserEvents.clickAt(toolBar, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
				return;
			}
		}
		throw new AssertionError("no " + tooltip + " in the view's toolbar"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

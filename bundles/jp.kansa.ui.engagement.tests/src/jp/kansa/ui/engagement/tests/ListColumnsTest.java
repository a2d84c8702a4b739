/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.ui.engagement.internal.editors.AssessmentPage;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.FindingsPage;
import jp.kansa.ui.engagement.internal.editors.PartiesContractsPage;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.i18n.Messages;
import jp.kansa.ui.testing.UserEvents;

/**
 * The lists beside a detail (評価's checks, 指摘事項's findings, 当事者 and 契約) show every column
 * without a sideways scroll — the last ones, 評価, 対応期限 and 種別, are what the auditor scans for — at
 * 1600×1000 and at 1024×700 once the editor is maximised with Ctrl+M.
 */
class ListColumnsTest extends EditorTestBase {

	private EngagementEditor editor;

	@BeforeEach
	void openSample() throws Exception {
		editor = Workbench.open(SampleInstaller.install(folder));
	}

	@Test
	void theChecksListShowsEveryColumnAt1600x1000() {
		UserActions.windowSize(1600, 1000);
		assertEveryColumnShows(checks(), Messages.Assessment_assessment, "checks-1600x1000"); //$NON-NLS-1$
	}

	@Test
	void theChecksListShowsEveryColumnAt1024x700OnceTheEditorIsMaximised() {
		UserActions.windowSize(1024, 700);
		Table list = checks();
		maximised(list, () -> assertEveryColumnShows(list, Messages.Assessment_assessment, "checks-1024x700-maximised")); //$NON-NLS-1$
	}

	@Test
	void theFindingsListShowsEveryColumnAt1600x1000() {
		UserActions.windowSize(1600, 1000);
		assertEveryColumnShows(findings(), Messages.Finding_due, "findings-1600x1000"); //$NON-NLS-1$
	}

	@Test
	void theFindingsListShowsEveryColumnAt1024x700OnceTheEditorIsMaximised() {
		UserActions.windowSize(1024, 700);
		Table list = findings();
		maximised(list, () -> assertEveryColumnShows(list, Messages.Finding_due, "findings-1024x700-maximised")); //$NON-NLS-1$
	}

	@Test
	void thePartiesAndContractsListsShowTheirKindAt1600x1000() {
		UserActions.windowSize(1600, 1000);
		editor.setActivePage(PartiesContractsPage.ID);
		Workbench.spin();
		PartiesContractsPage page = (PartiesContractsPage) editor.page(PartiesContractsPage.ID);
		assertEveryColumnShows(page.parties().getTable(), Messages.Parties_kind, "parties-1600x1000"); //$NON-NLS-1$
		assertEveryColumnShows(page.contracts().getTable(), Messages.Contracts_kind, "contracts-1600x1000"); //$NON-NLS-1$
	}

	private Table checks() {
		editor.setActivePage(AssessmentPage.ID);
		Workbench.spin();
		return ((AssessmentPage) editor.page(AssessmentPage.ID)).checks().getTable();
	}

	private Table findings() {
		editor.setActivePage(FindingsPage.ID);
		Workbench.spin();
		return ((FindingsPage) editor.page(FindingsPage.ID)).findings().getTable();
	}

	/** Clicks a row and presses Ctrl+M, runs {@code check}, and Ctrl+M again to give the views back. */
	private static void maximised(Table list, Runnable check) {
		UserActions.clickRow(list, 0);
		int before = list.getSize().x;
		UserEvents.key(list.getDisplay(), SWT.CTRL, 'm');
		Workbench.waitUntil(() -> list.getSize().x > before);
		assertTrue(list.getSize().x > before, "Ctrl+M maximised the editor"); //$NON-NLS-1$
		try {
			check.run();
		} finally {
			UserEvents.key(list.getDisplay(), SWT.CTRL, 'm');
			Workbench.waitUntil(() -> list.getSize().x == before);
		}
	}

	/**
	 * The columns end inside the table's visible width, each wide enough for a short word, and the
	 * first row's last cell is inside it too.
	 */
	private void assertEveryColumnShows(Table list, String lastTitle, String name) {
		// GTK moves the cells once it has allocated the new column widths, after the layout's events
		Workbench.waitUntil(() -> lastCellEnd(list) <= list.getClientArea().x + list.getClientArea().width);
		Rectangle visible = list.getClientArea();
		TableColumn[] columns = list.getColumns();
		int total = 0;
		for (TableColumn column : columns) {
			total += column.getWidth();
			assertTrue(column.getWidth() >= 45, () -> name + ": column " + column.getText() + " is " + column.getWidth() + " px"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		int needed = total;
		assertTrue(needed <= visible.width, () -> name + ": the columns need " + needed + " px, the list shows " + visible.width); //$NON-NLS-1$ //$NON-NLS-2$
		Rectangle last = list.getItem(0).getBounds(columns.length - 1);
		assertTrue(last.x + last.width <= visible.x + visible.width,
				() -> name + ": the last cell ends at " + (last.x + last.width) + ", the list at " + (visible.x + visible.width)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(lastTitle, columns[columns.length - 1].getText());
		Workbench.screenshot(editor.getSite().getShell(), "list-columns-" + name); //$NON-NLS-1$
	}

	private static int lastCellEnd(Table list) {
		Rectangle last = list.getItem(0).getBounds(list.getColumnCount() - 1);
		return last.x + last.width;
	}
}

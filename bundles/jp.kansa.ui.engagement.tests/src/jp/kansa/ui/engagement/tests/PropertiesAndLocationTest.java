/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;

import jp.kansa.model.Contract;
import jp.kansa.model.Finding;
import jp.kansa.model.Party;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.FindingsPage;
import jp.kansa.ui.engagement.internal.editors.OverviewPage;
import jp.kansa.ui.engagement.internal.editors.PartiesContractsPage;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.testing.UserEvents;

/**
 * Where the open file lives (the editor tab's tooltip, 概要, the Properties view) and the
 * Properties view following what the user clicks on any page of the editor.
 */
class PropertiesAndLocationTest extends EditorTestBase {

	@Test
	void propertiesViewFollowsClicksOnEveryPage() throws Exception {
		EngagementEditor editor = Workbench.open(SampleInstaller.install(folder));
		PropertySheet properties = showProperties();
		editor.getSite().getPage().activate(editor);
		Workbench.spin();

		// 概要 first (the page the editor opens on), then the others: each must be heard
		editor.setActivePage(PartiesContractsPage.ID);
		Workbench.spin();
		PartiesContractsPage parties = (PartiesContractsPage) editor.page(PartiesContractsPage.ID);
		Contract contract = editor.engagement().getContracts().get(1);
		clickRow(parties.contracts().getTable(), 1);
		assertShows(properties, contract.getTitle());
		Party party = editor.engagement().getParties().get(2);
		clickRow(parties.parties().getTable(), 2);
		assertShows(properties, party.getName());

		editor.setActivePage(FindingsPage.ID);
		Workbench.spin();
		FindingsPage findings = (FindingsPage) editor.page(FindingsPage.ID);
		Finding finding = editor.engagement().getFindings().get(0);
		clickRow(findings.findings().getTable(), 0);
		assertShows(properties, finding.getTitle());

		// back on a page created earlier: still heard
		editor.setActivePage(PartiesContractsPage.ID);
		Workbench.spin();
		clickRow(parties.contracts().getTable(), 0);
		assertShows(properties, editor.engagement().getContracts().get(0).getTitle());
	}

	@Test
	void theFileLocationIsInTheTabTooltipTheOverviewAndTheProperties() throws Exception {
		Path file = SampleInstaller.install(folder).toAbsolutePath().normalize();
		EngagementEditor editor = Workbench.open(file);
		PropertySheet properties = showProperties();
		editor.getSite().getPage().activate(editor);
		editor.setActivePage(OverviewPage.ID);
		Workbench.spin();

		Shell shell = editor.getSite().getShell();
		List<CTabItem> tabs = Widgets.find(shell, CTabFolder.class, f -> true).stream()
				.flatMap(f -> java.util.Arrays.stream(f.getItems()))
				.filter(t -> SampleInstaller.FILE_NAME.equals(t.getText()) || ("*" + SampleInstaller.FILE_NAME).equals(t.getText())) //$NON-NLS-1$
				.toList();
		assertEquals(1, tabs.size(), "one editor tab"); //$NON-NLS-1$
		assertEquals(file.toString(), tabs.get(0).getToolTipText(), "the tab's tooltip is the whole path"); //$NON-NLS-1$

		OverviewPage overview = (OverviewPage) editor.page(OverviewPage.ID);
		List<Text> location = Widgets.find(overview.getManagedForm().getForm(), Text.class,
				t -> t.getText().equals(file.toString()));
		assertEquals(1, location.size(), "概要 shows where the file is"); //$NON-NLS-1$
		assertTrue(location.get(0).isVisible());

		// nothing picked on 概要: the Properties view shows the engagement, with its file
		assertShows(properties, "ファイルの場所=" + file); //$NON-NLS-1$
	}

	private static PropertySheet showProperties() throws Exception {
		PropertySheet sheet = (PropertySheet) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(IPageLayout.ID_PROP_SHEET);
		Workbench.spin();
		return sheet;
	}

	/** Clicks the first cell of a row, as a user picks it. */
	private static void clickRow(Table table, int row) {
		Rectangle cell = table.getItem(row).getBounds(0);
		UserEvents.clickAt(table, cell.x + 8, cell.y + cell.height / 2);
		Workbench.spin();
	}

	private static void assertShows(PropertySheet sheet, String expected) {
		Supplier<List<String>> rows = () -> Widgets.propertyRows((Tree) sheet.getCurrentPage().getControl());
		Workbench.waitUntil(() -> rows.get().stream().anyMatch(r -> r.contains(expected)));
		List<String> shown = rows.get();
		assertFalse(shown.isEmpty(), "the Properties view shows something"); //$NON-NLS-1$
		assertTrue(shown.stream().anyMatch(r -> r.contains(expected)), () -> "expected " + expected + " in " + shown); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

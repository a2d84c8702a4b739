/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import jp.kansa.model.Finding;
import jp.kansa.ui.engagement.internal.editors.CatalogRows;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.FindingsPage;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.testing.ModalDialogs;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/** 関連確認事項 of a finding is picked from the 確認表 (filtered by 項番 or words), never typed. */
class FindingCheckPointsTest extends EditorTestBase {

	@Test
	void relatedCheckPointsArePickedFromTheCatalogWithTheMouse() throws Exception {
		EngagementEditor editor = Workbench.open(SampleInstaller.install(folder));
		editor.setActivePage(FindingsPage.ID);
		Workbench.spin();
		FindingsPage page = (FindingsPage) editor.page(FindingsPage.ID);
		Table findings = page.findings().getTable();
		Rectangle first = findings.getItem(0).getBounds(0);
		UserEvents.clickAt(findings, first.x + 8, first.y + first.height / 2);
		Finding finding = editor.engagement().getFindings().get(0);
		List<String> before = List.copyOf(finding.getCheckPointIds());

		assertTrue(idLabels(page).isEmpty(), "no field to type check point ids into"); //$NON-NLS-1$
		// what the user sees under the finding: a table headed 項番 and an 追加... button beside 解除
		List<Table> relatedTables = Widgets.find(page.getManagedForm().getForm(), Table.class,
				t -> t.getColumnCount() > 0 && "項番".equals(t.getColumn(0).getText())); //$NON-NLS-1$
		assertEquals(1, relatedTables.size(), "the finding's related check points are listed"); //$NON-NLS-1$
		Table list = relatedTables.get(0);
		List<Button> adds = Widgets.find(page.getManagedForm().getForm(), Button.class, b -> "追加...".equals(b.getText())); //$NON-NLS-1$
		assertEquals(1, adds.size(), "an 追加... button opens the chooser"); //$NON-NLS-1$
		Button add = adds.get(0);
		Button remove = Widgets.find(add.getParent(), Button.class, b -> b != add).get(0);
		assertEquals(before, texts(list, 0), "the related check points are listed by 項番"); //$NON-NLS-1$

		// 追加... opens the chooser; the user types 2-A-9 into its filter and picks the first row
		List<String> offered = new ArrayList<>();
		String shownTitle = inDialogOpenedBy(add, dialog -> {
			Text filter = Widgets.find(dialog, Text.class, t -> true).get(0);
			// GTK hands the new dialog the keyboard when the X server says so: later on a busy machine
			UiTestSupport.waitUntil(filter::isFocusControl, 10_000);
			assertTrue(filter.isFocusControl(), "the filter has the focus"); //$NON-NLS-1$
			UserEvents.type(dialog.getDisplay(), "2-A-9"); //$NON-NLS-1$
			Workbench.spin();
			Table table = Widgets.find(dialog, Table.class, t -> true).get(0);
			offered.addAll(texts(table, 0));
			Rectangle row = table.getItem(0).getBounds(1);
			UserEvents.clickAt(table, row.x + 8, row.y + row.height / 2);
			Button ok = Widgets.find(dialog, Button.class, b -> IDialogConstants.OK_LABEL.equals(b.getText())).get(0);
			UserEvents.click(ok);
		});
		assertFalse(offered.isEmpty(), "the filter leaves the check points of 2-A-9"); //$NON-NLS-1$
		assertTrue(offered.stream().allMatch(id -> id.startsWith("2-A-9-")), offered::toString); //$NON-NLS-1$
		assertEquals("関連確認事項の選択", shownTitle.lines().findFirst().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		String picked = offered.get(0);
		assertTrue(finding.getCheckPointIds().contains(picked), () -> "picked " + picked + ": " + finding.getCheckPointIds()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(before.size() + 1, finding.getCheckPointIds().size());
		int shownRow = texts(list, 0).indexOf(picked);
		assertTrue(shownRow >= 0, "the page lists the new check point"); //$NON-NLS-1$
		assertEquals(CatalogRows.checkPoint(picked).getContent().replace('\n', ' ').substring(0, 10),
				list.getItem(shownRow).getText(1).substring(0, 10), "with its text from the catalog"); //$NON-NLS-1$

		// 解除 takes it off again
		Rectangle row = list.getItem(shownRow).getBounds(0);
		UserEvents.clickAt(list, row.x + 8, row.y + row.height / 2);
		UserEvents.click(remove);
		assertEquals(before, finding.getCheckPointIds());
	}

	/** The label of a typed ids field ("関連確認事項ID", the item provider's name of the feature). */
	private static List<Label> idLabels(FindingsPage page) {
		return Widgets.find(page.getManagedForm().getForm(), Label.class, l -> l.getText().equals("関連確認事項ID")); //$NON-NLS-1$
	}

	private static List<String> texts(Table table, int column) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			texts.add(item.getText(column));
		}
		return texts;
	}

	/**
	 * Clicks a button that opens a modal dialog and, inside the dialog's own event loop, lets
	 * {@code user} work the dialog with real events; returns the dialog's texts.
	 */
	private static String inDialogOpenedBy(Button button, java.util.function.Consumer<Shell> user) throws Exception {
		return ModalDialogs.answer(() -> UserEvents.click(button), shell -> shell.getText().length() > 0,
				user::accept, 5_000);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.ToggleHyperlink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.OverviewPage;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * The 概要 page on an auditor's 1024×700 laptop and on a 1600×1000 screen: one column that the
 * keyboard scrolls through on the small screen, two columns on the large one (the wide tables
 * side by side once the editor is maximised), sections folded by a click that stay folded in the
 * next editor. Through real clicks and keys.
 */
class OverviewLayoutTest extends EditorTestBase {

	private static final List<String> SECTIONS = List.of("general", "team", "validation", "parts", "contracts", "vendors"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private EngagementEditor editor;
	private OverviewPage page;

	@BeforeEach
	void openSample() throws Exception {
		editor = Workbench.open(SampleInstaller.install(folder));
		Workbench.awaitValidation(editor);
		page = (OverviewPage) editor.page(OverviewPage.ID);
		assertEquals(OverviewPage.ID, editor.getActivePageInstance().getId(), "the editor opens on 概要"); //$NON-NLS-1$
	}

	@Test
	void at1024x700TheSectionsStandInOneColumnAndTabScrollsToTheVendorTable() {
		UserActions.windowSize(1024, 700);
		Workbench.spin();
		assertEquals(1, page.sectionColumns(), "one column on the small editor"); //$NON-NLS-1$
		int left = page.section("general").getBounds().x; //$NON-NLS-1$
		for (String key : SECTIONS) {
			assertEquals(left, page.section(key).getBounds().x, key + " stands in the one column"); //$NON-NLS-1$
		}
		Rectangle general = page.section("general").getBounds(); //$NON-NLS-1$
		assertTrue(general.width > 400, () -> "監査 has the editor's width: " + general); //$NON-NLS-1$
		Table vendors = page.vendorRound();
		assertFalse(wholeOnScreen(vendors), "事業者への依頼 starts below the visible part of the page"); //$NON-NLS-1$
		Workbench.screenshot(editor.getSite().getShell(), "overview-1024x700"); //$NON-NLS-1$

		// the auditor clicks the first field and tabs down the page
		Text name = UserActions.find(page.section("general"), Text.class, t -> true).orElseThrow(); //$NON-NLS-1$
		UserEvents.click(name);
		Workbench.waitUntil(name::isFocusControl);
		assertTrue(name.isFocusControl(), "the click put the caret into 名称"); //$NON-NLS-1$
		Display display = name.getDisplay();
		for (int presses = 0; presses < 40 && !vendors.isFocusControl(); presses++) {
			Control before = display.getFocusControl();
			UserEvents.key(display, 0, SWT.TAB);
			UiTestSupport.waitUntil(() -> display.getFocusControl() != before, 2_000);
		}
		assertTrue(vendors.isFocusControl(), () -> "Tab reached the vendor table; focus is on " + display.getFocusControl()); //$NON-NLS-1$
		Workbench.waitUntil(() -> wholeOnScreen(vendors));
		assertTrue(wholeOnScreen(vendors), () -> "the focused vendor table is scrolled into view: " + onForm(vendors) //$NON-NLS-1$
				+ " in " + form().getClientArea()); //$NON-NLS-1$
		Workbench.screenshot(editor.getSite().getShell(), "overview-1024x700-tabbed-to-vendors"); //$NON-NLS-1$
	}

	@Test
	void at1600x1000TheSectionsStandInTwoColumnsAndTheTablesSideBySideWhenMaximised() {
		UserActions.windowSize(1600, 1000);
		Workbench.spin();
		assertEquals(2, page.sectionColumns(), "two columns at 1600×1000"); //$NON-NLS-1$
		assertSideBySide("general", "team"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Table progress : List.of(page.partProgress(), page.contractProgress())) {
			Rectangle last = progress.getItem(0).getBounds(progress.getColumnCount() - 1);
			assertTrue(last.x + last.width <= progress.getClientArea().width,
					() -> "the progress tables show their last column (評価済) whole: " + last + " in " + progress.getClientArea()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Section general = page.section("general"); //$NON-NLS-1$
		Text name = UserActions.find(general, Text.class, t -> true).orElseThrow();
		Rectangle field = name.getDisplay().map(name.getParent(), general, name.getBounds());
		assertTrue(field.x + field.width <= general.getClientArea().width,
				() -> "名称 ends inside 監査 (not cut at its edge): " + field + " in " + general.getClientArea()); //$NON-NLS-1$ //$NON-NLS-2$
		Workbench.screenshot(editor.getSite().getShell(), "overview-1600x1000"); //$NON-NLS-1$

		// Ctrl+M, the workbench's key for maximising the active editor
		try {
			maximisedByKeys();
		} finally {
			org.eclipse.ui.IWorkbenchPage workbenchPage = editor.getSite().getPage();
			if (workbenchPage.getPartState(workbenchPage.getReference(editor)) == org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED) {
				workbenchPage.setPartState(workbenchPage.getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
				Workbench.spin();
			}
		}
	}

	private void maximisedByKeys() {
		// the user scrolls to the table first: at 1600×1000 it stands below the fold
		org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(page.contractProgress());
		Workbench.spin();
		UserEvents.click(page.contractProgress());
		Workbench.waitUntil(page.contractProgress()::isFocusControl);
		UserEvents.key(page.contractProgress().getDisplay(), SWT.CTRL, 'm');
		Workbench.waitUntil(() -> page.section("parts").getBounds().y == page.section("contracts").getBounds().y); //$NON-NLS-1$ //$NON-NLS-2$
		assertSideBySide("parts", "contracts"); //$NON-NLS-1$ //$NON-NLS-2$
		Table contracts = page.contractProgress();
		Rectangle lastCell = contracts.getItem(0).getBounds(contracts.getColumnCount() - 1);
		assertTrue(lastCell.x + lastCell.width <= contracts.getClientArea().width,
				() -> "side by side, 契約ごとの進捗 shows its last column whole: " + lastCell + " in " + contracts.getClientArea()); //$NON-NLS-1$ //$NON-NLS-2$
		Workbench.screenshot(editor.getSite().getShell(), "overview-1600x1000-maximised"); //$NON-NLS-1$
		UserEvents.key(contracts.getDisplay(), SWT.CTRL, 'm');
		Workbench.waitUntil(() -> page.section("parts").getBounds().y != page.section("contracts").getBounds().y); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(page.section("contracts").getBounds().y > page.section("parts").getBounds().y, //$NON-NLS-1$ //$NON-NLS-2$
				"restored, the wide tables span the two columns again, one under the other"); //$NON-NLS-1$
	}

	@Test
	void aFoldedSectionLetsTheOnesBelowUpAndStaysFoldedInTheNextEditor() throws Exception {
		UserActions.windowSize(1024, 700);
		Workbench.spin();
		Section general = page.section("general"); //$NON-NLS-1$
		int contractsTop = page.section("contracts").getBounds().y; //$NON-NLS-1$
		pressEnterOn(twistie(general));
		Workbench.waitUntil(() -> !general.isExpanded());
		assertFalse(general.isExpanded(), "Enter on the twistie folded 監査"); //$NON-NLS-1$
		Workbench.waitUntil(() -> page.section("contracts").getBounds().y < contractsTop); //$NON-NLS-1$
		assertTrue(page.section("contracts").getBounds().y < contractsTop - 100, //$NON-NLS-1$
				"契約ごとの進捗 moved up by what 監査 took"); //$NON-NLS-1$
		Workbench.screenshot(editor.getSite().getShell(), "overview-1024x700-general-folded"); //$NON-NLS-1$

		Workbench.closeAll();
		editor = Workbench.open(SampleInstaller.install(folder.resolve("again"))); //$NON-NLS-1$
		page = (OverviewPage) editor.page(OverviewPage.ID);
		Section reopened = page.section("general"); //$NON-NLS-1$
		assertFalse(reopened.isExpanded(), "監査 is folded in the next editor"); //$NON-NLS-1$
		assertTrue(page.section("team").isExpanded(), "the others are not"); //$NON-NLS-1$

		// Enter again unfolds it (and leaves the next test the page as it was)
		pressEnterOn(twistie(reopened));
		Workbench.waitUntil(reopened::isExpanded);
		assertTrue(reopened.isExpanded(), "Enter unfolds 監査 again"); //$NON-NLS-1$
	}

	private static ToggleHyperlink twistie(Section section) {
		for (Control child : section.getChildren()) {
			if (child instanceof ToggleHyperlink toggle) {
				return toggle;
			}
		}
		throw new AssertionError("no twistie on " + section.getText()); //$NON-NLS-1$
	}

	/**
	 * Clicks a control below the twistie (監査's first field, or the team table while 監査 is
	 * folded), goes back to the twistie with Shift+Tab and presses Enter. A click posted on the
	 * twistie itself reaches it under Xvfb with coordinates outside it, and the forms hyperlink
	 * ignores it; the keys are what a keyboard user presses anyway.
	 */
	private void pressEnterOn(ToggleHyperlink twistie) {
		Text name = UserActions.find(page.section("general"), Text.class, t -> true).orElseThrow(); //$NON-NLS-1$
		Control start = name.isVisible() ? name : ((org.eclipse.swt.widgets.Composite) page.section("team").getClient()).getChildren()[0]; //$NON-NLS-1$
		org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(start);
		Workbench.spin();
		UserEvents.click(start);
		Workbench.waitUntil(start::isFocusControl);
		Display display = twistie.getDisplay();
		for (int presses = 0; presses < 6 && !twistie.isFocusControl(); presses++) {
			Control before = display.getFocusControl();
			UserEvents.key(display, SWT.SHIFT, SWT.TAB);
			UiTestSupport.waitUntil(() -> display.getFocusControl() != before, 2_000);
		}
		assertTrue(twistie.isFocusControl(), () -> "Shift+Tab reached the twistie; focus is on " + display.getFocusControl()); //$NON-NLS-1$
		UserEvents.key(display, 0, SWT.CR);
		Workbench.spin();
	}

	private void assertSideBySide(String leftKey, String rightKey) {
		Rectangle left = page.section(leftKey).getBounds();
		Rectangle right = page.section(rightKey).getBounds();
		assertEquals(left.y, right.y, () -> leftKey + " and " + rightKey + " share a row: " + left + " " + right); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(right.x >= left.x + left.width, () -> rightKey + " stands right of " + leftKey + ": " + left + " " + right); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(right.x + right.width <= form().getClientArea().width, () -> rightKey + " is within the editor"); //$NON-NLS-1$
	}

	private ScrolledForm form() {
		return page.getManagedForm().getForm();
	}

	/** The control's bounds in the scrolled form's coordinates, where the client area is what shows. */
	private Rectangle onForm(Control control) {
		return control.getDisplay().map(control.getParent(), form(), control.getBounds());
	}

	private boolean wholeOnScreen(Control control) {
		Rectangle bounds = onForm(control);
		Rectangle visible = form().getClientArea();
		return bounds.y >= visible.y && bounds.y + bounds.height <= visible.y + visible.height;
	}
}

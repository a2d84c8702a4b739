/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.Finding;
import jp.kansa.model.Party;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.FindingsPage;
import jp.kansa.ui.engagement.internal.editors.PartiesContractsPage;
import jp.kansa.ui.engagement.internal.editors.ModelLabels;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.testing.UserEvents;

/**
 * At 1024×700 the detail of a clicked finding or contract is taller than the editor: it lies
 * inside the page, which scrolls down to it, and inside the page's width. The page kept the height it had while the detail was
 * empty, so 状況 and 関連確認事項 (and a contract's 契約条項) lay below its edge, cut, with no scroll
 * bar to reach them. Real clicks on the rows.
 */
class DetailReachableTest extends EditorTestBase {

	private EngagementEditor editor;

	@BeforeEach
	void openSampleAt1024x700() throws Exception {
		editor = Workbench.open(SampleInstaller.install(folder));
		UserActions.windowSize(1024, 700);
	}

	@Test
	void aFindingsRelatedCheckPointsCanBeScrolledTo() {
		editor.setActivePage(FindingsPage.ID);
		Workbench.spin();
		FindingsPage page = (FindingsPage) editor.page(FindingsPage.ID);
		UserActions.clickRow(page.findings().getTable(), 0);
		Table related = page.checkPoints().table().getTable();
		Workbench.waitUntil(() -> related.getItemCount() > 0);
		assertReachable(page.getManagedForm().getForm(), related, "findings-1024x700"); //$NON-NLS-1$
	}

	@Test
	void aContractsClausesCanBeScrolledTo() {
		editor.setActivePage(PartiesContractsPage.ID);
		Workbench.spin();
		PartiesContractsPage page = (PartiesContractsPage) editor.page(PartiesContractsPage.ID);
		UserActions.clickRow(page.contracts().getTable(), 0);
		Table clauses = page.clauses().getTable();
		Workbench.waitUntil(() -> clauses.isVisible());
		assertReachable(page.getManagedForm().getForm(), clauses, "contracts-1024x700"); //$NON-NLS-1$
	}

	/**
	 * The wheel turned over 指摘事項's 対応責任者 combo, which the auditor has not clicked, scrolls the
	 * page and leaves the finding as it was (GTK turned each notch into the next party).
	 */
	@Test
	void theWheelOverAComboScrollsThePageAndChangesNothing() {
		editor.setActivePage(FindingsPage.ID);
		Workbench.spin();
		FindingsPage page = (FindingsPage) editor.page(FindingsPage.ID);
		UserActions.clickRow(page.findings().getTable(), 0);
		Finding finding = (Finding) page.findings().getStructuredSelection().getFirstElement();
		Party owner = finding.getOwner();
		ScrolledForm form = page.getManagedForm().getForm();
		Combo combo = Widgets.find(form.getBody(), Combo.class, c -> c.getText().equals(ModelLabels.of(owner))).get(0);
		Rectangle bounds = combo.getBounds();
		UserEvents.hover(combo, bounds.width / 2, bounds.height / 2);
		int before = form.getOrigin().y;
		UserEvents.wheel(combo.getDisplay(), -3);
		Workbench.waitUntil(() -> form.getOrigin().y > before);
		assertSame(owner, finding.getOwner(), "the wheel left 対応責任者 as it was"); //$NON-NLS-1$
		assertFalse(editor.isDirty(), "nothing changed"); //$NON-NLS-1$
		assertTrue(form.getOrigin().y > before, () -> "the page scrolled down from " + before + " to " + form.getOrigin().y); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Every ancestor of {@code last} up to the page's body holds it whole, so scrolling the page
	 * reaches it; it ends inside the page's width (the page never needs a sideways scroll); and
	 * when the body is taller than the page, the page shows a scroll bar.
	 */
	private static void assertReachable(ScrolledForm form, Control last, String name) {
		Workbench.spin();
		Workbench.screenshot(form.getShell(), "detail-reachable-" + name); //$NON-NLS-1$
		Composite body = form.getBody();
		for (Control inner = last; inner != body; inner = inner.getParent()) {
			Composite parent = inner.getParent();
			Rectangle bounds = inner.getBounds();
			int bottom = bounds.y + bounds.height;
			int height = parent.getClientArea().height;
			Control child = inner;
			assertTrue(bottom <= height, () -> name + ": " + child.getClass().getSimpleName() + " ends at " + bottom
					+ " px in a " + parent.getClass().getSimpleName() + " " + height + " px high: cut"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		Rectangle onPage = form.getDisplay().map(last.getParent(), form, last.getBounds());
		assertTrue(onPage.x + onPage.width <= form.getClientArea().width, () -> name + ": ends at " + (onPage.x + onPage.width)
				+ " px of a page " + form.getClientArea().width + " px wide: cut at the right"); //$NON-NLS-1$ //$NON-NLS-2$
		if (body.getSize().y > form.getClientArea().height) {
			assertTrue(form.getVerticalBar() != null && form.getVerticalBar().isVisible(),
					() -> name + ": the page is " + body.getSize().y + " px high in " + form.getClientArea().height //$NON-NLS-1$ //$NON-NLS-2$
							+ " px, without a scroll bar"); //$NON-NLS-1$
		}
	}
}

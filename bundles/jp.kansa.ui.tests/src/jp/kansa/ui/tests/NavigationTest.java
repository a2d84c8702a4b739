/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Section;
import jp.kansa.ui.internal.views.CatalogNavigatorView;
import jp.kansa.ui.internal.views.CheckPointDetailView;
import jp.kansa.ui.internal.views.CheckPointDetailView.ReferenceLink;
import jp.kansa.ui.internal.views.CrossReferenceView;
import jp.kansa.ui.testing.Menus;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/** Moving between the 確認表 views with the mouse and the keyboard: links, 戻る, double-click. */
class NavigationTest {

	private IWorkbenchPage page;
	private CatalogNavigatorView navigator;
	private CheckPointDetailView detail;

	@BeforeEach
	void open() {
		page = Workbench.openCatalogPerspective();
		navigator = Workbench.show(page, CatalogNavigatorView.ID, CatalogNavigatorView.class);
		detail = Workbench.show(page, CheckPointDetailView.ID, CheckPointDetailView.class);
		Workbench.show(page, CrossReferenceView.ID, CrossReferenceView.class);
		navigator.setFilterText(""); //$NON-NLS-1$
		page.activate(navigator);
		Workbench.spin();
	}

	@Test
	void clickOnAReferenceLinkBringsTheCrossReferenceViewToTheFrontAndAltLeftReturns() {
		CheckPoint checkPoint = CatalogFacts.checkPoint(CatalogFacts.idsCiting(CatalogFacts.KIKAKU_7).iterator().next());
		clickInNavigator(navigator, checkPoint);
		Workbench.waitUntil(() -> detail.getShownElement() == checkPoint);
		Hyperlink hyperlink = link(CatalogFacts.KIKAKU_7);
		detail.getForm().showControl(hyperlink);
		Workbench.spin();

		RealMouse.click(hyperlink, 4, hyperlink.getSize().y / 2);

		CrossReferenceView crossReference = (CrossReferenceView) page.findView(CrossReferenceView.ID);
		Workbench.waitUntil(() -> page.getActivePart() == crossReference);
		assertSame(crossReference, page.getActivePart(), "the cross-reference view is the active part"); //$NON-NLS-1$
		assertTrue(page.isPartVisible(crossReference));
		TreeItem[] selection = crossReference.getViewer().getTree().getSelection();
		assertEquals(1, selection.length);
		Section section = CatalogFacts.element(CatalogFacts.KIKAKU_7, Section.class);
		assertSame(section, selection[0].getData());
		assertEquals("7 " + section.getTitle(), selection[0].getText(0)); //$NON-NLS-1$

		UserEvents.key(Display.getCurrent(), SWT.ALT, SWT.ARROW_LEFT);

		Workbench.waitUntil(() -> page.getActivePart() == navigator);
		assertSame(navigator, page.getActivePart(), "Alt+Left returns to the navigator"); //$NON-NLS-1$
		assertSame(checkPoint, navigator.getSelectedCheckPoint());
		assertSame(checkPoint, detail.getShownElement());
	}

	@Test
	void altLeftReturnsToThePreviouslyClickedCheckPoint() {
		Tree tree = navigator.getViewer().getTree();
		CheckPoint first = CatalogFacts.checkPoint("1-A-1-①"); //$NON-NLS-1$
		CheckPoint second = CatalogFacts.checkPoint("1-A-2-①"); //$NON-NLS-1$
		navigator.getViewer().reveal(first);
		navigator.getViewer().reveal(second);
		Workbench.spin();

		click(tree, item(tree, first));
		click(tree, item(tree, second));
		assertSame(second, navigator.getSelectedCheckPoint());
		assertSame(second, detail.getShownElement());

		UserEvents.key(tree.getDisplay(), SWT.ALT, SWT.ARROW_LEFT);

		Workbench.waitUntil(() -> navigator.getSelectedCheckPoint() == first);
		assertSame(first, navigator.getSelectedCheckPoint());
		assertSame(first, detail.getShownElement());
	}

	@Test
	void doubleClickFoldsAnItemAndOpensTheDetailOfACheckPoint() {
		Tree tree = navigator.getViewer().getTree();
		CheckPoint checkPoint = CatalogFacts.checkPoint("1-A-2-①"); //$NON-NLS-1$
		Item item = (Item) checkPoint.eContainer();
		navigator.getViewer().reveal(item);
		navigator.getViewer().setExpandedState(item, false);
		Workbench.spin();

		doubleClick(tree, item(tree, item));
		Workbench.waitUntil(() -> navigator.getViewer().getExpandedState(item));
		assertTrue(navigator.getViewer().getExpandedState(item), "double-click expands the item"); //$NON-NLS-1$

		doubleClick(tree, item(tree, item));
		Workbench.waitUntil(() -> !navigator.getViewer().getExpandedState(item));
		assertFalse(navigator.getViewer().getExpandedState(item), "a second double-click collapses it"); //$NON-NLS-1$

		navigator.getViewer().reveal(checkPoint);
		Workbench.spin();
		assertSame(navigator, page.getActivePart());
		doubleClick(tree, item(tree, checkPoint));

		Workbench.waitUntil(() -> page.getActivePart() == detail);
		assertSame(detail, page.getActivePart(), "double-click on a check point activates 詳細"); //$NON-NLS-1$
		assertSame(checkPoint, detail.getShownElement());
	}

	private Hyperlink link(String targetId) {
		return detail.getReferenceLinks().stream().filter(l -> targetId.equals(l.reference().getTarget().getId()))
				.map(ReferenceLink::hyperlink).findFirst().orElseThrow();
	}

	static TreeItem item(Tree tree, Object element) {
		return Workbench.descendants(tree.getItems()).stream().filter(i -> i.getData() == element).findFirst()
				.orElseThrow(() -> new AssertionError("no tree item for " + element)); //$NON-NLS-1$
	}

	/** Scrolls the navigator to the element and clicks its row, as the user does. */
	static void clickInNavigator(CatalogNavigatorView navigator, Object element) {
		// the navigator to the front of its stack (as the user clicks its tab), laid out, then scrolled to the row
		navigator.getSite().getPage().activate(navigator);
		Workbench.waitUntil(() -> navigator.getViewer().getTree().isVisible());
		navigator.getViewer().reveal(element);
		Workbench.spin();
		Tree tree = navigator.getViewer().getTree();
		click(tree, item(tree, element));
		Workbench.waitUntil(() -> navigator.getViewer().getStructuredSelection().getFirstElement() == element);
		if (navigator.getViewer().getStructuredSelection().getFirstElement() != element) {
			UiTestSupport.screenshot(tree.getShell(), "click-in-navigator-missed"); //$NON-NLS-1$
		}
		assertSame(element, navigator.getViewer().getStructuredSelection().getFirstElement(), "the click selected the row"); //$NON-NLS-1$
	}

	static void click(Tree tree, TreeItem item) {
		Menus.closeStrayMenus(tree.getShell());
		Rectangle bounds = scrolledIntoView(tree, item);
		UserEvents.clickAt(tree, bounds.x + Math.min(20, bounds.width / 2), bounds.y + bounds.height / 2);
	}

	/**
	 * The row's bounds once it is wholly inside the tree's client area. GTK scrolls at idle time,
	 * so bounds read right after showItem can be the old ones; a click there lands above the tree
	 * (a CI run clicked the menu bar's 編集). A row left cut by the bottom edge is scrolled to the top.
	 */
	private static Rectangle scrolledIntoView(Tree tree, TreeItem item) {
		tree.showItem(item);
		UiTestSupport.waitUntil(() -> inside(tree, item), 3_000);
		if (!inside(tree, item)) {
			tree.setTopItem(item);
			UiTestSupport.waitUntil(() -> inside(tree, item), 3_000);
		}
		assertTrue(inside(tree, item), () -> "the row " + item.getText() + " is not in view: " + item.getBounds() //$NON-NLS-1$ //$NON-NLS-2$
				+ " in " + tree.getClientArea()); //$NON-NLS-1$
		UiTestSupport.sleep(100);
		Workbench.spin();
		return item.getBounds();
	}

	private static boolean inside(Tree tree, TreeItem item) {
		Workbench.spin();
		Rectangle bounds = item.getBounds();
		Rectangle area = tree.getClientArea();
		return bounds.height > 0 && bounds.y >= area.y && bounds.y + bounds.height <= area.y + area.height;
	}

	static void doubleClick(Tree tree, TreeItem item) {
		// a person pauses between two double-clicks; without the pause GTK would count a triple click
		for (int round = 0; round < 8; round++) {
			Workbench.spin();
			UiTestSupport.sleep(100);
		}
		Rectangle bounds = scrolledIntoView(tree, item);
		RealMouse.doubleClick(tree, bounds.x + Math.min(20, bounds.width / 2), bounds.y + bounds.height / 2);
	}
}

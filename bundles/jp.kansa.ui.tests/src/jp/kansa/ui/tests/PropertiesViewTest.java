/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;

import jp.kansa.model.CheckPoint;
import jp.kansa.ui.internal.views.CatalogNavigatorView;
import jp.kansa.ui.internal.views.CheckPointDetailView;
import jp.kansa.ui.internal.views.CrossReferenceView;

class PropertiesViewTest {

	@Test
	void propertiesViewShowsTheContentOfTheSelectedCheckPoint() {
		IWorkbenchPage page = Workbench.openCatalogPerspective();
		CatalogNavigatorView navigator = Workbench.show(page, CatalogNavigatorView.ID, CatalogNavigatorView.class);
		Workbench.show(page, CheckPointDetailView.ID, CheckPointDetailView.class);
		Workbench.show(page, CrossReferenceView.ID, CrossReferenceView.class);
		PropertySheet properties = Workbench.show(page, IPageLayout.ID_PROP_SHEET, PropertySheet.class);
		page.activate(navigator);
		CheckPoint checkPoint = CatalogFacts.checkPoint("1-A-2-①"); //$NON-NLS-1$

		NavigationTest.clickInNavigator(navigator, checkPoint);
		Workbench.spin();

		Tree tree = (Tree) properties.getCurrentPage().getControl();
		Workbench.waitUntil(() -> tree.getItemCount() > 0);
		List<TreeItem> rows = Workbench.descendants(tree.getItems());
		assertTrue(rows.stream().anyMatch(row -> checkPoint.getContent().equals(row.getText(1))),
				() -> "rows: " + rows.stream().map(row -> row.getText(0) + "=" + row.getText(1)).toList()); //$NON-NLS-1$ //$NON-NLS-2$

		File screenshot = Workbench.screenshot(navigator.getSite().getShell(), "catalog-perspective-1-A-2-1"); //$NON-NLS-1$
		assertTrue(screenshot.length() > 0);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.CheckPoint;
import jp.kansa.ui.internal.views.CatalogNavigatorView;

class CatalogNavigatorViewTest {

	private CatalogNavigatorView navigator;

	@BeforeEach
	void open() {
		IWorkbenchPage page = Workbench.openCatalogPerspective();
		navigator = Workbench.show(page, CatalogNavigatorView.ID, CatalogNavigatorView.class);
	}

	@AfterEach
	void clearSearch() {
		navigator.setFilterText(""); //$NON-NLS-1$
		Workbench.spin();
	}

	@Test
	void showsTwoPartsWithTheItemsAndCheckPointsOfTheCatalog() {
		navigator.getViewer().expandAll();
		Tree tree = navigator.getViewer().getTree();

		assertEquals("Part 1 主に医療機関が実施する項目", tree.getItem(0).getText()); //$NON-NLS-1$
		assertEquals("Part 2 医療機関と事業者が共同で実施する項目", tree.getItem(1).getText()); //$NON-NLS-1$
		List<TreeItem> all = Workbench.descendants(tree.getItems());
		assertEquals(2, tree.getItemCount());
		assertEquals(46, all.stream().filter(item -> Workbench.depth(item) == 2).count(), "items"); //$NON-NLS-1$
		assertEquals(54, all.stream().filter(item -> Workbench.depth(item) == 3).count(), "check points"); //$NON-NLS-1$
		assertTrue(all.stream().anyMatch(item -> item.getText().startsWith("① 事業者との契約・協働体制を") //$NON-NLS-1$
				&& item.getText().endsWith("[1-A-2-①]")), "check point label with marker, content and id"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void japaneseSearchShowsOnlyMatchingCheckPoints() {
		String query = "バックアップ"; //$NON-NLS-1$

		navigator.setFilterText(query);
		Workbench.spin();

		Set<String> shown = visibleCheckPointIds();
		assertEquals(CatalogFacts.idsContaining(query), shown);
		assertTrue(shown.size() > 1 && shown.size() < 54, shown.toString());
	}

	@Test
	void fullWidthQueryFindsHalfWidthText() {
		navigator.setFilterText("ＳＬＡ"); //$NON-NLS-1$
		Workbench.spin();

		Set<String> shown = visibleCheckPointIds();
		assertEquals(CatalogFacts.idsContaining("SLA"), shown); //$NON-NLS-1$
		assertFalse(shown.isEmpty());
	}

	@Test
	void clearingTheSearchShowsEverythingAgain() {
		navigator.setFilterText("バックアップ"); //$NON-NLS-1$
		navigator.setFilterText(""); //$NON-NLS-1$
		navigator.getViewer().expandAll();

		assertEquals(54, visibleCheckPointIds().size());
	}

	@Test
	void selectRevealsAndSelectsTheCheckPoint() {
		CheckPoint checkPoint = CatalogFacts.checkPoint("2-A-9-②"); //$NON-NLS-1$

		navigator.select(checkPoint);
		Workbench.spin();

		TreeItem[] selection = navigator.getViewer().getTree().getSelection();
		assertEquals(1, selection.length);
		assertTrue(selection[0].getText().endsWith("[2-A-9-②]"), selection[0].getText()); //$NON-NLS-1$
	}

	private Set<String> visibleCheckPointIds() {
		return Workbench.descendants(navigator.getViewer().getTree().getItems()).stream()
				.filter(item -> item.getData() instanceof CheckPoint)
				.map(item -> item.getText().replaceAll(".*\\[(.+)\\]$", "$1")) //$NON-NLS-1$ //$NON-NLS-2$
				.collect(Collectors.toCollection(TreeSet::new));
	}
}

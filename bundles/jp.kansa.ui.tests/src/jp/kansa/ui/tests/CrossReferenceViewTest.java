/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Section;
import jp.kansa.ui.internal.views.CatalogNavigatorView;
import jp.kansa.ui.internal.views.CrossReferenceView;
import jp.kansa.ui.internal.xref.CitationLeaf;

class CrossReferenceViewTest {

	private IWorkbenchPage page;
	private CatalogNavigatorView navigator;
	private CrossReferenceView crossReference;

	@BeforeEach
	void open() {
		page = Workbench.openCatalogPerspective();
		navigator = Workbench.show(page, CatalogNavigatorView.ID, CatalogNavigatorView.class);
		crossReference = Workbench.show(page, CrossReferenceView.ID, CrossReferenceView.class);
	}

	@Test
	void listsExactlyTheCheckPointsCitingKikakuKanri7() {
		Section section = CatalogFacts.element(CatalogFacts.KIKAKU_7, Section.class);

		TreeItem sectionItem = revealed(section);
		crossReference.getViewer().setExpandedState(section, true);
		Workbench.spin();

		Set<String> leaves = Arrays.stream(sectionItem.getItems())
				.filter(item -> item.getData() instanceof CitationLeaf)
				.map(item -> item.getText(0).split(" ")[0]) //$NON-NLS-1$
				.collect(Collectors.toCollection(TreeSet::new));
		Set<String> expected = CatalogFacts.idsCiting(CatalogFacts.KIKAKU_7);
		assertEquals(expected, leaves);
		assertTrue(sectionItem.getText(0).startsWith("7"), sectionItem.getText(0)); //$NON-NLS-1$
		assertTrue(Integer.parseInt(sectionItem.getText(1)) >= expected.size(), sectionItem.getText(1));
		assertEquals(expected, new TreeSet<>(crossReference.getCitingCheckPoints(section).stream()
				.map(CheckPoint::getId).toList()));
	}

	@Test
	void choosingACheckPointLeafSelectsItInTheNavigator() {
		Section section = CatalogFacts.element(CatalogFacts.KIKAKU_7, Section.class);
		TreeItem sectionItem = revealed(section);
		crossReference.getViewer().setExpandedState(section, true);
		Workbench.spin();
		TreeItem leaf = Arrays.stream(sectionItem.getItems())
				.filter(item -> item.getData() instanceof CitationLeaf).reduce((first, second) -> second).orElseThrow();
		CheckPoint expected = ((CitationLeaf) leaf.getData()).checkPoint();

		clickTreeItem(crossReference.getViewer().getTree(), leaf);

		TreeItem[] selection = navigator.getViewer().getTree().getSelection();
		assertEquals(1, selection.length);
		assertSame(expected, selection[0].getData());
		assertTrue(selection[0].getText().endsWith("[" + expected.getId() + "]"), selection[0].getText()); //$NON-NLS-1$ //$NON-NLS-2$
		// no ping-pong: the leaf the user chose stays selected
		assertSame(leaf, crossReference.getViewer().getTree().getSelection()[0]);
	}

	@Test
	void selectingACheckPointInTheNavigatorShowsItsFirstCitedSection() {
		CheckPoint checkPoint = CatalogFacts.checkPoint("1-A-1-①"); //$NON-NLS-1$

		NavigationTest.clickInNavigator(navigator, checkPoint);
		Workbench.spin();

		TreeItem[] selection = crossReference.getViewer().getTree().getSelection();
		assertEquals(1, selection.length);
		CitationLeaf leaf = (CitationLeaf) selection[0].getData();
		assertSame(checkPoint, leaf.checkPoint());
		assertSame(checkPoint.getReferences().get(0).getTarget(), leaf.target());
		assertTrue(selection[0].getText(0).startsWith("1-A-1-①"), selection[0].getText(0)); //$NON-NLS-1$
	}

	@Test
	void theNameColumnFillsTheViewAndTheCountStaysVisibleWhenTheWindowNarrows() {
		Tree tree = crossReference.getViewer().getTree();
		Shell shell = tree.getShell();
		Point original = shell.getSize();
		try {
			for (int width : new int[] { original.x - 150, original.x }) {
				int treeWidthBefore = tree.getSize().x;
				shell.setSize(width, original.y);
				Workbench.waitUntil(() -> tree.getSize().x != treeWidthBefore && fitted(tree));
				assertTrue(fitted(tree), "name " + tree.getColumn(0).getWidth() + " + count " //$NON-NLS-1$ //$NON-NLS-2$
						+ tree.getColumn(1).getWidth() + " in " + tree.getClientArea().width); //$NON-NLS-1$
			}
		} finally {
			shell.setSize(original);
			Workbench.spin();
		}
	}

	/** The name column takes what the count column leaves of the tree's width (160 pixels at least). */
	private static boolean fitted(Tree tree) {
		int client = tree.getClientArea().width;
		return client > 0 && tree.getColumn(0).getWidth() == Math.max(client - tree.getColumn(1).getWidth(), 160);
	}

	private TreeItem revealed(Section section) {
		crossReference.reveal(section);
		Workbench.spin();
		TreeItem[] selection = crossReference.getViewer().getTree().getSelection();
		assertEquals(1, selection.length);
		assertSame(section, selection[0].getData());
		return selection[0];
	}

	/** Selects the item the way a mouse click does: widget selection plus the Selection event. */
	private static void clickTreeItem(Tree tree, TreeItem item) {
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
		Workbench.spin();
	}
}

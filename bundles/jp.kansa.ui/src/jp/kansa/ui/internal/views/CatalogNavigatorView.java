/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;

import jp.kansa.model.CatalogElement;
import jp.kansa.model.CheckPoint;
import jp.kansa.ui.internal.SharedCatalog;
import jp.kansa.ui.internal.i18n.Messages;
import jp.kansa.ui.internal.labels.CatalogLabelProvider;
import jp.kansa.ui.internal.xref.CitationLeaf;

/**
 * 確認表ナビゲーター: the checklist as Part → category → item → check point, with a search box
 * above. Its selection drives the detail view, the cross-reference view and the Properties view.
 */
public class CatalogNavigatorView extends LinkedCatalogTreeView {

	public static final String ID = "jp.kansa.ui.views.catalogNavigator"; //$NON-NLS-1$

	private Text searchText;
	private SearchFilter searchFilter;
	/**
	 * One double-click reaches the view twice (the mouse event and the default selection), and on
	 * a busy machine the two can fall into different event cycles; opening twice would fold an
	 * item open and shut again. Anything within this window of the last open is the same gesture.
	 */
	private static final long SAME_GESTURE_MILLIS = 400;

	private long lastOpenMillis = Long.MIN_VALUE;

	public CatalogNavigatorView() {
		super(CrossReferenceView.ID);
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		searchText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		searchText.setMessage(Messages.Navigator_searchHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(searchText);
		searchText.addModifyListener(event -> applyFilter(searchText.getText()));

		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new NavigatorContentProvider());
		viewer.setLabelProvider(new CatalogLabelProvider(SharedCatalog.adapterFactory()));
		viewer.setUseHashlookup(true);
		searchFilter = new SearchFilter(SharedCatalog.matcher());
		viewer.setFilters(searchFilter);
		viewer.setInput(SharedCatalog.catalog());
		viewer.expandToLevel(2);
		hookOpen();

		linkToPartner();
	}

	/**
	 * Opens on a double-click and on Enter. GTK does not always turn a double-click into the
	 * tree's default selection (which is all JFace's double-click listener hears), so the mouse
	 * event is handled too; whichever comes first opens, once per gesture.
	 */
	private void hookOpen() {
		Tree tree = viewer.getTree();
		tree.addListener(SWT.MouseDoubleClick, event -> {
			TreeItem item = event.button == 1 ? tree.getItem(new Point(event.x, event.y)) : null;
			if (item != null) {
				openOnce(item.getData());
			}
		});
		viewer.addDoubleClickListener(event -> openOnce(((IStructuredSelection) event.getSelection()).getFirstElement()));
	}

	private void openOnce(Object element) {
		long now = System.nanoTime() / 1_000_000;
		if (lastOpenMillis != Long.MIN_VALUE && now - lastOpenMillis < SAME_GESTURE_MILLIS) {
			return;
		}
		lastOpenMillis = now;
		open(element);
	}

	/**
	 * A double-click (or Enter) opens what the item stands for: a Part, category or item folds
	 * open or shut; a check point brings 詳細 to the front, which already shows it.
	 */
	private void open(Object element) {
		if (element instanceof CheckPoint) {
			try {
				getSite().getPage().showView(CheckPointDetailView.ID);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		} else if (element != null && viewer.isExpandable(element)) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	@Override
	protected void showLocation(Object element) {
		if (element instanceof CatalogElement catalogElement) {
			select(catalogElement);
		}
	}

	/** Sets the search text as if typed (the filter follows the text box). */
	public void setFilterText(String text) {
		searchText.setText(text == null ? "" : text); //$NON-NLS-1$
	}

	/** Selects and reveals the element; clears the search first if it hides the element. */
	public void select(CatalogElement element) {
		if (element == null || isSelected(element)) {
			return;
		}
		if (searchFilter.isActive() && !SharedCatalog.matcher().matches(element, searchText.getText())) {
			setFilterText(""); //$NON-NLS-1$
		}
		viewer.setSelection(new StructuredSelection(element), true);
	}

	private boolean isSelected(Object element) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.size() == 1 && Objects.equals(selection.getFirstElement(), element);
	}

	private void applyFilter(String text) {
		searchFilter.setQuery(text);
		viewer.getControl().setRedraw(false);
		try {
			viewer.refresh();
			if (searchFilter.isActive()) {
				viewer.expandAll();
			} else {
				viewer.expandToLevel(2);
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** Follows check points picked in the cross-reference view. */
	@Override
	protected void partnerSelected(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof CitationLeaf leaf) {
			select(leaf.checkPoint());
		}
	}

	/** The check point currently selected, if one is. */
	public CheckPoint getSelectedCheckPoint() {
		return viewer.getStructuredSelection().getFirstElement() instanceof CheckPoint checkPoint ? checkPoint : null;
	}
}

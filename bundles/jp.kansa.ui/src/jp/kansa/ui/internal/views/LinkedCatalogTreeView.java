/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * A catalog tree view whose selection follows one partner view: it publishes its tree's
 * selection to the workbench, listens to the partner, records where the auditor went for 戻る
 * ({@link NavigationHistory}), and gives the Properties view the catalog property page.
 */
abstract class LinkedCatalogTreeView extends ViewPart {

	private final String partnerViewId;
	private final ISelectionListener partnerListener = this::partnerSelected;

	protected TreeViewer viewer;

	protected LinkedCatalogTreeView(String partnerViewId) {
		this.partnerViewId = partnerViewId;
	}

	/** Call at the end of createPartControl, once {@link #viewer} exists. */
	protected void linkToPartner() {
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addSelectionListener(partnerViewId, partnerListener);
		NavigationHistory.of(getSite().getPage());
	}

	/** The partner view selected something. */
	protected abstract void partnerSelected(IWorkbenchPart part, ISelection selection);

	/** Selects and reveals an element this view selected before (going back in the history). */
	protected abstract void showLocation(Object element);

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(partnerViewId, partnerListener);
		super.dispose();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new CatalogPropertySheetPage());
		}
		return super.getAdapter(adapter);
	}

	public TreeViewer getViewer() {
		return viewer;
	}
}

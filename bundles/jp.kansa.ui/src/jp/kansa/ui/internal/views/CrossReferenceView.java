/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.ui.internal.SharedCatalog;
import jp.kansa.ui.internal.i18n.Messages;
import jp.kansa.ui.internal.xref.CitationLeaf;
import jp.kansa.ui.internal.xref.CitedOnlyFilter;
import jp.kansa.ui.internal.xref.CrossReferenceContentProvider;
import jp.kansa.ui.internal.xref.CrossReferenceIndex;

/**
 * ガイドライン相互参照: guideline document → 編 → section, with the check points citing each
 * node as leaves and the number of citing check points in a second column.
 * <p>
 * Selection is synchronised both ways with the navigator; each side ignores a selection it
 * already shows, which ends the echo after one round.
 */
public class CrossReferenceView extends LinkedCatalogTreeView {

	public static final String ID = "jp.kansa.ui.views.crossReference"; //$NON-NLS-1$

	private final CrossReferenceIndex index = SharedCatalog.crossReferences();
	private final ViewerFilter citedOnly = new CitedOnlyFilter(index);
	private IAction citedOnlyAction;

	public CrossReferenceView() {
		super(CatalogNavigatorView.ID);
	}

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		new CrossReferenceColumns(viewer, index).create();
		viewer.setContentProvider(new CrossReferenceContentProvider(index));
		viewer.setFilters(citedOnly);
		viewer.setInput(SharedCatalog.catalog());
		viewer.expandToLevel(2);
		createToolbar();

		linkToPartner();
	}

	private void createToolbar() {
		citedOnlyAction = new Action(Messages.CrossReference_citedOnly, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setCitedOnly(isChecked());
			}
		};
		citedOnlyAction.setToolTipText(Messages.CrossReference_citedOnlyTooltip);
		citedOnlyAction.setChecked(true);
		getViewSite().getActionBars().getToolBarManager().add(citedOnlyAction);
	}

	/** Expands to the guideline node and selects it. */
	public void reveal(ReferenceTarget target) {
		if (index.citingCount(target) == 0) {
			setCitedOnly(false);
		}
		viewer.setSelection(new StructuredSelection(target), true);
	}

	@Override
	protected void showLocation(Object element) {
		if (element instanceof ReferenceTarget target) {
			reveal(target);
		} else {
			viewer.setSelection(new StructuredSelection(element), true);
		}
	}

	/** The check points citing the node directly, in catalog order. */
	public List<CheckPoint> getCitingCheckPoints(ReferenceTarget target) {
		return index.directlyCiting(target);
	}

	/** Shows only cited nodes (the default) or the whole guideline tree. */
	public void setCitedOnly(boolean on) {
		citedOnlyAction.setChecked(on);
		if (on) {
			viewer.addFilter(citedOnly);
		} else {
			viewer.removeFilter(citedOnly);
		}
	}

	@Override
	protected void partnerSelected(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof CheckPoint checkPoint
				&& !showsCheckPoint(checkPoint)) {
			index.firstTarget(checkPoint).ifPresent(
					target -> viewer.setSelection(new StructuredSelection(new CitationLeaf(target, checkPoint)), true));
		}
	}

	/** True when a leaf of this check point is already selected, under whichever section. */
	private boolean showsCheckPoint(CheckPoint checkPoint) {
		return viewer.getStructuredSelection().getFirstElement() instanceof CitationLeaf leaf
				&& leaf.checkPoint() == checkPoint;
	}
}

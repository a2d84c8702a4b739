/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Reference;
import jp.kansa.ui.internal.i18n.Messages;
import jp.kansa.ui.internal.labels.CatalogLabels;

/**
 * 詳細: everything the 確認表 prints for the check point (or every check point of the item)
 * selected in the navigator — or of the contract's check selected in the engagement editor —,
 * wrapped to the view width so that no text is cut.
 */
public class CheckPointDetailView extends ViewPart {

	public static final String ID = "jp.kansa.ui.views.checkPointDetail"; //$NON-NLS-1$

	private final ISelectionListener navigatorListener = this::navigatorSelected;
	private final ISelectionListener partListener = this::partSelected;
	private final List<ReferenceLink> referenceLinks = new ArrayList<>();

	private FormToolkit toolkit;
	private ScrolledForm form;
	private Object shown;

	/** A hyperlink of the ガイドライン等関連部分 section and the reference it opens. */
	public record ReferenceLink(Reference reference, Hyperlink hyperlink) {
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		TableWrapLayout layout = new TableWrapLayout();
		layout.verticalSpacing = 6;
		form.getBody().setLayout(layout);
		IWorkbenchPage page = getSite().getPage();
		page.addSelectionListener(CatalogNavigatorView.ID, navigatorListener);
		page.addPostSelectionListener(partListener);
		navigatorSelected(null, page.getSelection(CatalogNavigatorView.ID));
		if (shown == null) {
			show(null);
		}
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(CatalogNavigatorView.ID, navigatorListener);
		getSite().getPage().removePostSelectionListener(partListener);
		toolkit.dispose();
		super.dispose();
	}

	/** Shows a check point, all check points of an item, or a hint for anything else. */
	public void show(Object element) {
		shown = element;
		referenceLinks.clear();
		form.setRedraw(false);
		try {
			for (Control child : form.getBody().getChildren()) {
				child.dispose();
			}
			DetailRenderer renderer = new DetailRenderer(toolkit, form.getBody(), this::linkCreated);
			if (element instanceof CheckPoint checkPoint) {
				form.setText(checkPoint.getId());
				renderer.checkPoint(checkPoint, true);
			} else if (element instanceof Item item) {
				form.setText(CatalogLabels.text(item));
				item.getCheckPoints().forEach(checkPoint -> renderer.checkPoint(checkPoint, false));
			} else {
				form.setText(""); //$NON-NLS-1$
				renderer.hint(Messages.Detail_empty);
			}
		} finally {
			form.setRedraw(true);
		}
		form.reflow(true);
		form.setOrigin(0, 0);
	}

	/** What the view shows now: a check point, an item, or null. */
	public Object getShownElement() {
		return shown;
	}

	/** The form the detail is drawn in, for tests that look at the widgets. */
	public ScrolledForm getForm() {
		return form;
	}

	public List<ReferenceLink> getReferenceLinks() {
		return List.copyOf(referenceLinks);
	}

	/**
	 * Opens the cross-reference view at the cited guideline node, as a click on the link does.
	 * The view is activated, not only made visible: stacked behind other tabs (the engagement
	 * perspective) a merely visible view stays hidden and the click seems to do nothing.
	 */
	public void activateReference(Reference reference) {
		if (reference.getTarget() == null) {
			return;
		}
		try {
			CrossReferenceView view = (CrossReferenceView) getSite().getPage().showView(CrossReferenceView.ID);
			view.reveal(reference.getTarget());
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	private void linkCreated(Reference reference, Hyperlink hyperlink) {
		referenceLinks.add(new ReferenceLink(reference, hyperlink));
		hyperlink.addHyperlinkListener(org.eclipse.ui.forms.events.IHyperlinkListener.linkActivatedAdapter(
				event -> activateReference(reference)));
	}

	/**
	 * Follows whatever another part selects that stands for one check point — a row of 評価 or a
	 * cell of the matrix (a contract's check, adapted by the engagement editor) — so the check
	 * point's risks and references sit beside the assessment being written. Anything else leaves
	 * the detail as it is, as the navigator's other nodes do.
	 */
	private void partSelected(IWorkbenchPart part, ISelection selection) {
		if (part != this && !(part instanceof CatalogNavigatorView)
				&& selection instanceof IStructuredSelection structured && structured.size() == 1) {
			CheckPoint checkPoint = Adapters.adapt(structured.getFirstElement(), CheckPoint.class);
			if (checkPoint != null && checkPoint != shown) {
				show(checkPoint);
			}
		}
	}

	private void navigatorSelected(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			Object element = structured.getFirstElement();
			if (element != shown && (element instanceof CheckPoint || element instanceof Item)) {
				show(element);
			}
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Finding;
import jp.kansa.model.KansaPackage.Literals;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/** 指摘事項: the findings and the one selected. */
public class FindingsPage extends EngagementPage {

	public static final String ID = "findings"; //$NON-NLS-1$

	private TableViewer findings;
	private Section detailSection;
	private PropertyForm detail;
	private FindingCheckPoints checkPoints;

	/** Every feature but the related check points, which are chosen from the catalog below the form. */
	private static final List<EStructuralFeature> DETAIL_FEATURES = Literals.FINDING.getEAllStructuralFeatures().stream()
			.filter(f -> f != Literals.FINDING__CHECK_POINT_IDS).toList();

	public FindingsPage(EngagementEditor editor) {
		super(editor, ID, Messages.Page_findings);
	}

	@Override
	protected void createContent(FormToolkit toolkit, ScrolledForm form) {
		form.getBody().setLayout(new FitWidthLayout());
		SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
		toolkit.adapt(sash);
		Composite list = toolkit.createComposite(sash);
		list.setLayout(new GridLayout());
		findings = new TableViewer(toolkit.createTable(list, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI));
		Tables.column(findings, Messages.Finding_title, 260, ModelLabels::of, null, editor());
		Tables.column(findings, Messages.Finding_severity, 60, o -> ModelLabels.literal(((Finding) o).getSeverity()), null,
				editor());
		Tables.column(findings, Messages.Finding_status, 70, o -> ModelLabels.literal(((Finding) o).getStatus()), null,
				editor());
		Tables.column(findings, Messages.Finding_owner, 140, o -> ModelLabels.of(((Finding) o).getOwner()), null, editor());
		Tables.column(findings, Messages.Finding_due, 90, o -> ModelLabels.of(((Finding) o).getDueDate()), null, editor());
		// 状況, 対応責任者 and 対応期限 must not hide behind a sideways scroll
		ColumnWeights.apply(findings.getTable(), 90, 48, 56, 60, 84);
		findings.setContentProvider(ArrayContentProvider.getInstance());
		Tables.layout(findings.getTable(), 10);
		Composite buttons = toolkit.createComposite(list);
		buttons.setLayout(new GridLayout(2, true));
		toolkit.createButton(buttons, Messages.Button_add, SWT.PUSH).addListener(SWT.Selection, e -> {
			commands().execute(commands().addFinding(Messages.Finding_new));
			var all = editor().engagement().getFindings();
			findings.setSelection(new StructuredSelection(all.get(all.size() - 1)), true);
		});
		toolkit.createButton(buttons, Messages.Button_remove, SWT.PUSH).addListener(SWT.Selection,
				e -> commands().execute(commands().delete(
						findings.getStructuredSelection().stream().map(EObject.class::cast).toList())));

		detailSection = toolkit.createSection(sash, Section.TITLE_BAR);
		detailSection.setText(Messages.Detail_title);
		Composite client = toolkit.createComposite(detailSection);
		client.setLayout(new GridLayout());
		detailSection.setClient(client);
		detail = new PropertyForm(toolkit, client, editor());
		detail.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		checkPoints = new FindingCheckPoints(toolkit, client, editor());
		sash.setWeights(1, 1);
		findings.addSelectionChangedListener(e -> {
			Object first = e.getStructuredSelection().getFirstElement();
			Finding finding = first instanceof Finding f ? f : null;
			detail.setInput(finding, finding == null ? null : DETAIL_FEATURES);
			checkPoints.setInput(finding);
			detailSection.setText(first == null ? Messages.Detail_title : ModelLabels.of(first));
			client.layout(true, true);
			// the detail grew or shrank: the page's scroll bars must follow, or at 1024×700 状況 and
			// 関連確認事項 lay below the editor's edge with nothing to scroll to them
			getManagedForm().reflow(true);
		});
		selection().follow(findings);
		checkPoints.table().addSelectionChangedListener(e -> relatedCheckPointSelected(e.getStructuredSelection()));
	}

	/**
	 * A related check point clicked: the page's selection becomes that check point of the
	 * catalog, so 詳細 shows its risks and references beside the finding (the list holds ids; an
	 * id the catalog does not know changes nothing).
	 */
	private void relatedCheckPointSelected(IStructuredSelection related) {
		if (related.size() == 1 && CatalogRows.checkPoint((String) related.getFirstElement()) instanceof CheckPoint checkPoint) {
			selection().setSelection(new StructuredSelection(checkPoint));
		}
	}

	@Override
	public void refresh() {
		findings.setInput(editor().engagement().getFindings().toArray());
		detail.refresh();
		checkPoints.refresh();
	}

	/** The related check points of the selected finding. */
	public FindingCheckPoints checkPoints() {
		return checkPoints;
	}

	public TableViewer findings() {
		return findings;
	}

	@Override
	public boolean reveal(EObject object) {
		if (object instanceof Finding) {
			findings.setSelection(new StructuredSelection(object), true);
			return true;
		}
		return false;
	}
}

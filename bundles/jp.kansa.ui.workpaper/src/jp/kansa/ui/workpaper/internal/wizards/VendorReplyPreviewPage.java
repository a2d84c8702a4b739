/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import static jp.kansa.ui.workpaper.internal.wizards.PreviewTables.column;
import static jp.kansa.ui.workpaper.internal.wizards.PreviewTables.table;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.ui.workpaper.internal.i18n.VendorMessages;
import jp.kansa.vendor.AnswerChange;
import jp.kansa.vendor.VendorReply;

/** Every answer cell (with the earlier answer and the institution's record) and every problem, before anything is imported. */
public final class VendorReplyPreviewPage extends WizardPage {

	private Label summary;
	private TableViewer changes;
	private TableViewer problems;
	private Button receivedOnly;
	private VendorReply reply;

	VendorReplyPreviewPage() {
		super("replyPreview"); //$NON-NLS-1$
		setTitle(VendorMessages.ReplyPreviewPage_title);
		setDescription(VendorMessages.ReplyPreviewPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(summary);
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 360).applyTo(sash);
		changes = table(sash);
		column(changes, AnswerChange.class, VendorMessages.Preview_cell, 70, AnswerChange::location);
		column(changes, AnswerChange.class, VendorMessages.Preview_check, 110, c -> c.check().getId());
		column(changes, AnswerChange.class, VendorMessages.Preview_field, 110, c -> c.column().header());
		column(changes, AnswerChange.class, VendorMessages.Preview_previous, 100, AnswerChange::previousText);
		column(changes, AnswerChange.class, VendorMessages.Preview_answer, 160, AnswerChange::newText);
		column(changes, AnswerChange.class, VendorMessages.Preview_institution, 100, AnswerChange::institutionText);
		problems = table(sash);
		column(problems, ImportProblem.class, VendorMessages.Preview_sheet, 90, ImportProblem::sheet);
		column(problems, ImportProblem.class, VendorMessages.Preview_cell, 60, p -> p.cell() == null ? "" : p.cell()); //$NON-NLS-1$
		column(problems, ImportProblem.class, VendorMessages.Preview_expected, 240, ImportProblem::expected);
		column(problems, ImportProblem.class, VendorMessages.Preview_found, 200,
				p -> p.found() == null ? VendorMessages.Preview_empty : p.found());
		sash.setWeights(3, 2);
		// a reply with problems goes back to the vendor, but the auditor still records that it came
		receivedOnly = new Button(body, SWT.CHECK);
		receivedOnly.setText(VendorMessages.ReplyPreviewPage_receivedOnly);
		receivedOnly.addListener(SWT.Selection, e -> updateComplete());
		setControl(body);
	}

	void show(VendorReply read) {
		this.reply = read;
		summary.setText(NLS.bind(VendorMessages.ReplyPreviewPage_summary,
				new Object[] { read.getWorkbook().getFileName(), VendorRequestPage.name(read.getVendor()),
						read.getRequest().getId(), read.getRowsRead(), read.getChanges().size(), read.getProblems().size() }));
		summary.getParent().layout(true, true);
		if (read.hasProblems()) {
			setMessage(VendorMessages.ReplyPreviewPage_problems, WARNING);
		} else if (read.getChanges().isEmpty()) {
			setMessage(VendorMessages.ReplyPreviewPage_nothing, INFORMATION);
		} else {
			setMessage(null);
		}
		updateComplete();
	}

	private void updateComplete() {
		setPageComplete(reply != null && (reply.canApply() || receivedOnly()));
	}

	/** Whether 完了 records only that the vendor answered (回答済), importing nothing. */
	public boolean receivedOnly() {
		return receivedOnly != null && receivedOnly.getSelection();
	}

	public Button receivedOnlyButton() {
		return receivedOnly;
	}

	@Override
	public void setVisible(boolean visible) {
		// rows go in once the page shows: a GTK table filled while hidden draws its rows without text
		if (visible && reply != null) {
			changes.setInput(reply.getChanges());
			problems.setInput(reply.getProblems());
		}
		super.setVisible(visible);
	}

	public Table changesTable() {
		return changes.getTable();
	}

	public Table problemsTable() {
		return problems.getTable();
	}

	public String summary() {
		return summary.getText();
	}
}

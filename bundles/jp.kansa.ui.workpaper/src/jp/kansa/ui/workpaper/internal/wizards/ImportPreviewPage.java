/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import static jp.kansa.ui.workpaper.internal.wizards.PreviewTables.column;
import static jp.kansa.ui.workpaper.internal.wizards.PreviewTables.table;

import java.util.Locale;

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

import jp.kansa.importer.xlsx.ApplyPolicy;
import jp.kansa.importer.xlsx.ImportPreview;
import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.importer.xlsx.ProposedChange;
import jp.kansa.ui.workpaper.internal.i18n.Messages;

/**
 * Every change the import would make and every cell it cannot take, before anything is applied.
 * With problems, Finish stays disabled unless the user explicitly asks for the valid changes only
 * ({@link ApplyPolicy#VALID_CHANGES_ONLY}); the default is the importer's all-or-nothing.
 */
public final class ImportPreviewPage extends WizardPage {

	private final ImportSession session;
	private Label summary;
	private TableViewer changes;
	private TableViewer problems;
	private Button validOnly;

	ImportPreviewPage(ImportSession session) {
		super("preview"); //$NON-NLS-1$
		this.session = session;
		setTitle(Messages.ImportPreviewPage_title);
		setDescription(Messages.ImportPreviewPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 380).applyTo(sash);
		changes = table(sash);
		column(changes, ProposedChange.class, Messages.Preview_cell, 90, c -> c.location());
		column(changes, ProposedChange.class, Messages.Preview_checkPoint, 70, ProposedChange::checkPointId);
		column(changes, ProposedChange.class, Messages.Preview_contract, 150, c -> c.contract().getTitle());
		column(changes, ProposedChange.class, Messages.Preview_field, 80, c -> c.field().label(Locale.getDefault()));
		column(changes, ProposedChange.class, Messages.Preview_old, 150, c -> orEmpty(c.oldText()));
		column(changes, ProposedChange.class, Messages.Preview_new, 150, c -> orEmpty(c.newText()));
		problems = table(sash);
		column(problems, ImportProblem.class, Messages.Preview_sheet, 110, ImportProblem::sheet);
		column(problems, ImportProblem.class, Messages.Preview_cell, 60, p -> orEmpty(p.cell()));
		column(problems, ImportProblem.class, Messages.Preview_expected, 260, ImportProblem::expected);
		column(problems, ImportProblem.class, Messages.Preview_found, 220, p -> p.found() == null ? Messages.Preview_empty : p.found());
		sash.setWeights(3, 2);
		validOnly = new Button(body, SWT.CHECK);
		validOnly.setText(Messages.ImportPreviewPage_validOnly);
		validOnly.addListener(SWT.Selection, e -> update());
		setControl(body);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	/** Shows a fresh preview; the "valid changes only" choice is asked again for every read. */
	void show(ImportPreview preview) {
		validOnly.setSelection(false);
		validOnly.setVisible(preview.hasProblems() && !preview.getChanges().isEmpty());
		summary.setText(NLS.bind(Messages.ImportPreviewPage_summary,
				new Object[] { preview.getWorkbook().getFileName(), preview.getChanges().size(),
						preview.getProblems().size() }));
		summary.getParent().layout(true, true);
		update();
	}

	@Override
	public void setVisible(boolean visible) {
		// rows are put in once the page shows: on GTK a table filled while hidden keeps columns
		// 0 wide and draws its rows without text
		if (visible && session.preview() != null) {
			changes.setInput(session.preview().getChanges());
			problems.setInput(session.preview().getProblems());
		}
		super.setVisible(visible);
	}

	private void update() {
		ImportPreview preview = session.preview();
		setErrorMessage(null);
		if (preview == null) {
			setPageComplete(false);
			return;
		}
		if (preview.getChanges().isEmpty()) {
			setMessage(Messages.ImportPreviewPage_nothing, WARNING);
		} else if (preview.hasProblems() && policy() == ApplyPolicy.ALL_OR_NOTHING) {
			setMessage(Messages.ImportPreviewPage_problems, WARNING);
		} else {
			setMessage(null);
		}
		setPageComplete(session.canApply(policy()));
	}

	ApplyPolicy policy() {
		return validOnly != null && validOnly.getSelection() ? ApplyPolicy.VALID_CHANGES_ONLY
				: ApplyPolicy.ALL_OR_NOTHING;
	}

	public Table changesTable() {
		return changes.getTable();
	}

	public Table problemsTable() {
		return problems.getTable();
	}

	/** Ticks "apply the valid changes only", as the user would after reading the problems. */
	public void chooseValidChangesOnly() {
		validOnly.setSelection(true);
		update();
	}
}

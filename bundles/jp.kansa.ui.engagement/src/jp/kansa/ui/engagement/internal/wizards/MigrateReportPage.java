/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jp.kansa.model.edition.MigrationReport;

/**
 * Page 2 of カタログ版の移行: the report of the migration done in memory — the summary, where it
 * will be written, and one row per moved or orphaned element, in the words of {@code kansa migrate}.
 */
public class MigrateReportPage extends WizardPage {

	private Label summary;
	private Label destination;
	private Label note;
	private Table rows;

	MigrateReportPage() {
		super("migrateReport"); //$NON-NLS-1$
		setTitle(MigrateMessages.reportTitle);
		setDescription(MigrateMessages.reportDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		summary = wrapping(area);
		destination = wrapping(area);
		note = wrapping(area);
		rows = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		rows.setHeaderVisible(true);
		new TableColumn(rows, SWT.LEFT).setText(MigrateMessages.reportColumn);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 260;
		data.widthHint = 640;
		rows.setLayoutData(data);
		setControl(area);
	}

	private static Label wrapping(Composite area) {
		Label label = new Label(area, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 640;
		label.setLayoutData(data);
		return label;
	}

	/** Shows a report; {@code noCatalogFor} names the new edition when its catalog is not built in. */
	void show(MigrationReport report, String target, boolean replaces, String noCatalogFor) {
		Locale locale = Locale.getDefault();
		summary.setText(report.summary(locale));
		destination.setText(NLS.bind(replaces ? MigrateMessages.reportOverwrites : MigrateMessages.reportTarget, target));
		note.setText(noCatalogFor == null ? "" : NLS.bind(MigrateMessages.reportNoCatalog, noCatalogFor)); //$NON-NLS-1$
		rows.removeAll();
		List<String> lines = report.lines(locale);
		for (String line : lines.isEmpty() ? List.of(MigrateMessages.reportNothing) : lines) {
			new TableItem(rows, SWT.NONE).setText(line);
		}
		rows.getColumn(0).pack();
		setErrorMessage(null);
		setMessage(replaces ? MigrateMessages.reportOverwrites.replace("{0}", target) : null, //$NON-NLS-1$
				replaces ? IMessageProvider.WARNING : IMessageProvider.NONE);
		((Composite) getControl()).layout(true, true);
		setPageComplete(true);
	}

	void failed(String problem) {
		summary.setText(""); //$NON-NLS-1$
		destination.setText(""); //$NON-NLS-1$
		note.setText(""); //$NON-NLS-1$
		rows.removeAll();
		setErrorMessage(NLS.bind(MigrateMessages.previewFailed, problem));
		setPageComplete(false);
	}

	public String summaryText() {
		return summary.getText();
	}

	public List<String> rowTexts() {
		return java.util.Arrays.stream(rows.getItems()).map(item -> item.getText(0)).toList();
	}

	public Table rows() {
		return rows;
	}
}

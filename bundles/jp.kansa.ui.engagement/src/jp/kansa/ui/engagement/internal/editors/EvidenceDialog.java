/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import jp.kansa.emf.ui.TitleMessageHeight;
import jp.kansa.model.Party;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Asks what an evidence file is before it is recorded: title, who provided it, from when and
 * until when it is valid — what the workpaper and the expiry check need and what the file name
 * alone does not say. Dates are ISO days; a wrong one is named and keeps 追加 disabled.
 */
public final class EvidenceDialog extends TitleAreaDialog {

	/** What the auditor entered. */
	public record Details(String title, Party provider, LocalDate effective, LocalDate expiry) {
	}

	private final String fileName;
	private final List<Party> parties;
	private Text titleField;
	private Combo providerCombo;
	private Text effectiveField;
	private Text expiryField;
	private Details details;

	public EvidenceDialog(Shell shell, String fileName, List<Party> parties) {
		super(shell);
		this.fileName = fileName;
		this.parties = List.copyOf(parties);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.EvidenceDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite outer = (Composite) super.createDialogArea(parent);
		TitleMessageHeight.follow(getShell()); // its messages are Japanese too: two whole lines
		setTitle(Messages.EvidenceDialog_title);
		setMessage(NLS.bind(Messages.EvidenceDialog_message, fileName));
		Composite area = new Composite(outer, SWT.NONE);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = convertHorizontalDLUsToPixels(IDialogConstants.HORIZONTAL_MARGIN);
		layout.marginHeight = convertVerticalDLUsToPixels(IDialogConstants.VERTICAL_MARGIN);
		area.setLayout(layout);
		titleField = field(area, Messages.EvidenceDialog_name, fileName);
		new Label(area, SWT.NONE).setText(Messages.EvidenceDialog_provider);
		providerCombo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		providerCombo.add(Messages.EvidenceDialog_noProvider);
		parties.forEach(party -> providerCombo.add(ModelLabels.of(party)));
		providerCombo.select(0);
		providerCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		effectiveField = field(area, Messages.EvidenceDialog_effective, ""); //$NON-NLS-1$
		expiryField = field(area, Messages.EvidenceDialog_expiry, ""); //$NON-NLS-1$
		effectiveField.setMessage(Messages.EvidenceDialog_dateHint);
		expiryField.setMessage(Messages.EvidenceDialog_dateHint);
		return outer;
	}

	private Text field(Composite area, String label, String initial) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER | SWT.SINGLE);
		text.setText(initial);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 360;
		text.setLayoutData(data);
		text.addListener(SWT.Modify, e -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// own labels: the dialog is Japanese whether or not the platform's texts are
		createButton(parent, IDialogConstants.OK_ID, Messages.EvidenceDialog_add, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.AssessmentPage_cancel, false);
		validate();
	}

	/** Shows the first problem and enables 追加 only when there is none. */
	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String problem = problem();
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	private String problem() {
		if (titleField.getText().isBlank()) {
			return Messages.EvidenceDialog_titleMissing;
		}
		try {
			LocalDate effective = date(effectiveField);
			LocalDate expiry = date(expiryField);
			if (effective != null && expiry != null && expiry.isBefore(effective)) {
				return Messages.EvidenceDialog_expiryBeforeEffective;
			}
		} catch (DateTimeParseException e) {
			String label = e.getParsedString().equals(effectiveField.getText().trim()) ? Messages.EvidenceDialog_effective
					: Messages.EvidenceDialog_expiry;
			return NLS.bind(Messages.EvidenceDialog_dateInvalid, label.replace(":", "").replace("：", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					e.getParsedString());
		}
		return null;
	}

	private static LocalDate date(Text field) {
		String text = field.getText().trim();
		return text.isEmpty() ? null : LocalDate.parse(text);
	}

	@Override
	protected void okPressed() {
		int provider = providerCombo.getSelectionIndex();
		details = new Details(titleField.getText().trim(), provider <= 0 ? null : parties.get(provider - 1),
				date(effectiveField), date(expiryField));
		super.okPressed();
	}

	/** What was entered; null until 追加 was pressed. */
	public Details details() {
		return details;
	}

	public Text titleField() {
		return titleField;
	}

	public Combo providerCombo() {
		return providerCombo;
	}

	public Text effectiveField() {
		return effectiveField;
	}

	public Text expiryField() {
		return expiryField;
	}
}

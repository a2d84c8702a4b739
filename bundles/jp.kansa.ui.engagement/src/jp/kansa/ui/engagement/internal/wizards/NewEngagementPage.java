/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jp.kansa.emf.ui.FileField;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.ui.engagement.internal.AuditorIdentity;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/** Name, institution, 基準日 and file of a new engagement. */
public class NewEngagementPage extends WizardPage {

	private Text name;
	private Text institution;
	private Text referenceDate;
	private Text file;
	/** The team's first 作成者 and 査閲者: optional, pre-filled from 設定 > 監査ワークベンチ. */
	private Text preparer;
	private Text reviewer;
	/** Fields the user has changed: only their problems are errors (red before typing frightens). */
	private final Set<Text> touched = new HashSet<>();

	NewEngagementPage() {
		super("newEngagement"); //$NON-NLS-1$
		setTitle(Messages.Wizard_title);
		setDescription(Messages.Wizard_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		name = field(area, Messages.Wizard_name, ""); //$NON-NLS-1$
		institution = field(area, Messages.Wizard_institution, ""); //$NON-NLS-1$
		referenceDate = field(area, Messages.Wizard_referenceDate, LocalDate.now().toString());
		preparer = field(area, Messages.Wizard_preparer, AuditorIdentity.defaultPreparer());
		reviewer = field(area, Messages.Wizard_reviewer, AuditorIdentity.defaultReviewer());
		file = field(area, Messages.Wizard_file,
				Path.of(System.getProperty("user.home"), "kansa", "engagement." + KansaResources.ENGAGEMENT_EXTENSION).toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String extension = "." + KansaResources.ENGAGEMENT_EXTENSION; //$NON-NLS-1$
		FileField.addBrowseButton(area, file, Messages.Wizard_browse, new FileField.Chooser(SWT.SAVE, getTitle(),
				new String[] { "*" + extension }, extension, () -> null)); //$NON-NLS-1$
		setControl(area);
		validate();
	}

	private Text field(Composite area, String label, String initial) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER);
		text.setText(initial);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 360;
		data.horizontalSpan = label.equals(Messages.Wizard_file) ? 1 : 2;
		text.setLayoutData(data);
		text.addListener(SWT.Modify, e -> {
			touched.add(text);
			validate();
		});
		return text;
	}

	/**
	 * Finish stays disabled while anything is missing or wrong, but a problem is shown as an
	 * error only once its field was touched; until then the page says, neutrally, what to do next.
	 */
	private void validate() {
		Text field = null;
		String problem = null;
		if (name.getText().isBlank()) {
			field = name;
			problem = Messages.Wizard_nameMissing;
		} else if (institution.getText().isBlank()) {
			field = institution;
			problem = Messages.Wizard_institutionMissing;
		} else if (referenceDate() == null) {
			field = referenceDate;
			problem = Messages.Wizard_dateInvalid;
		} else if (target() == null) {
			field = file;
			problem = Messages.Wizard_fileInvalid;
		} else if (Files.exists(target())) {
			field = file;
			problem = Messages.Wizard_fileExists;
		}
		boolean error = problem != null && touched.contains(field);
		setErrorMessage(error ? problem : null);
		setMessage(problem != null && !error ? problem : null, IMessageProvider.INFORMATION);
		setPageComplete(problem == null);
	}

	public Text nameField() {
		return name;
	}

	public Text institutionField() {
		return institution;
	}

	public Text referenceDateField() {
		return referenceDate;
	}

	public Text fileField() {
		return file;
	}

	public Text preparerField() {
		return preparer;
	}

	public Text reviewerField() {
		return reviewer;
	}

	/** The 作成者 to put on the team, "" for none. */
	String preparer() {
		return preparer.getText().strip();
	}

	/** The 査閲者 to put on the team, "" for none. */
	String reviewer() {
		return reviewer.getText().strip();
	}

	String name() {
		return name.getText().trim();
	}

	String institution() {
		return institution.getText().trim();
	}

	LocalDate referenceDate() {
		try {
			return LocalDate.parse(referenceDate.getText().trim());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	Path target() {
		Path typed = FileField.typedPath(file);
		return typed != null && typed.toString().endsWith("." + KansaResources.ENGAGEMENT_EXTENSION) ? typed : null; //$NON-NLS-1$
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jp.kansa.emf.ui.FileField;
import jp.kansa.model.edition.EditionMapping;
import jp.kansa.model.edition.EditionMappingException;
import jp.kansa.model.edition.EditionMappingReader;
import jp.kansa.model.resource.KansaResources;

/**
 * Page 1 of カタログ版の移行: the engagement, the edition mapping and the new file. The mapping is
 * read as soon as it is named, so a bad one is refused here with its file and line; the new file
 * is proposed beside the engagement, named after the new edition.
 */
public class MigrateFilesPage extends WizardPage {

	private static final String EXTENSION = "." + KansaResources.ENGAGEMENT_EXTENSION; //$NON-NLS-1$

	private final Path initialEngagement;
	private final java.util.function.Predicate<Path> hasUnsavedChanges;
	private Text engagement;
	private Text mapping;
	private Text target;
	private EditionMapping readMapping;
	private String mappingProblem;
	private String proposed;

	MigrateFilesPage(Path initialEngagement, java.util.function.Predicate<Path> hasUnsavedChanges) {
		super("migrateFiles"); //$NON-NLS-1$
		this.initialEngagement = initialEngagement;
		this.hasUnsavedChanges = hasUnsavedChanges;
		setTitle(MigrateMessages.filesTitle);
		setDescription(MigrateMessages.filesDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		engagement = field(area, MigrateMessages.engagementFile);
		browse(area, engagement, SWT.OPEN, "*" + EXTENSION); //$NON-NLS-1$
		mapping = field(area, MigrateMessages.mappingFile);
		browse(area, mapping, SWT.OPEN, "*.kansamap"); //$NON-NLS-1$
		target = field(area, MigrateMessages.newFile);
		browse(area, target, SWT.SAVE, "*" + EXTENSION); //$NON-NLS-1$
		// after the fields' own validation: judged again once the mapping is read
		engagement.addListener(SWT.Modify, e -> {
			propose();
			validate();
		});
		mapping.addListener(SWT.Modify, e -> {
			readMapping();
			propose();
			validate();
		});
		if (initialEngagement != null) {
			engagement.setText(initialEngagement.toString());
		}
		setControl(area);
		validate();
	}

	private void browse(Composite area, Text text, int style, String filter) {
		FileField.addBrowseButton(area, text, MigrateMessages.browse, new FileField.Chooser(style, getTitle(),
				new String[] { filter, "*" }, style == SWT.SAVE ? EXTENSION : null, () -> null)); //$NON-NLS-1$
	}

	private Text field(Composite area, String label) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 520; // room for a mapping problem (file:line: reason) in the message area
		text.setLayoutData(data);
		text.addListener(SWT.Modify, e -> validate());
		return text;
	}

	private void readMapping() {
		readMapping = null;
		mappingProblem = null;
		Path file = FileField.typedPath(mapping);
		if (file == null || !Files.isRegularFile(file)) {
			return;
		}
		try {
			readMapping = EditionMappingReader.read(file, Locale.getDefault());
		} catch (EditionMappingException e) {
			mappingProblem = e.getMessage(); // names the file and the line
		}
	}

	/** Beside the engagement, named after the new edition; only while the auditor has not typed one. */
	private void propose() {
		Path file = FileField.typedPath(engagement);
		if (file == null || readMapping == null || file.getParent() == null) {
			return;
		}
		String current = target.getText();
		if (!current.isEmpty() && !current.equals(proposed)) {
			return;
		}
		String stem = file.getFileName().toString();
		stem = stem.endsWith(EXTENSION) ? stem.substring(0, stem.length() - EXTENSION.length()) : stem;
		String edition = readMapping.toEdition().strip().replaceAll("[\\\\/:*?\"<>|\\s()\\[\\]【】]+", "-") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		proposed = file.resolveSibling(stem + "-" + (edition.isEmpty() ? "migrated" : edition) + EXTENSION).toString(); //$NON-NLS-1$ //$NON-NLS-2$
		target.setText(proposed);
	}

	/**
	 * A field not filled in yet is asked for in the message line, not reported as an error: the
	 * page opens with the mapping still to choose, and red text before the auditor has typed
	 * anything reads as a mistake. What is typed and wrong is an error.
	 */
	private void validate() {
		if (target == null) {
			return; // still being built
		}
		String problem = null;
		String prompt = null;
		String warning = null;
		Path source = engagementFile();
		Path output = newFile();
		if (engagement.getText().isBlank()) {
			prompt = MigrateMessages.engagementMissing;
		} else if (source == null || !Files.isRegularFile(source)) {
			problem = NLS.bind(MigrateMessages.fileNotFound, engagement.getText().strip());
		} else if (mappingProblem != null) {
			problem = mappingProblem;
		} else if (mapping.getText().isBlank()) {
			prompt = MigrateMessages.mappingMissing;
		} else if (readMapping == null) {
			problem = NLS.bind(MigrateMessages.fileNotFound, mapping.getText().strip());
		} else if (output == null) {
			problem = MigrateMessages.newFileInvalid;
		} else if (output.equals(source)) {
			warning = MigrateMessages.newFileIsOriginal;
		} else if (Files.exists(output)) {
			warning = NLS.bind(MigrateMessages.newFileExists, output.getFileName());
		}
		if (problem == null && prompt == null && warning == null && hasUnsavedChanges.test(source)) {
			warning = MigrateMessages.unsavedChanges;
		}
		setErrorMessage(problem);
		if (warning != null) {
			setMessage(warning, IMessageProvider.WARNING);
		} else {
			setMessage(prompt != null ? prompt : MigrateMessages.filesDescription, IMessageProvider.NONE);
		}
		setPageComplete(problem == null && prompt == null);
	}

	public Text engagementField() {
		return engagement;
	}

	public Text mappingField() {
		return mapping;
	}

	public Text newFileField() {
		return target;
	}

	Path engagementFile() {
		return FileField.typedPath(engagement);
	}

	EditionMapping mapping() {
		return readMapping;
	}

	Path newFile() {
		Path file = FileField.typedPath(target);
		return file != null && file.getFileName().toString().endsWith(EXTENSION) ? file : null;
	}
}

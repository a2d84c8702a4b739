/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jp.kansa.emf.ui.FileField;
import jp.kansa.ui.workpaper.internal.i18n.Messages;

/**
 * Where the workpaper goes, in which language its sheets and headers are written, and whether a
 * 比較 sheet lists what changed since another engagement (by default the prior year's).
 */
final class ExportPage extends WizardPage {

	private final Path defaultTarget;
	private final Path defaultComparison;
	private Text file;
	private Button japanese;
	private Button compare;
	private Text compareFile;
	private Button compareBrowse;

	/**
	 * @param defaultComparison the engagement proposed for the 比較 sheet (the prior year this one
	 *                          was rolled forward from), or null
	 */
	ExportPage(Path defaultTarget, Path defaultComparison) {
		super("export"); //$NON-NLS-1$
		this.defaultTarget = defaultTarget;
		this.defaultComparison = defaultComparison;
		setTitle(Messages.ExportPage_title);
		setDescription(Messages.ExportPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.ExportPage_file);
		file = new Text(body, SWT.BORDER);
		file.setText(defaultTarget.toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
		file.addModifyListener(e -> validate());
		FileField.addBrowseButton(body, file, Messages.Wizard_browse, new FileField.Chooser(SWT.SAVE, getTitle(),
				new String[] { "*.xlsx" }, ".xlsx", () -> null)); //$NON-NLS-1$ //$NON-NLS-2$

		Group language = new Group(body, SWT.NONE);
		language.setText(Messages.ExportPage_language);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(language);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(language);
		japanese = new Button(language, SWT.RADIO);
		japanese.setText(Messages.ExportPage_japanese);
		// Japanese by default whatever the platform locale: the workpaper is filed in Japan
		japanese.setSelection(true);
		new Button(language, SWT.RADIO).setText(Messages.ExportPage_english);

		Group comparison = new Group(body, SWT.NONE);
		comparison.setText(Messages.ExportPage_comparison);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(comparison);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(comparison);
		compare = new Button(comparison, SWT.CHECK);
		compare.setText(Messages.ExportPage_compare);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(compare);
		compareFile = new Text(comparison, SWT.BORDER);
		compareFile.setText(defaultComparison == null ? "" : defaultComparison.toString()); //$NON-NLS-1$
		compareFile.setMessage(Messages.ExportPage_compareHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(compareFile);
		// enabled only while 比較 is ticked, so a chosen file is always compared with
		compareBrowse = FileField.addBrowseButton(comparison, compareFile, Messages.Wizard_browse,
				new FileField.Chooser(SWT.OPEN, Messages.ExportPage_compareChooserTitle, new String[] { "*.kansa" }, //$NON-NLS-1$
						null, defaultTarget::getParent));
		compare.addListener(SWT.Selection, e -> validate());
		compareFile.addModifyListener(e -> validate());
		setControl(body);
		validate();
	}

	private void validate() {
		Path target = target();
		String error = null;
		if (target == null) {
			error = Messages.ExportPage_noFile;
		} else if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) { //$NON-NLS-1$
			error = Messages.ExportPage_notXlsx;
		} else if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
			error = Messages.ExportPage_noFolder;
		}
		if (error == null && compare != null && compare.getSelection()) {
			Path other = comparison();
			if (other == null) {
				error = Messages.ExportPage_compareNoFile;
			} else if (!Files.isRegularFile(other)) {
				error = NLS.bind(Messages.ExportPage_compareMissing, other);
			}
		}
		if (compareFile != null) {
			compareFile.setEnabled(compare.getSelection());
			compareBrowse.setEnabled(compare.getSelection());
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/** The engagement to compare with, absolute, when the 比較 box is ticked; else null. */
	Path comparison() {
		if (compare == null || !compare.getSelection()) {
			return null;
		}
		return FileField.typedPath(compareFile);
	}

	Button compareBox() {
		return compare;
	}

	Text compareField() {
		return compareFile;
	}

	/** The file typed in, absolute, or {@code null} when nothing usable is typed. */
	Path target() {
		return file == null ? defaultTarget.toAbsolutePath().normalize() : FileField.typedPath(file);
	}

	Locale locale() {
		return japanese == null || japanese.getSelection() ? Locale.JAPANESE : Locale.ENGLISH;
	}

	void setTarget(Path target) {
		file.setText(target.toString());
	}
}

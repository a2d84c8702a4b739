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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jp.kansa.ui.workpaper.internal.i18n.Messages;

/** Where the workpaper goes and in which language its sheets and headers are written. */
final class ExportPage extends WizardPage {

	private final Path defaultTarget;
	private Text file;
	private Button japanese;

	ExportPage(Path defaultTarget) {
		super("export"); //$NON-NLS-1$
		this.defaultTarget = defaultTarget;
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
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Wizard_browse);
		browse.addListener(SWT.Selection, e -> browse());

		Group language = new Group(body, SWT.NONE);
		language.setText(Messages.ExportPage_language);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(language);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(language);
		japanese = new Button(language, SWT.RADIO);
		japanese.setText(Messages.ExportPage_japanese);
		// Japanese by default whatever the platform locale: the workpaper is filed in Japan
		japanese.setSelection(true);
		new Button(language, SWT.RADIO).setText(Messages.ExportPage_english);
		setControl(body);
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
		Path current = target();
		if (current != null && current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
			dialog.setFileName(current.getFileName().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen.endsWith(".xlsx") ? chosen : chosen + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
		}
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
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/** The file typed in, absolute, or {@code null} when nothing usable is typed. */
	Path target() {
		String text = file == null ? defaultTarget.toString() : file.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text).toAbsolutePath().normalize();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	Locale locale() {
		return japanese == null || japanese.getSelection() ? Locale.JAPANESE : Locale.ENGLISH;
	}

	void setTarget(Path target) {
		file.setText(target.toString());
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jp.kansa.ui.workpaper.internal.i18n.Messages;

/** The workbook to import; Next reads it (see {@link ImportWizardDialog}). */
final class ImportFilePage extends WizardPage {

	private final Path folder;
	private Text file;

	ImportFilePage(Path folder) {
		super("file"); //$NON-NLS-1$
		this.folder = folder;
		setTitle(Messages.ImportFilePage_title);
		setDescription(Messages.ImportFilePage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.ImportFilePage_file);
		file = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
		file.addModifyListener(e -> validate());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Wizard_browse);
		browse.addListener(SWT.Selection, e -> browse());
		Label hint = new Label(body, SWT.WRAP);
		hint.setText(Messages.ImportFilePage_hint);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(hint);
		setControl(body);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterPath(folder.toString());
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void validate() {
		Path workbook = workbook();
		String error = workbook == null ? Messages.ImportFilePage_noFile
				: Files.isRegularFile(workbook) ? null : Messages.ImportFilePage_missing;
		// a refusal shown by the last read stays until the user picks another file
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	Path workbook() {
		String text = file == null ? "" : file.getText().trim(); //$NON-NLS-1$
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	void setWorkbook(Path workbook) {
		file.setText(workbook.toString());
	}
}

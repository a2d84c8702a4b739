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

/**
 * A wizard page that asks for one workbook to read (a path typed or chosen in the native chooser)
 * and is complete once that file exists. The workpaper import and the vendor's reply both start
 * with it; each adds its own controls below the file row.
 */
public abstract class WorkbookFilePage extends WizardPage {

	/** The words of one use of the page. */
	record Words(String title, String description, String fileLabel, String browse, String noFile,
			String missing) {
	}

	private final Path folder;
	private final Words words;
	private Text file;

	WorkbookFilePage(String name, Path folder, Words words) {
		super(name);
		this.folder = folder;
		this.words = words;
		setTitle(words.title());
		setDescription(words.description());
		setPageComplete(false);
	}

	@Override
	public final void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(words.fileLabel());
		file = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
		file.addModifyListener(e -> validate());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(words.browse());
		browse.addListener(SWT.Selection, e -> browse());
		createControlsBelow(body);
		setControl(body);
	}

	/** Adds what this use of the page needs below the file row, in a grid of three columns. */
	abstract void createControlsBelow(Composite body);

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(getTitle());
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterPath(folder.toString());
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void validate() {
		Path workbook = workbook();
		String error = workbook == null ? words.noFile() : Files.isRegularFile(workbook) ? null : words.missing();
		// a refusal shown by the last read stays until the user picks another file
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/** The workbook typed or chosen, absolute, or null when the field is empty or not a path. */
	Path workbook() {
		String text = file == null ? "" : file.getText().strip(); //$NON-NLS-1$
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

	public Text fileText() {
		return file;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jp.kansa.emf.ui.FileField;

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
		FileField.addBrowseButton(body, file, words.browse(), new FileField.Chooser(SWT.OPEN, getTitle(),
				new String[] { "*.xlsx", "*.*" }, null, () -> folder)); //$NON-NLS-1$ //$NON-NLS-2$
		createControlsBelow(body);
		setControl(body);
	}

	/** Adds what this use of the page needs below the file row, in a grid of three columns. */
	abstract void createControlsBelow(Composite body);

	private void validate() {
		Path workbook = workbook();
		String error = workbook == null ? words.noFile() : Files.isRegularFile(workbook) ? null : words.missing();
		// a refusal shown by the last read stays until the user picks another file
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/** The workbook typed or chosen, absolute, or null when the field is empty or not a path. */
	Path workbook() {
		return file == null ? null : FileField.typedPath(file);
	}

	void setWorkbook(Path workbook) {
		file.setText(workbook.toString());
	}

	public Text fileText() {
		return file;
	}
}

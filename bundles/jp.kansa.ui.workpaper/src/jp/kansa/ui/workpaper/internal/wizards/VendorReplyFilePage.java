/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jp.kansa.model.Party;
import jp.kansa.ui.workpaper.internal.i18n.VendorMessages;

/** The reply to read, and optionally the vendor it must come from; 次へ reads it. */
public final class VendorReplyFilePage extends WizardPage {

	private final Path folder;
	private final List<Party> vendors;
	private Text file;
	private Combo vendor;

	VendorReplyFilePage(Path folder, List<Party> vendors) {
		super("replyFile"); //$NON-NLS-1$
		this.folder = folder;
		this.vendors = vendors;
		setTitle(VendorMessages.ReplyFilePage_title);
		setDescription(VendorMessages.ReplyFilePage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(VendorMessages.ReplyFilePage_file);
		file = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
		file.addModifyListener(e -> validate());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(VendorMessages.Wizard_browse);
		browse.addListener(SWT.Selection, e -> browse());
		new Label(body, SWT.NONE).setText(VendorMessages.ReplyFilePage_vendor);
		vendor = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		vendor.add(VendorMessages.ReplyFilePage_anyVendor);
		vendors.forEach(v -> vendor.add(VendorRequestPage.name(v)));
		vendor.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(vendor);
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
		Path reply = reply();
		String error = reply == null ? VendorMessages.ReplyFilePage_noFile
				: Files.isRegularFile(reply) ? null : VendorMessages.ReplyFilePage_missing;
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	Path reply() {
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

	/** The vendor chosen, or null for the one the request was sent to. */
	Party expectedVendor() {
		int index = vendor.getSelectionIndex();
		return index <= 0 ? null : vendors.get(index - 1);
	}

	public Text fileText() {
		return file;
	}

	public Combo vendorCombo() {
		return vendor;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jp.kansa.model.Party;
import jp.kansa.ui.workpaper.internal.i18n.VendorMessages;

/** The reply to read, and optionally the vendor it must come from; 次へ reads it. */
public final class VendorReplyFilePage extends WorkbookFilePage {

	private final List<Party> vendors;
	private Combo vendor;

	VendorReplyFilePage(Path folder, List<Party> vendors) {
		super("replyFile", folder, new Words(VendorMessages.ReplyFilePage_title, //$NON-NLS-1$
				VendorMessages.ReplyFilePage_description, VendorMessages.ReplyFilePage_file,
				VendorMessages.Wizard_browse, VendorMessages.ReplyFilePage_noFile,
				VendorMessages.ReplyFilePage_missing));
		this.vendors = vendors;
	}

	@Override
	void createControlsBelow(Composite body) {
		new Label(body, SWT.NONE).setText(VendorMessages.ReplyFilePage_vendor);
		vendor = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		vendor.add(VendorMessages.ReplyFilePage_anyVendor);
		vendors.forEach(v -> vendor.add(VendorRequestPage.name(v)));
		vendor.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(vendor);
	}

	Path reply() {
		return workbook();
	}

	/** The vendor chosen, or null for the one the request was sent to. */
	Party expectedVendor() {
		int index = vendor.getSelectionIndex();
		return index <= 0 ? null : vendors.get(index - 1);
	}

	public Combo vendorCombo() {
		return vendor;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jp.kansa.emf.ui.FileField;
import jp.kansa.model.Contract;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.ui.workpaper.internal.i18n.VendorMessages;

/** Vendor, due date, subcontractors, contact and file of a request; no error shown before a field is touched. */
public final class VendorRequestPage extends WizardPage {

	private final Engagement engagement;
	private final Path folder;
	private final List<Party> vendors;
	private Combo vendor;
	private Text due;
	private Button subcontractors;
	private Text contact;
	private Text output;
	private Label contracts;
	private boolean touched;

	VendorRequestPage(Engagement engagement, Path folder) {
		super("request"); //$NON-NLS-1$
		this.engagement = engagement;
		this.folder = folder;
		this.vendors = VendorRound.vendors(engagement);
		setTitle(VendorMessages.RequestPage_title);
		setDescription(VendorMessages.RequestPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(VendorMessages.RequestPage_vendor);
		vendor = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		vendors.forEach(v -> vendor.add(name(v)));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(vendor);
		new Label(body, SWT.NONE);
		contracts = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(contracts);
		new Label(body, SWT.NONE).setText(VendorMessages.RequestPage_due);
		due = new Text(body, SWT.BORDER);
		due.setText(LocalDate.now().plusWeeks(2).toString());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(due);
		new Label(body, SWT.NONE);
		subcontractors = new Button(body, SWT.CHECK);
		subcontractors.setText(VendorMessages.RequestPage_subcontractors);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(subcontractors);
		new Label(body, SWT.NONE).setText(VendorMessages.RequestPage_contact);
		contact = new Text(body, SWT.BORDER);
		Party institution = engagement.getInstitution();
		if (institution != null && institution.getContact() != null) {
			contact.setText(name(institution) + " " + institution.getContact());
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(contact);
		new Label(body, SWT.NONE).setText(VendorMessages.RequestPage_output);
		output = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(output);
		FileField.addBrowseButton(body, output, VendorMessages.Wizard_browse, new FileField.Chooser(SWT.SAVE, getTitle(),
				new String[] { "*.xlsx" }, ".xlsx", () -> folder)); //$NON-NLS-1$ //$NON-NLS-2$
		vendor.addListener(SWT.Selection, e -> {
			proposeFileName();
			changed();
		});
		due.addModifyListener(e -> changed());
		subcontractors.addListener(SWT.Selection, e -> changed());
		output.addModifyListener(e -> changed());
		setControl(body);
	}

	private void changed() {
		touched = true;
		validate();
	}

	/** request-<vendor id>.xlsx beside the engagement, until the user types a name of his own. */
	private void proposeFileName() {
		Party chosen = vendor();
		if (chosen != null && (output.getText().isBlank() || output.getText().contains("request-"))) { //$NON-NLS-1$
			output.setText(folder.resolve("request-" + chosen.getId() + ".xlsx").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void validate() {
		Party chosen = vendor();
		List<Contract> included = chosen == null ? List.of()
				: VendorRound.contractsOf(engagement, chosen, subcontractors.getSelection());
		contracts.setText(chosen == null ? "" : NLS.bind(VendorMessages.RequestPage_contracts, //$NON-NLS-1$
				included.stream().map(c -> c.getId() + " " + c.getTitle()).collect(Collectors.joining("、")))); //$NON-NLS-1$ //$NON-NLS-2$
		contracts.getParent().layout();
		String error = null;
		if (chosen == null) {
			error = VendorMessages.RequestPage_noVendor;
		} else if (included.isEmpty()) {
			error = NLS.bind(VendorMessages.RequestPage_noContracts, name(chosen));
		} else if (dueDate() == null) {
			error = VendorMessages.RequestPage_badDate;
		} else if (output() == null) {
			error = VendorMessages.RequestPage_noOutput;
		} else if (Files.exists(output())) {
			error = NLS.bind(VendorMessages.RequestPage_exists, output().getFileName());
		}
		setErrorMessage(touched ? error : null);
		setPageComplete(error == null);
	}

	Party vendor() {
		int index = vendor == null ? -1 : vendor.getSelectionIndex();
		return index < 0 ? null : vendors.get(index);
	}

	LocalDate dueDate() {
		try {
			return LocalDate.parse(due.getText().strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	boolean withSubcontractors() {
		return subcontractors.getSelection();
	}

	String contact() {
		return contact.getText().strip();
	}

	Path output() {
		return FileField.typedPath(output);
	}

	/** The controls, for the tests that act on them as a user does. */
	public Combo vendorCombo() {
		return vendor;
	}

	public Text dueText() {
		return due;
	}

	public Text outputText() {
		return output;
	}

	public Button subcontractorsButton() {
		return subcontractors;
	}

	static String name(Party party) {
		return party.getName() == null || party.getName().isBlank() ? party.getId() : party.getName();
	}
}

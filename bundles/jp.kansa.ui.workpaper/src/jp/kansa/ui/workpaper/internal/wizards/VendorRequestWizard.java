/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.VendorRequest;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.i18n.VendorMessages;
import jp.kansa.vendor.VendorRequests;

/**
 * 事業者への依頼: writes one vendor's workbook and records the request in the engagement as one
 * undoable command (the editor becomes dirty; saving keeps it). The workbook is written first, so
 * a failure records nothing.
 */
public final class VendorRequestWizard extends Wizard {

	private final ActiveEngagement active;
	private final Clock clock;
	private VendorRequestPage page;
	private VendorRequest request;

	public VendorRequestWizard(ActiveEngagement active) {
		this(active, Clock.systemUTC());
	}

	VendorRequestWizard(ActiveEngagement active, Clock clock) {
		this.active = active;
		this.clock = clock;
		setWindowTitle(VendorMessages.RequestWizard_title);
	}

	@Override
	public void addPages() {
		page = new VendorRequestPage(active.engagement(), active.folder());
		addPage(page);
	}

	public VendorRequestPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		VendorRequest prepared = VendorRequests.prepare(active.engagement(), page.vendor(), page.dueDate(),
				page.withSubcontractors(), clock);
		Path output = page.output();
		prepared.setFileName(output.getFileName().toString());
		try {
			VendorRequests.write(active.engagement(), prepared, EmbeddedCatalog.load(), page.contact(), output);
		} catch (IOException | RuntimeException e) {
			page.setErrorMessage(NLS.bind(VendorMessages.RequestWizard_writeFailed, e.getMessage()));
			return false;
		}
		Command add = AddCommand.create(active.domain(), active.engagement(),
				KansaPackage.Literals.ENGAGEMENT__VENDOR_REQUESTS, prepared);
		active.domain().getCommandStack().execute(add);
		request = prepared;
		return true;
	}

	/** The request recorded by Finish, or null. */
	public VendorRequest request() {
		return request;
	}
}

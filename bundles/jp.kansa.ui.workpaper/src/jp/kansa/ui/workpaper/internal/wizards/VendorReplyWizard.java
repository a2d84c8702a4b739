/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.ImportLimits;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;
import jp.kansa.model.Party;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.i18n.VendorMessages;
import jp.kansa.vendor.VendorReply;
import jp.kansa.vendor.VendorReplyReader;

/**
 * 回答の取込: choose the reply, read it on 次へ (a refusal stays on the file page with the reason),
 * look at every answer and problem, and 完了 imports it as one undoable command.
 */
public final class VendorReplyWizard extends Wizard {

	private final ActiveEngagement active;
	private final Clock clock;
	private VendorReplyFilePage filePage;
	private VendorReplyPreviewPage previewPage;
	private VendorReply reply;

	public VendorReplyWizard(ActiveEngagement active) {
		this(active, Clock.systemUTC());
	}

	VendorReplyWizard(ActiveEngagement active, Clock clock) {
		this.active = active;
		this.clock = clock;
		setWindowTitle(VendorMessages.ReplyWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		filePage = new VendorReplyFilePage(active.folder(), VendorRound.vendors(active.engagement()));
		previewPage = new VendorReplyPreviewPage();
		addPage(filePage);
		addPage(previewPage);
	}

	public VendorReplyFilePage filePage() {
		return filePage;
	}

	public VendorReplyPreviewPage previewPage() {
		return previewPage;
	}

	/** The reply of the last read, or null. */
	public VendorReply reply() {
		return reply;
	}

	/** Reads the chosen reply with the wizard's progress bar; false (and the reason on the page) when refused. */
	boolean read() {
		Path file = filePage.reply();
		Party expected = filePage.expectedVendor();
		reply = null;
		if (file == null) {
			return false;
		}
		VendorReply[] result = new VendorReply[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(file.getFileName().toString(), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					result[0] = new VendorReplyReader(ImportLimits.defaults(), clock).read(file, active.engagement(),
							expected);
				} catch (WorkpaperRefusedException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			filePage.setErrorMessage(cause instanceof WorkpaperRefusedException refused ? refused.getMessage()
					: NLS.bind(VendorMessages.ReplyWizard_readFailed, cause == null ? e : cause));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		reply = result[0];
		filePage.setErrorMessage(null);
		previewPage.show(reply);
		return true;
	}

	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == previewPage && reply != null
				&& (reply.canApply() || previewPage.receivedOnly());
	}

	@Override
	public boolean performFinish() {
		// one undoable command either way: the answers imported, or only the reply's receipt (回答済)
		active.domain().getCommandStack().execute(previewPage.receivedOnly() ? reply.createReceivedCommand(active.domain())
				: reply.createCommand(active.domain()));
		return true;
	}
}

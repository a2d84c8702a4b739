/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.i18n.Messages;

/**
 * File > Export > 監査調書 (Excel). Finish writes the workbook with the wizard open: its progress
 * area names each step (preparing, cover and summary, the rows of the sheets counted, saving) with
 * a progress bar, and the stop button beside it cancels the export with nothing left on disk (JFace
 * disables the wizard's キャンセル while an operation runs). The export runs off the
 * UI thread ({@link ExportJob#export} in the wizard's forked context), so the window keeps
 * painting; an export that showed nothing for seconds looked like a hang.
 */
public final class ExportWizard extends Wizard {

	private final ActiveEngagement active;
	private ExportPage page;
	private ExportJob job;

	public ExportWizard(ActiveEngagement active) {
		this.active = active;
		setWindowTitle(Messages.ExportWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ExportPage(active.folder().resolve(active.baseName() + ".xlsx"), priorYear()); //$NON-NLS-1$
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path target = page.target();
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), Messages.ExportWizard_title,
				NLS.bind(Messages.ExportWizard_overwrite, target))) {
			return false;
		}
		Engagement before = null;
		Path comparison = page.comparison();
		if (comparison != null) {
			try {
				before = EngagementFiles.load(comparison);
			} catch (EngagementFileException e) {
				// the message names the file and why; the page stays as the auditor left it
				page.setErrorMessage(NLS.bind(Messages.ExportPage_compareUnreadable, e.getMessage()));
				return false;
			}
		}
		job = new ExportJob(active, target, page.locale(), before);
		IStatus[] result = { Status.CANCEL_STATUS };
		try {
			getContainer().run(true, true, monitor -> result[0] = job.export(monitor));
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			result[0] = Status.error(NLS.bind(Messages.ExportJob_unexpected, cause), cause);
		} catch (InterruptedException e) {
			result[0] = Status.CANCEL_STATUS;
		}
		if (result[0].getSeverity() == IStatus.CANCEL) {
			// the wizard stays open: the auditor may change the file or try again
			page.setMessage(Messages.ExportWizard_canceled, IMessageProvider.WARNING);
			return false;
		}
		if (!result[0].isOK()) {
			MessageDialog.openError(getShell(), Messages.ExportWizard_title,
					NLS.bind(Messages.ExportWizard_failed, result[0].getMessage()));
			return false;
		}
		MessageDialog.openInformation(getShell(), Messages.ExportWizard_title,
				NLS.bind(Messages.ExportWizard_done, target));
		return true;
	}

	/** The prior engagement this one was rolled forward from, if its file is there. */
	private Path priorYear() {
		String link = active.engagement().getPriorEngagementPath();
		if (link == null || link.isBlank()) {
			return null;
		}
		try {
			Path prior = active.folder().resolve(link).normalize();
			return Files.isRegularFile(prior) ? prior : null;
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The page, for tests that drive it as a user does. */
	public WizardPage page() {
		return page;
	}

	/** The 比較 check box and file field of the page. */
	public Button compareBox() {
		return page.compareBox();
	}

	public Text compareField() {
		return page.compareField();
	}

	/** The file the page names now. */
	public Path target() {
		return page.target();
	}

	/** Types {@code target} into the page, as the user would. */
	public void setTarget(Path target) {
		page.setTarget(target);
	}

	/** The export of the last Finish, or {@code null}. */
	public ExportJob job() {
		return job;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.i18n.Messages;

/**
 * File > Export > 監査調書 (Excel). Finish only schedules an {@link ExportJob}: the wizard closes at
 * once and the workbook is written in the background, so the UI thread never waits on I/O.
 */
public final class ExportWizard extends Wizard {

	private final ActiveEngagement active;
	private ExportPage page;
	private ExportJob job;

	public ExportWizard(ActiveEngagement active) {
		this.active = active;
		setWindowTitle(Messages.ExportWizard_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new ExportPage(active.folder().resolve(active.baseName() + ".xlsx")); //$NON-NLS-1$
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path target = page.target();
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), Messages.ExportWizard_title,
				NLS.bind(Messages.ExportWizard_overwrite, target))) {
			return false;
		}
		job = new ExportJob(active, target, page.locale());
		job.addJobChangeListener(new Outcome());
		job.schedule();
		return true;
	}

	/** The file the page names now. */
	public Path target() {
		return page.target();
	}

	/** Types {@code target} into the page, as the user would. */
	public void setTarget(Path target) {
		page.setTarget(target);
	}

	/** The job scheduled by the last Finish, or {@code null}. */
	public ExportJob job() {
		return job;
	}

	/** Tells the user where the workpaper went, or why it did not get there. */
	private static final class Outcome extends JobChangeAdapter {

		@Override
		public void done(IJobChangeEvent event) {
			ExportJob finished = (ExportJob) event.getJob();
			IStatus result = event.getResult();
			if (result.getSeverity() == IStatus.CANCEL || PlatformUI.getWorkbench().isClosing()) {
				return;
			}
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> {
				Shell shell = display.getActiveShell();
				if (result.isOK()) {
					MessageDialog.openInformation(shell, Messages.ExportWizard_title,
							NLS.bind(Messages.ExportWizard_done, finished.target()));
				} else {
					MessageDialog.openError(shell, Messages.ExportWizard_title,
							NLS.bind(Messages.ExportWizard_failed, result.getMessage()));
				}
			});
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamException;
import jp.kansa.team.TeamSync;

/**
 * チーム > 同期: saves the open editors, then a job (progress, cancel) records the changes, takes the
 * team's, merges and sends. Editors of files the sync rewrote open again on the new content;
 * conflicts left to decide open the 競合 dialog.
 */
public final class SyncHandler extends AbstractHandler {

	/** Family of the sync jobs, so that tests and shutdown can wait for them. */
	public static final Object FAMILY = SyncHandler.class;

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Path file = TeamUi.fileOf(HandlerUtil.getActiveEditor(event));
		if (file == null || window == null || !window.getActivePage().saveAllEditors(false)) {
			return null;
		}
		Shell shell = window.getShell();
		if (!IdentityCheck.ensure(shell)) {
			return null;
		}
		Display display = shell.getDisplay();
		Path folder = file.getParent();
		Job job = new Job(NLS.bind(Messages.jobSync, file.getFileName())) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.syncTitle, 1);
				try {
					SyncReport report = new TeamSync(TeamUi.identity(), TeamUi.credentials(display), TeamUi.locale())
							.sync(folder, TeamUi.progress(progress));
					display.asyncExec(() -> {
						TeamUi.reopen(window, report.changed());
						MessageDialog.openInformation(shell, Messages.syncTitle, report.summary());
						if (report.conflicts().contains(file)) {
							ConflictsHandler.open(window, file);
						}
					});
				} catch (TeamException e) {
					display.asyncExec(() -> MessageDialog.openError(shell, Messages.syncTitle, e.getMessage()));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(TeamUi.SYNC_RULE);
		job.setUser(true);
		job.schedule();
		return null;
	}
}

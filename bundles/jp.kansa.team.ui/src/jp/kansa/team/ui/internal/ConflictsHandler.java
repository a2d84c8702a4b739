/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.model.compare.Side;
import jp.kansa.team.ConflictResolution;
import jp.kansa.team.PendingConflicts;
import jp.kansa.team.TeamException;

/**
 * チーム > 競合の解決: reads the conflicts file of the active engagement (written by a sync, or by
 * {@code kansa merge} run by command-line git), lets the auditor choose, and applies the choice in
 * a job: saved, committed, the editor opened again on the result.
 */
public final class ConflictsHandler extends AbstractHandler {

	public static final Object FAMILY = ConflictsHandler.class;

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Path file = TeamUi.fileOf(HandlerUtil.getActiveEditor(event));
		if (file != null && window != null) {
			open(window, file);
		}
		return null;
	}

	static void open(IWorkbenchWindow window, Path file) {
		Shell shell = window.getShell();
		PendingConflicts pending;
		try {
			pending = PendingConflicts.read(file);
		} catch (TeamException e) {
			MessageDialog.openError(shell, Messages.conflictsTitle, e.getMessage());
			return;
		}
		if (pending == null) {
			MessageDialog.openInformation(shell, Messages.conflictsTitle, NLS.bind(Messages.noConflicts, file.getFileName()));
			return;
		}
		ConflictDialog dialog = new ConflictDialog(shell, pending);
		if (dialog.open() != Window.OK || !window.getActivePage().saveAllEditors(false)) {
			return;
		}
		List<Side> choices = dialog.choices();
		Job job = new Job(NLS.bind(Messages.jobResolve, file.getFileName())) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
				try {
					new ConflictResolution(TeamUi.identity()).resolve(pending, choices);
					shell.getDisplay().asyncExec(() -> TeamUi.reopen(window, List.of(file)));
				} catch (TeamException e) {
					shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, Messages.conflictsTitle, e.getMessage()));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
	}
}

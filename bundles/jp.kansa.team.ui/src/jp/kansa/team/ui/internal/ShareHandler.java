/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.team.MergeDriverCommand;
import jp.kansa.team.TeamException;
import jp.kansa.team.TeamRepository;

/**
 * チーム > 共有: puts the active engagement's folder under Git (first version committed) and, when a
 * shared place is given, sends it there. Runs as a job: the UI stays responsive.
 */
public final class ShareHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Path file = TeamUi.fileOf(HandlerUtil.getActiveEditor(event));
		if (file == null || window == null) {
			return null;
		}
		Shell shell = window.getShell();
		if (!window.getActivePage().saveAllEditors(false) || !IdentityCheck.ensure(shell)) {
			return null;
		}
		ShareDialog where = new ShareDialog(shell);
		if (where.open() != Window.OK) {
			return null;
		}
		String remote = where.getValue().strip();
		Path folder = file.getParent();
		Display display = shell.getDisplay();
		Job job = Job.create(NLS.bind(Messages.jobShare, folder.getFileName()), (IProgressMonitor monitor) -> {
			try {
				SharedPlace.prepare(remote);
				TeamRepository.share(folder, remote.isEmpty() ? null : remote, TeamUi.identity(),
						MergeDriverCommand.forInstallation(installFolder()), TeamUi.credentials(display),
						TeamUi.progress(monitor));
				display.asyncExec(() -> MessageDialog.openInformation(shell, Messages.shareTitle,
						NLS.bind(Messages.shareDone, folder.getFileName())));
				return Status.OK_STATUS;
			} catch (TeamException e) {
				display.asyncExec(() -> MessageDialog.openError(shell, Messages.shareTitle, e.getMessage()));
				return Status.OK_STATUS;
			}
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	static Path installFolder() {
		try {
			var location = org.eclipse.core.runtime.Platform.getInstallLocation();
			return location == null ? null : Path.of(location.getURL().toURI());
		} catch (java.net.URISyntaxException | RuntimeException e) {
			return null;
		}
	}

}

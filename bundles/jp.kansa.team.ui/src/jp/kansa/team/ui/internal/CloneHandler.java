/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.team.MergeDriverCommand;
import jp.kansa.team.TeamException;
import jp.kansa.team.TeamRepository;

/**
 * チーム > 共有された監査を取り込む…: the shared place (path or URL), then an empty folder; the clone
 * runs as a job and the engagement in it opens.
 */
public final class CloneHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = window.getShell();
		InputDialog where = new InputDialog(shell, Messages.cloneTitle, Messages.cloneMessage, "", //$NON-NLS-1$
				v -> v.isBlank() ? Messages.cloneMessage : null);
		if (where.open() != Window.OK) {
			return null;
		}
		DirectoryDialog folderDialog = new DirectoryDialog(shell);
		folderDialog.setText(Messages.cloneTitle);
		folderDialog.setMessage(Messages.cloneFolder);
		String chosen = folderDialog.open();
		if (chosen == null) {
			return null;
		}
		String uri = where.getValue().strip();
		Path folder = Path.of(chosen).resolve(name(uri));
		Display display = shell.getDisplay();
		Job job = Job.create(NLS.bind(Messages.jobClone, uri), (IProgressMonitor monitor) -> {
			try {
				TeamRepository.clone(uri, folder, MergeDriverCommand.forInstallation(ShareHandler.installFolder()),
						TeamUi.credentials(display), TeamUi.progress(monitor));
				display.asyncExec(() -> openEngagement(window, folder));
			} catch (TeamException e) {
				display.asyncExec(() -> MessageDialog.openError(shell, Messages.cloneTitle, e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	/** {@code https://host/team/minato.git} → {@code minato}. */
	static String name(String uri) {
		String s = uri.replaceAll("[/\\\\]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		s = s.substring(Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf('\\'), s.lastIndexOf(':'))) + 1);
		return s.endsWith(".git") ? s.substring(0, s.length() - 4) : s.isEmpty() ? "engagement" : s; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void openEngagement(IWorkbenchWindow window, Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			Path kansa = files.filter(p -> p.getFileName().toString().endsWith(".kansa")).sorted().findFirst().orElse(null); //$NON-NLS-1$
			if (kansa != null) {
				window.getActivePage().openEditor(new EngagementFileInput(kansa), TeamUi.EDITOR_ID, true);
			}
		} catch (java.io.IOException | PartInitException e) {
			MessageDialog.openError(window.getShell(), Messages.cloneTitle, e.getMessage());
		}
	}
}

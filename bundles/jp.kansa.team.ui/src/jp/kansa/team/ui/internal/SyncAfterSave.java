/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamException;
import jp.kansa.team.TeamRepository;
import jp.kansa.team.TeamSync;

/**
 * 設定 > 保存のたびに同期する: after a save (ファイル > 保存, Ctrl+S, すべて保存) of an engagement
 * in a shared folder, the sync runs as a background job. It never asks anything on success: the
 * status line says what happened; out of reach of the shared place, the work is committed here
 * and the status line says it goes with the next sync.
 */
public final class SyncAfterSave implements IStartup, IExecutionListener {

	/** {@code KansaPreferences.SYNC_AFTER_SAVE} of jp.kansa.app (which this bundle cannot depend on). */
	static final String PREFERENCE = "syncAfterSave"; //$NON-NLS-1$
	private static final String SAVE = "org.eclipse.ui.file.save"; //$NON-NLS-1$
	private static final String SAVE_ALL = "org.eclipse.ui.file.saveAll"; //$NON-NLS-1$

	/** Family of the jobs a save starts, so that tests and shutdown can wait for them. */
	public static final Object FAMILY = SyncAfterSave.class;

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			ICommandService commands = workbench.getService(ICommandService.class);
			if (commands != null) {
				commands.addExecutionListener(this);
			}
		});
	}

	static boolean enabled() {
		return Platform.getPreferencesService().getBoolean("jp.kansa.app", PREFERENCE, false, null); //$NON-NLS-1$
	}

	@Override
	public void postExecuteSuccess(String commandId, Object returnValue) {
		if (!(SAVE.equals(commandId) || SAVE_ALL.equals(commandId)) || !enabled()) {
			return;
		}
		IWorkbenchWindow window = TeamUi.window();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		Set<Path> folders = new LinkedHashSet<>();
		if (SAVE.equals(commandId)) {
			addFolder(folders, window.getActivePage().getActiveEditor());
		} else {
			for (IEditorReference ref : window.getActivePage().getEditorReferences()) {
				addFolder(folders, ref.getEditor(false));
			}
		}
		folders.forEach(folder -> schedule(window, folder));
	}

	private static void addFolder(Set<Path> folders, IEditorPart editor) {
		Path file = TeamUi.fileOf(editor);
		if (file != null && !editor.isDirty() && TeamRepository.isShared(file.getParent())) {
			folders.add(file.getParent());
		}
	}

	/** The sync of one shared folder, in the background; one sync at a time (TeamUi.SYNC_RULE). */
	static Job schedule(IWorkbenchWindow window, Path folder) {
		Display display = window.getShell().getDisplay();
		Job job = new Job(NLS.bind(Messages.jobSync, folder.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.syncTitle, 1);
				try {
					SyncReport report = new TeamSync(TeamUi.identity(), TeamUi.credentials(display), TeamUi.locale())
							.sync(folder, TeamUi.progress(progress));
					display.asyncExec(() -> tell(window, report));
				} catch (TeamException e) {
					display.asyncExec(() -> TeamUi.status(window, NLS.bind(Messages.autoSyncFailed, e.getMessage()), true));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(TeamUi.SYNC_RULE);
		job.schedule();
		return job;
	}

	private static void tell(IWorkbenchWindow window, SyncReport report) {
		if (window.getShell().isDisposed()) {
			return;
		}
		List<Path> stillEdited = TeamUi.reopen(window, report.changed());
		String message;
		if (report.offline() != null) {
			message = NLS.bind(Messages.autoSyncOffline, report.offline());
		} else if (!report.conflicts().isEmpty()) {
			message = NLS.bind(Messages.autoSyncConflicts, report.conflicts().get(0).getFileName());
		} else if (!stillEdited.isEmpty()) {
			message = NLS.bind(Messages.autoSyncStillEdited, stillEdited.get(0).getFileName());
		} else {
			message = NLS.bind(Messages.autoSyncDone, report.summary().replace('\n', ' '));
		}
		TeamUi.status(window, message, report.offline() != null);
	}

	@Override
	public void notHandled(String commandId, NotHandledException exception) {
		// nothing was saved
	}

	@Override
	public void postExecuteFailure(String commandId, ExecutionException exception) {
		// nothing was saved
	}

	@Override
	public void preExecute(String commandId, org.eclipse.core.commands.ExecutionEvent event) {
		// the save has not happened yet
	}
}

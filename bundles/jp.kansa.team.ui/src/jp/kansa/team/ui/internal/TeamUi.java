/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import jp.kansa.team.Identity;
import jp.kansa.team.TeamCredentials;

/** What the team handlers share: the engagement of an editor, who the auditor is, credentials, progress. */
final class TeamUi {

	/** One sync at a time in this workbench, whether started by チーム > 同期 or by a save. */
	static final ISchedulingRule SYNC_RULE = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	static final String EDITOR_ID = "jp.kansa.ui.engagement.editor"; //$NON-NLS-1$
	/** {@code KansaPreferences} of jp.kansa.app: qualifier and keys of 設定 > 監査ワークベンチ. */
	private static final String QUALIFIER = "jp.kansa.app"; //$NON-NLS-1$

	private TeamUi() {
	}

	/** The .kansa file of an engagement editor, or {@code null}. */
	static Path fileOf(IEditorPart editor) {
		if (editor == null || !EDITOR_ID.equals(editor.getSite().getId())
				|| !(editor.getEditorInput() instanceof IPathEditorInput input)) {
			return null;
		}
		return input.getPath().toPath().toAbsolutePath().normalize();
	}

	static Identity identity() {
		return new Identity(Platform.getPreferencesService().getString(QUALIFIER, "auditorName", "", null), //$NON-NLS-1$ //$NON-NLS-2$
				Platform.getPreferencesService().getString(QUALIFIER, "auditorEmail", "", null)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static Locale locale() {
		return Platform.getNL() != null && Platform.getNL().startsWith("en") ? Locale.ENGLISH : Locale.JAPANESE; //$NON-NLS-1$
	}

	/**
	 * Stored credentials, else the sign-in dialog (answers are kept in secure storage only); the
	 * SSH questions — a server seen for the first time, a key's passphrase — through the same path.
	 */
	static CredentialsProvider credentials(Display display) {
		try {
			return new TeamCredentials(SecurePreferencesFactory.getDefault()).provider(new TeamCredentials.Prompt() {
				@Override
				public String[] ask(URIish uri, String user) {
					return ask(uri, user, false);
				}

				@Override
				public String[] ask(URIish uri, String user, boolean refused) {
					String[][] answer = new String[1][];
					display.syncExec(() -> {
						CredentialsDialog dialog = new CredentialsDialog(display.getActiveShell(), uri.getHost(), user,
								refused);
						if (dialog.open() == Window.OK) {
							answer[0] = new String[] { dialog.user(), dialog.password() };
						}
					});
					return answer[0];
				}

				@Override
				public char[] passphrase(String keyFile, boolean refused) {
					char[][] answer = new char[1][];
					display.syncExec(() -> answer[0] = SshQuestions.passphrase(display.getActiveShell(), keyFile, refused));
					return answer[0];
				}

				@Override
				public boolean trustHostKey(String host, String keyType, String fingerprint) {
					boolean[] answer = new boolean[1];
					display.syncExec(() -> answer[0] = SshQuestions.trustHostKey(display.getActiveShell(), host, keyType,
							fingerprint));
					return answer[0];
				}
			});
		} catch (RuntimeException e) {
			return null; // no secure storage: sync over paths and git:// still works; ssh keys without passphrase too
		}
	}

	/** JGit's progress shown in the job's monitor; cancel in the progress view stops JGit too. */
	static ProgressMonitor progress(IProgressMonitor monitor) {
		return new ProgressMonitor() {
			@Override
			public void start(int totalTasks) {
				// the job's own steps frame JGit's
			}

			@Override
			public void beginTask(String title, int totalWork) {
				monitor.subTask(title);
			}

			@Override
			public void update(int completed) {
				// JGit counts objects; the job's bar moves by step
			}

			@Override
			public void endTask() {
				// nothing to close
			}

			@Override
			public boolean isCancelled() {
				return monitor.isCanceled();
			}

			@Override
			public void showDuration(boolean enabled) {
				// not shown to auditors
			}
		};
	}

	/**
	 * Editors showing files a sync rewrote are opened again on the new content. An editor changed
	 * since its save is left as it is (closing it would lose that work): its file is returned.
	 */
	static List<Path> reopen(IWorkbenchWindow window, Collection<Path> changed) {
		List<Path> stillEdited = new ArrayList<>();
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return stillEdited;
		}
		for (IEditorReference ref : page.getEditorReferences()) {
			try {
				IEditorInput input = ref.getEditorInput();
				if (EDITOR_ID.equals(ref.getId()) && input instanceof IPathEditorInput p
						&& changed.contains(p.getPath().toPath().toAbsolutePath().normalize())) {
					if (ref.isDirty()) {
						stillEdited.add(p.getPath().toPath());
						continue;
					}
					boolean active = page.getActiveEditor() == ref.getEditor(false);
					page.closeEditor(ref.getEditor(false), false);
					page.openEditor(input, EDITOR_ID, active);
				}
			} catch (PartInitException e) {
				// the editor shows its own load problem when opened again by hand
			}
		}
		return stillEdited;
	}

	/** A quiet message in the status line of the active part (no dialog). */
	static void status(IWorkbenchWindow window, String message, boolean error) {
		IWorkbenchPage page = window.getActivePage();
		IWorkbenchPart part = page == null ? null : page.getActivePart();
		IStatusLineManager line = part instanceof IEditorPart e ? e.getEditorSite().getActionBars().getStatusLineManager()
				: part instanceof IViewPart v ? v.getViewSite().getActionBars().getStatusLineManager() : null;
		if (line == null) {
			return;
		}
		if (error) {
			line.setErrorMessage(message);
		} else {
			line.setErrorMessage(null);
			line.setMessage(message);
		}
	}

	static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}
}

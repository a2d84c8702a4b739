/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * ファイル > 最近使ったファイル: the last engagements, newest first, read each time the menu
 * opens. A file opens through the engagement bundle's open command (which knows the editor and
 * the perspective), given the file as a parameter, so the application stays unaware of editors.
 */
final class RecentFilesMenu {

	static final String ID = "recentFiles"; //$NON-NLS-1$
	/** The open command of jp.kansa.ui.engagement and the parameter naming the file to open. */
	static final String OPEN_COMMAND = "jp.kansa.ui.engagement.openEngagement"; //$NON-NLS-1$
	static final String FILE_PARAMETER = "file"; //$NON-NLS-1$

	private RecentFilesMenu() {
	}

	static MenuManager create(IWorkbenchWindow window, RecentFiles recentFiles) {
		MenuManager menu = new MenuManager(Messages.menuRecentFiles, ID);
		menu.add(new Entries(window, recentFiles));
		return menu;
	}

	/**
	 * The entries, read again each time the menu opens. A dynamic item (like the platform's
	 * shortlists) rather than a menu emptied on show: emptying a GTK menu while it opens loses
	 * the keyboard selection, and the number mnemonics stop working.
	 */
	private static final class Entries extends CompoundContributionItem {

		private final IWorkbenchWindow window;
		private final RecentFiles recentFiles;

		Entries(IWorkbenchWindow window, RecentFiles recentFiles) {
			super(ID + ".entries"); //$NON-NLS-1$
			this.window = window;
			this.recentFiles = recentFiles;
		}

		@Override
		protected IContributionItem[] getContributionItems() {
			List<Path> files = recentFiles.list();
			if (files.isEmpty()) {
				Action none = new Action(Messages.menuRecentFilesNone) {
					// nothing to open
				};
				none.setEnabled(false);
				return new IContributionItem[] { new ActionContributionItem(none) };
			}
			IContributionItem[] items = new IContributionItem[files.size()];
			for (int i = 0; i < files.size(); i++) {
				items[i] = new ActionContributionItem(new OpenRecentAction(window, recentFiles, files.get(i), i + 1));
			}
			return items;
		}
	}

	/** One entry: "&1 name.kansa  (folder)"; the folder tells two files of the same name apart. */
	static String label(int number, Path file) {
		Path folder = file.getParent();
		String name = file.getFileName().toString().replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
		String where = folder == null ? "" : folder.toString().replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return NLS.bind(Messages.menuRecentFileEntry, new Object[] { Integer.valueOf(number), name, where });
	}

	private static final class OpenRecentAction extends Action {

		private final IWorkbenchWindow window;
		private final RecentFiles recentFiles;
		private final Path file;

		OpenRecentAction(IWorkbenchWindow window, RecentFiles recentFiles, Path file, int number) {
			super(label(number, file));
			this.window = window;
			this.recentFiles = recentFiles;
			this.file = file;
			setToolTipText(file.toString());
		}

		@Override
		public void run() {
			if (!Files.isRegularFile(file)) {
				recentFiles.remove(file);
				MessageDialog.openError(window.getShell(), Messages.recentFileMissingTitle,
						NLS.bind(Messages.recentFileMissing, file));
				return;
			}
			Command open = window.getService(ICommandService.class).getCommand(OPEN_COMMAND);
			IHandlerService handlers = window.getService(IHandlerService.class);
			ExecutionEvent event = new ExecutionEvent(open, Map.of(FILE_PARAMETER, file.toString()), null,
					handlers.getCurrentState());
			try {
				open.executeWithChecks(event);
			} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
				ILog.of(RecentFilesMenu.class).error("Could not open " + file, e); //$NON-NLS-1$
				MessageDialog.openError(window.getShell(), Messages.recentFileMissingTitle,
						NLS.bind(Messages.recentFileOpenFailed, file, e.getMessage()));
			}
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.model.resource.KansaResources;
import jp.kansa.ui.engagement.internal.editors.EngagementEditors;
import jp.kansa.ui.engagement.internal.editors.PathEditorInput;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * エンゲージメントを開く: any .kansa file on disk (the product has no workspace projects). With the
 * {@value #FILE_PARAMETER} parameter (ファイル > 最近使ったファイル) it opens that file; otherwise the
 * dialog starts in the folder of the active engagement, or of the one opened last, because an
 * auditor keeps an engagement's files together.
 */
public class OpenEngagementHandler extends AbstractHandler {

	/** Parameter: the absolute path of the file to open without asking. */
	public static final String FILE_PARAMETER = "file"; //$NON-NLS-1$

	/** Where jp.kansa.app keeps the files opened last, newest first, one path per line. */
	static final String RECENT_FILES_QUALIFIER = "jp.kansa.app"; //$NON-NLS-1$
	static final String RECENT_FILES_KEY = "recentFiles"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		String requested = event.getParameter(FILE_PARAMETER);
		if (requested != null) {
			return EngagementEditors.open(window.getActivePage(), Path.of(requested));
		}
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText(Messages.Editor_chooserTitle);
		dialog.setFilterExtensions(new String[] { "*." + KansaResources.ENGAGEMENT_EXTENSION }); //$NON-NLS-1$
		Path folder = startFolder(window.getActivePage());
		if (folder != null) {
			dialog.setFilterPath(folder.toString());
		}
		String chosen = dialog.open();
		return chosen == null ? null : EngagementEditors.open(window.getActivePage(), Path.of(chosen));
	}

	/** The folder of the active engagement, else of the file opened last that still exists; null if none. */
	static Path startFolder(IWorkbenchPage page) {
		IEditorPart active = page == null ? null : page.getActiveEditor();
		Path activeFile = active == null ? null : PathEditorInput.pathOf(active.getEditorInput());
		if (activeFile != null && activeFile.getParent() != null && Files.isDirectory(activeFile.getParent())) {
			return activeFile.getParent();
		}
		String recent = Platform.getPreferencesService().getString(RECENT_FILES_QUALIFIER, RECENT_FILES_KEY, "", null); //$NON-NLS-1$
		for (String line : recent.split("\n")) { //$NON-NLS-1$
			try {
				Path folder = line.isBlank() ? null : Path.of(line.strip()).getParent();
				if (folder != null && Files.isDirectory(folder)) {
					return folder;
				}
			} catch (InvalidPathException e) {
				// a hand-edited preference: try the next entry
			}
		}
		return null;
	}
}

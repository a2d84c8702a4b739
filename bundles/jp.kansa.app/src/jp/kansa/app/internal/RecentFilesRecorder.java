/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;

/**
 * Remembers every file an editor opens, however it was opened (開く, the new-engagement wizard,
 * サンプルを開く, the recent list itself), and the new file after 名前を付けて保存.
 */
final class RecentFilesRecorder implements IPartListener2 {

	private final RecentFiles recentFiles;

	RecentFilesRecorder(RecentFiles recentFiles) {
		this.recentFiles = recentFiles;
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		remember(reference);
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		remember(reference);
	}

	private void remember(IWorkbenchPartReference reference) {
		if (!(reference instanceof IEditorReference editor)) {
			return;
		}
		try {
			IEditorInput input = editor.getEditorInput();
			if (input instanceof IPathEditorInput file) {
				IPath path = file.getPath();
				if (path != null) {
					recentFiles.add(path.toPath());
				}
			}
		} catch (PartInitException e) {
			// an editor that failed to open is not a file the auditor worked on
		}
	}
}

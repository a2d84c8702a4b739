/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

import jp.kansa.ui.engagement.internal.EngagementPerspective;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/** Opens .kansa files in the engagement perspective. */
public final class EngagementEditors {

	private EngagementEditors() {
	}

	/** Opens (or brings to the front) the editor of a file; null after telling the user why not. */
	public static EngagementEditor open(IWorkbenchPage page, Path file) {
		IWorkbenchPage target = page;
		if (page.getPerspective() == null || !EngagementPerspective.ID.equals(page.getPerspective().getId())) {
			try {
				target = PlatformUI.getWorkbench().showPerspective(EngagementPerspective.ID, page.getWorkbenchWindow());
			} catch (WorkbenchException e) {
				target = page; // the editor still opens in the current perspective
			}
		}
		try {
			IEditorPart part = target.openEditor(new PathEditorInput(file), EngagementEditor.ID, true);
			return part instanceof EngagementEditor editor ? editor : null;
		} catch (PartInitException e) {
			MessageDialog.openError(target.getWorkbenchWindow().getShell(), Messages.Editor_openFailedTitle,
					NLS.bind(Messages.Editor_openFailed, file, e.getMessage()));
			return null;
		}
	}
}

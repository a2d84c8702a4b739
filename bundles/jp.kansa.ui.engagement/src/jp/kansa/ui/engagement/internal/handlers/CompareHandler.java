/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

import jp.kansa.model.resource.KansaResources;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.views.CompareMessages;

/**
 * ファイル > 比較…: the engagement being edited compared with another .kansa file the auditor
 * chooses (last year's, a copy from before an import or a merge); the differences open in 比較.
 */
public class CompareHandler extends ComparisonHandler {

	public static final String COMMAND_ID = "jp.kansa.ui.engagement.compare"; //$NON-NLS-1$

	@Override
	void compare(IWorkbenchWindow window, EngagementEditor editor) {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText(CompareMessages.Compare_chooserTitle);
		dialog.setFilterExtensions(new String[] { "*." + KansaResources.ENGAGEMENT_EXTENSION }); //$NON-NLS-1$
		if (editor.folder() != null) {
			dialog.setFilterPath(editor.folder().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			Path file = Path.of(chosen);
			Comparisons.show(window, editor, file, file.getFileName().toString());
		}
	}
}

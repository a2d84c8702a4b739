/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;

import jp.kansa.model.Engagement;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.views.CompareMessages;

/**
 * ファイル > 前年度と比較: the engagement compared with the prior one it was rolled forward from
 * ({@code priorEngagementPath}, relative to the file's folder), without asking for a file.
 */
public class ComparePriorHandler extends ComparisonHandler {

	public static final String COMMAND_ID = "jp.kansa.ui.engagement.comparePrior"; //$NON-NLS-1$

	@Override
	void compare(IWorkbenchWindow window, EngagementEditor editor) {
		Engagement engagement = editor.engagement();
		String link = engagement.getPriorEngagementPath();
		if (link == null || link.isBlank() || editor.folder() == null) {
			MessageDialog.openInformation(window.getShell(), CompareMessages.Compare_title,
					NLS.bind(CompareMessages.Compare_noPrior, editor.file().getFileName()));
			return;
		}
		Path prior;
		try {
			prior = editor.folder().resolve(link).normalize();
		} catch (InvalidPathException e) {
			prior = null;
		}
		if (prior == null || !Files.isRegularFile(prior)) {
			MessageDialog.openError(window.getShell(), CompareMessages.Compare_title,
					NLS.bind(CompareMessages.Compare_priorMissing, link));
			return;
		}
		String name = engagement.getPriorEngagementName() != null ? engagement.getPriorEngagementName()
				: prior.getFileName().toString();
		Comparisons.show(window, editor, prior, NLS.bind(CompareMessages.Compare_priorName, name));
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.model.Engagement;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.views.CompareMessages;

/**
 * ファイル > 前年度と比較: the engagement compared with the prior one it was rolled forward from
 * ({@code priorEngagementPath}, relative to the file's folder), without asking for a file.
 */
public class ComparePriorHandler extends AbstractHandler {

	public static final String COMMAND_ID = "jp.kansa.ui.engagement.comparePrior"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		EngagementEditor editor = Comparisons.activeEngagement(window);
		if (editor == null) {
			return null;
		}
		Engagement engagement = editor.engagement();
		String link = engagement.getPriorEngagementPath();
		if (link == null || link.isBlank() || editor.folder() == null) {
			MessageDialog.openInformation(window.getShell(), CompareMessages.Compare_title,
					NLS.bind(CompareMessages.Compare_noPrior, editor.file().getFileName()));
			return null;
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
			return null;
		}
		String name = engagement.getPriorEngagementName() != null ? engagement.getPriorEngagementName()
				: prior.getFileName().toString();
		Comparisons.show(window, editor, prior, NLS.bind(CompareMessages.Compare_priorName, name));
		return null;
	}
}

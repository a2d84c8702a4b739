/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.model.resource.KansaResources;
import jp.kansa.ui.engagement.internal.editors.EngagementEditors;

/** エンゲージメントを開く: any .kansa file on disk (the product has no workspace projects). */
public class OpenEngagementHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*." + KansaResources.ENGAGEMENT_EXTENSION }); //$NON-NLS-1$
		String chosen = dialog.open();
		return chosen == null ? null : EngagementEditors.open(window.getActivePage(), Path.of(chosen));
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.ui.engagement.internal.editors.EngagementEditors;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/** サンプルを開く: installs the sample in the user's folder if needed and opens it. */
public class OpenSampleHandler extends AbstractHandler {

	public static final String COMMAND_ID = "jp.kansa.ui.engagement.openSample"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		Path sample;
		try {
			sample = SampleInstaller.install(SampleInstaller.defaultFolder());
		} catch (IOException e) {
			MessageDialog.openError(window.getShell(), Messages.Sample_failedTitle, e.getMessage());
			return null;
		}
		return EngagementEditors.open(window.getActivePage(), sample);
	}
}

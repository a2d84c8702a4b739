/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.wizards.MigrateEditionWizard;

/** ファイル > カタログ版の移行: opens the wizard, starting from the engagement being edited if any. */
public class MigrateEditionHandler extends AbstractHandler {

	public static final String COMMAND_ID = "jp.kansa.ui.engagement.migrateEdition"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		IEditorPart active = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		Path engagement = active instanceof EngagementEditor editor ? editor.file() : null;
		new WizardDialog(window.getShell(), new MigrateEditionWizard(window.getActivePage(), engagement)).open();
		return null;
	}
}

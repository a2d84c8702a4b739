/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.emf.ui.KansaWizardDialog;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;

/**
 * Opens a wizard that starts from an engagement file: the one being edited if any, so that the
 * auditor does not have to find the file they are looking at in a chooser.
 */
abstract class EngagementWizardHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		IWorkbenchPage page = window.getActivePage();
		IEditorPart active = page == null ? null : page.getActiveEditor();
		Path engagement = active instanceof EngagementEditor editor ? editor.file() : null;
		new KansaWizardDialog(window.getShell(), createWizard(page, engagement)).open();
		return null;
	}

	/** The wizard to open, proposing {@code activeEngagement} (null when none is being edited). */
	abstract IWizard createWizard(IWorkbenchPage page, Path activeEngagement);
}

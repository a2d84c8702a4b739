/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.emf.ui.KansaWizardDialog;
import jp.kansa.ui.workpaper.internal.wizards.ExportWizard;

/** File > Export > 監査調書 (Excel): opens the export wizard on the active engagement editor. */
public class ExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ActiveEngagement active = ActiveEngagement.of(HandlerUtil.getActiveEditor(event));
		if (active != null) {
			new KansaWizardDialog(HandlerUtil.getActiveShell(event), new ExportWizard(active)).open();
		}
		return null;
	}
}

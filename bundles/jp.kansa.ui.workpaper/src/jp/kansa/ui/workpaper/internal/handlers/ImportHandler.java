/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.ui.workpaper.internal.wizards.ImportWizard;
import jp.kansa.ui.workpaper.internal.wizards.ImportWizardDialog;

/** File > Import > 監査調書 / 確認表 (Excel): opens the import wizard on the active engagement editor. */
public class ImportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ActiveEngagement active = ActiveEngagement.of(HandlerUtil.getActiveEditor(event));
		if (active != null) {
			new ImportWizardDialog(HandlerUtil.getActiveShell(event), new ImportWizard(active)).open();
		}
		return null;
	}
}

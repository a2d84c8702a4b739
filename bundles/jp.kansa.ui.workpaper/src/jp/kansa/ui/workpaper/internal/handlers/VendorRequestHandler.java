/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.emf.ui.KansaWizardDialog;
import jp.kansa.ui.workpaper.internal.wizards.VendorRequestWizard;

/** ファイル > 事業者への依頼 > 依頼のブックを作成: the request wizard on the active engagement editor. */
public class VendorRequestHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ActiveEngagement active = ActiveEngagement.of(HandlerUtil.getActiveEditor(event));
		if (active != null) {
			new KansaWizardDialog(HandlerUtil.getActiveShell(event), new VendorRequestWizard(active)).open();
		}
		return null;
	}
}

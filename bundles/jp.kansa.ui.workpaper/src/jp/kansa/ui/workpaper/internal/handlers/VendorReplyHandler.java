/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.ui.workpaper.internal.wizards.VendorReplyWizard;
import jp.kansa.ui.workpaper.internal.wizards.VendorReplyWizardDialog;

/** ファイル > 事業者への依頼 > 回答の取込: the reply wizard on the active engagement editor. */
public class VendorReplyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ActiveEngagement active = ActiveEngagement.of(HandlerUtil.getActiveEditor(event));
		if (active != null) {
			new VendorReplyWizardDialog(HandlerUtil.getActiveShell(event), new VendorReplyWizard(active)).open();
		}
		return null;
	}
}

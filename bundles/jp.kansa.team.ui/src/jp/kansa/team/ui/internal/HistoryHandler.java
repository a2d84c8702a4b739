/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** チーム > 履歴: brings the 履歴 view up; it follows the selection. */
public final class HistoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		try {
			HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().showView(HistoryView.ID);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		return null;
	}
}

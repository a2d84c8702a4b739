/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.ui.internal.views.NavigationHistory;

/**
 * 戻る (Alt+←, the platform's backward-history command) in the 確認表 views: back to what was
 * selected before in the navigator or the cross-reference view, e.g. the check point whose
 * reference link opened a guideline section.
 */
public class BackHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			NavigationHistory.of(page).goBack(page);
		}
		return null;
	}
}

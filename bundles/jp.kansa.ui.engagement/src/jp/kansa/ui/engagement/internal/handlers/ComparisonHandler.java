/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.kansa.ui.engagement.internal.editors.EngagementEditor;

/**
 * A ファイル menu comparison of the engagement being edited with another file: without an
 * engagement editor active, the user is told so ({@link Comparisons#activeEngagement}) and nothing
 * is compared.
 */
abstract class ComparisonHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		EngagementEditor editor = window == null ? null : Comparisons.activeEngagement(window);
		if (editor != null) {
			compare(window, editor);
		}
		return null;
	}

	/** Finds the file to compare the editor's engagement with and shows the differences. */
	abstract void compare(IWorkbenchWindow window, EngagementEditor editor);
}

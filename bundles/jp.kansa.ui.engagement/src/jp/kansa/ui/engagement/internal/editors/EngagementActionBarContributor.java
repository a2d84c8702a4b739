/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/** Points Undo and Redo at the command stack of whichever engagement editor is active. */
public class EngagementActionBarContributor extends MultiPageEditorActionBarContributor {

	private final CommandStackAction undo = CommandStackAction.undo();
	private final CommandStackAction redo = CommandStackAction.redo();

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		var domain = part instanceof EngagementEditor editor ? editor.getEditingDomain() : null;
		undo.setCommandStack(domain == null ? null : domain.getCommandStack());
		redo.setCommandStack(domain == null ? null : domain.getCommandStack());
		getActionBars().updateActionBars();
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the actions follow the editor, not its pages
	}

	@Override
	public void dispose() {
		undo.setCommandStack(null);
		redo.setCommandStack(null);
		super.dispose();
	}
}

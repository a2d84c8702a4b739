/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchCommandConstants;

import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Undo or redo of the active engagement editor's command stack, installed as the global action
 * handler so that Edit > Undo, Ctrl+Z and Ctrl+Y reach it. Its text names the command
 * ("元に戻す: 役割分担の変更") so the auditor knows what will change.
 */
final class CommandStackAction extends Action implements CommandStackListener {

	private final boolean undo;
	private CommandStack stack;

	private CommandStackAction(boolean undo) {
		this.undo = undo;
		setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
		update();
	}

	static CommandStackAction undo() {
		return new CommandStackAction(true);
	}

	static CommandStackAction redo() {
		return new CommandStackAction(false);
	}

	void setCommandStack(CommandStack stack) {
		if (this.stack != null) {
			this.stack.removeCommandStackListener(this);
		}
		this.stack = stack;
		if (stack != null) {
			stack.addCommandStackListener(this);
		}
		update();
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}

	@Override
	public void run() {
		if (stack == null) {
			return;
		}
		if (undo && stack.canUndo()) {
			stack.undo();
		} else if (!undo && stack.canRedo()) {
			stack.redo();
		}
	}

	private void update() {
		boolean enabled = stack != null && (undo ? stack.canUndo() : stack.canRedo());
		setEnabled(enabled);
		Command next = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
		String base = undo ? Messages.Action_undo : Messages.Action_redo;
		setText(next == null || next.getLabel() == null ? base : NLS.bind(Messages.Action_undoWithLabel, base, next.getLabel()));
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.tests;

import java.util.function.Predicate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import jp.kansa.ui.testing.ModalDialogs;

/**
 * Modal dialogs opened the way a user opens them (a command of the File menu), driven by real
 * events while they are open. A modal dialog runs its own event loop until it closes, so the
 * steps of the test run inside that loop, started by a timer once the dialog's shell shows.
 */
final class Dialogs {

	/** What a test does while the dialog is open; may throw assertion errors. */
	@FunctionalInterface
	interface Steps {
		void run(Shell dialog) throws Exception;
	}

	/** Opens something that may block (a modal dialog's event loop). */
	@FunctionalInterface
	interface Opener {
		void open() throws Exception;
	}

	private static final long OPEN_TIMEOUT_MILLIS = 20_000;

	private Dialogs() {
	}

	/** Executes a workbench command as the menu item bound to it does (enablement included). */
	static Opener command(String commandId) {
		return () -> PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
	}

	/**
	 * Runs {@code opener}; once a new shell of a JFace window shows, runs {@code steps} on it
	 * inside the dialog's event loop. Whatever the steps leave open is closed; what they threw is
	 * rethrown here once the opener has returned.
	 */
	static void whileOpen(Opener opener, Steps steps) throws Exception {
		ModalDialogs.answer(opener::open, shell -> shell.getData() instanceof Window, steps::run, OPEN_TIMEOUT_MILLIS);
	}

	/** The button of a JFace dialog with this id ({@link IDialogConstants#NEXT_ID} …); JFace keeps the id as the button's data. */
	static Button button(Shell dialog, int id) {
		Button button = find(dialog, Button.class, b -> Integer.valueOf(id).equals(b.getData()));
		if (button == null) {
			throw new AssertionError("no button " + id + " in " + dialog.getText()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return button;
	}

	/** The first visible control of the type that matches, depth first. */
	static <T extends Control> T find(Control root, Class<T> type, Predicate<T> matches) {
		if (!root.isVisible()) {
			return null;
		}
		if (type.isInstance(root) && matches.test(type.cast(root))) {
			return type.cast(root);
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, matches);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}

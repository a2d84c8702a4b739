/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A modal dialog opened by a user's action and answered while it is open. A modal dialog runs
 * its own event loop until it closes, so the action that opens it does not return before the
 * dialog is gone; the answer therefore runs inside that loop, started by a timer that polls for
 * the dialog's shell.
 * <p>
 * The poll stops with the call that started it: a poll outliving a failed test would otherwise
 * find and close the next test's dialog.
 */
public final class ModalDialogs {

	/** The user's action that opens the dialog; may block in the dialog's event loop. */
	@FunctionalInterface
	public interface Action {
		void run() throws Exception;
	}

	/** What the user does in the open dialog (read it, press its buttons); may fail the test. */
	@FunctionalInterface
	public interface Answer {
		void answer(Shell dialog) throws Exception;
	}

	/** Any shell that was not there before the action. */
	public static final Predicate<Shell> ANY = shell -> true;

	private static final long DEFAULT_TIMEOUT_MILLIS = 15_000;
	private static final long FOCUS_WAIT_MILLIS = 3_000;

	private ModalDialogs() {
	}

	/** {@link #answer(Action, Predicate, Answer, long)} for any new shell, within 15 s. */
	public static String answer(Action action, Answer answer) throws Exception {
		return answer(action, ANY, answer, DEFAULT_TIMEOUT_MILLIS);
	}

	/** Runs the action and closes the dialog it opens, as a user does after reading it; returns its texts. */
	public static String close(Action action) throws Exception {
		return answer(action, ANY, Shell::close, DEFAULT_TIMEOUT_MILLIS);
	}

	/**
	 * Runs {@code action}; once a new visible shell that {@code isTheDialog} accepts shows (and,
	 * when it takes the keyboard within a few seconds, has it), reads its texts and hands it to
	 * {@code answer} inside the dialog's event loop. Whatever the answer leaves open is closed, so
	 * that a failing answer never blocks the test. Fails when no such dialog opened within
	 * {@code timeoutMillis}; rethrows what the answer threw.
	 *
	 * @return the dialog's texts as {@link #texts(Shell)} reads them when it showed
	 */
	public static String answer(Action action, Predicate<Shell> isTheDialog, Answer answer, long timeoutMillis)
			throws Exception {
		Display display = Display.getCurrent();
		Set<Shell> before = new HashSet<>(List.of(display.getShells()));
		long deadline = System.currentTimeMillis() + timeoutMillis;
		StringBuilder seen = new StringBuilder();
		boolean[] answered = new boolean[1];
		boolean[] stopped = new boolean[1];
		Throwable[] failure = new Throwable[1];
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (stopped[0]) {
				return;
			}
			Optional<Shell> dialog = newShell(display, before, isTheDialog);
			if (dialog.isEmpty()) {
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(100, poll[0]);
				}
				return;
			}
			Shell shell = dialog.get();
			answered[0] = true;
			try {
				waitForKeyboard(display, shell);
				seen.append(texts(shell));
				answer.answer(shell);
			} catch (Throwable t) {
				failure[0] = t;
			} finally {
				if (!shell.isDisposed()) {
					shell.close(); // a modal dialog left open would block the test for good
				}
			}
		};
		display.timerExec(200, poll[0]);
		try {
			action.run();
			// an action that does not block (a dialog opened later, asynchronously) returns at once
			UiTestSupport.waitUntil(() -> answered[0] && newShell(display, before, isTheDialog).isEmpty(),
					Math.max(0, deadline - System.currentTimeMillis()));
			UiTestSupport.spin();
		} finally {
			stopped[0] = true;
		}
		if (failure[0] instanceof Exception e) {
			throw e;
		}
		if (failure[0] instanceof Error e) {
			throw e;
		}
		if (!answered[0]) {
			throw new AssertionError("no dialog opened within " + timeoutMillis + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return seen.toString();
	}

	/** Everything a dialog shows as text, one per line: title, labels, fields and buttons. */
	public static String texts(Shell shell) {
		List<String> texts = new ArrayList<>();
		texts.add(shell.getText());
		collect(shell, texts);
		return String.join("\n", texts); //$NON-NLS-1$
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof Label label) {
			texts.add(label.getText());
		} else if (control instanceof Text text) {
			texts.add(text.getText());
		} else if (control instanceof Button button) {
			texts.add(button.getText());
		} else if (control instanceof CLabel label) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}

	private static Optional<Shell> newShell(Display display, Set<Shell> before, Predicate<Shell> isTheDialog) {
		for (Shell shell : display.getShells()) {
			if (!before.contains(shell) && !shell.isDisposed() && shell.isVisible() && isTheDialog.test(shell)) {
				return Optional.of(shell);
			}
		}
		return Optional.empty();
	}

	/**
	 * Keys typed before the dialog has the keyboard go to the window below; a dialog without a
	 * focusable control never gets it, hence the bound.
	 */
	private static void waitForKeyboard(Display display, Shell dialog) {
		long until = System.currentTimeMillis() + FOCUS_WAIT_MILLIS;
		while (System.currentTimeMillis() < until && !dialog.isDisposed()) {
			Control focus = display.getFocusControl();
			if (focus != null && focus.getShell() == dialog) {
				break;
			}
			UiTestSupport.sleep(50);
			UiTestSupport.spin();
		}
		UiTestSupport.spin();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import jp.kansa.ui.testing.NativeChooser;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * GTK's folder chooser (SWT's DirectoryDialog) answered by keys as a user who knows the path does:
 * Ctrl+L opens the location entry, the full path is typed, Enter chooses it. Typing straight into
 * the chooser would start GTK's search instead, where Enter opens the folder found rather than
 * choosing it; hence Ctrl+L first, and only once the chooser has the keyboard.
 * <p>
 * The chooser is no SWT shell and runs its own loop: a chooser that does not close would block the
 * test for good. So every step is bounded, and a chooser still open afterwards is closed (Esc,
 * then Esc sent to its window by xdotool) and reported, so that a broken chooser fails the test
 * instead of hanging CI.
 */
final class FolderChooserByKeys {

	/** How long GTK may take to map a first chooser on a busy machine (seen up to 9 s). */
	private static final long SHOW_TIMEOUT_MILLIS = 30_000;
	private static final long FOCUS_TIMEOUT_MILLIS = 3_000;
	/** After Enter, how long the chooser may take to close before it is closed by force. */
	private static final int CLOSE_TIMEOUT_MILLIS = 10_000;
	private static final int STEP_MILLIS = 500;

	private final Display display;
	private final String title;
	private final List<String> problems = new ArrayList<>();
	private boolean typed;

	FolderChooserByKeys(Display display, String title) {
		this.display = display;
		this.title = title;
	}

	/**
	 * Arms the answer; call right before the click that opens the chooser (the answer runs in the
	 * chooser's own loop, started by timers).
	 */
	void choose(Path folder) {
		NativeChooser.whenShown(display, title, SHOW_TIMEOUT_MILLIS, () -> {
			if (!NativeChooser.isShown(title)) {
				// no keys then: they would land in the dialog below and could share by themselves
				problems.add("GTK's chooser titled " + title + " did not show within " + SHOW_TIMEOUT_MILLIS + " ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return;
			}
			waitForKeyboard(System.currentTimeMillis() + FOCUS_TIMEOUT_MILLIS, false, () -> {
				UserEvents.keyIntoNativeDialog(display, SWT.CTRL, 'l');
				display.timerExec(STEP_MILLIS, () -> UserEvents.typeIntoNativeDialog(display, folder.toString(),
						() -> display.timerExec(STEP_MILLIS, () -> {
							screen("share-chooser-location"); //$NON-NLS-1$
							UserEvents.keyIntoNativeDialog(display, 0, SWT.CR);
							typed = true;
							display.timerExec(CLOSE_TIMEOUT_MILLIS, () -> closeIfStillOpen(0));
						})));
			});
		});
	}

	/** What went wrong with the chooser, empty when it took the path and closed by itself. */
	List<String> problems() {
		return problems;
	}

	boolean typed() {
		return typed;
	}

	/**
	 * Keys go to the window that has X's focus. A window manager gives it to a new dialog; Xvfb
	 * has none, and GTK leaves the focus where it was (the 共有 dialog): after a moment's wait the
	 * chooser is given the focus through xdotool, as a user's click on it would, and the keys go
	 * only once X says it has it.
	 */
	private void waitForKeyboard(long deadline, boolean focusGiven, Runnable then) {
		String focused = xdotool("getwindowfocus").strip(); //$NON-NLS-1$
		List<String> choosers = List.of(xdotool("search", "--onlyvisible", "--name", pattern()).strip().split("\\s+")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (!focused.isEmpty() && choosers.contains(focused)) {
			display.timerExec(STEP_MILLIS, then);
		} else if (System.currentTimeMillis() < deadline) {
			display.timerExec(250, () -> waitForKeyboard(deadline, focusGiven, then));
		} else if (!focusGiven) {
			xdotool("search", "--onlyvisible", "--name", pattern(), "windowfocus", "--sync"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			waitForKeyboard(System.currentTimeMillis() + FOCUS_TIMEOUT_MILLIS, true, then);
		} else {
			problems.add("GTK's chooser " + choosers + " did not get the keyboard (X's focus: " + focused //$NON-NLS-1$ //$NON-NLS-2$
					+ "); closed it without typing"); //$NON-NLS-1$
			closeIfStillOpen(2); // Esc posted now would go to the window that has the focus: the 共有 dialog
		}
	}

	/** Esc twice as a user would (the first may only close the location's completion), then Esc into its window by xdotool. */
	private void closeIfStillOpen(int attempt) {
		if (!NativeChooser.isShown(title)) {
			if (attempt > 0) {
				problems.add(attempt <= 2 ? "closed by Esc" : "closed by Esc sent to its window by xdotool"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return;
		}
		if (attempt == 0) {
			screen("share-chooser-stuck"); //$NON-NLS-1$
			problems.add("GTK's chooser was still open " + CLOSE_TIMEOUT_MILLIS + " ms after Enter: closed it"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (attempt < 2) {
			UserEvents.keyIntoNativeDialog(display, 0, SWT.ESC);
		} else if (attempt < 6) {
			xdotool("search", "--onlyvisible", "--name", pattern(), "windowfocus", "--sync", "key", "Escape"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		} else {
			problems.add("GTK's chooser could not be closed"); //$NON-NLS-1$
			return;
		}
		display.timerExec(2 * STEP_MILLIS, () -> closeIfStillOpen(attempt + 1));
	}

	/** The whole screen (the chooser is no SWT shell) into target/screenshots, to see what it showed. */
	private void screen(String name) {
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		UiTestSupport.save(image, name);
	}

	private String pattern() {
		return "^" + title.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1") + "$"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** xdotool's output, empty when it fails or takes longer than 5 s. */
	private static String xdotool(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add("xdotool"); //$NON-NLS-1$
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return ""; //$NON-NLS-1$
			}
			return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ""; //$NON-NLS-1$
		}
	}
}

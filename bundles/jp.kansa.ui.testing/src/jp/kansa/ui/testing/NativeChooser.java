/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.testing;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * GTK's file chooser, which SWT opens as a native window it cannot see: no Shell, no event of
 * its own. Its keys must wait until it is on screen: GTK's first chooser of a fresh home folder
 * takes seconds to come up on a busy machine (measured 2–9 s at load average 11), and keys sent
 * before that go to the window below. The X server knows when it is mapped: {@code xdotool
 * search --onlyvisible --name} finds it by its title (the FileDialog's text).
 */
public final class NativeChooser {

	/** Once mapped, GTK still builds the chooser's widgets before it takes keys. */
	private static final long SETTLE_MILLIS = 1_000;
	/** Without xdotool (a developer machine lacking it), the old guess of how long it takes. */
	private static final long BLIND_DELAY_MILLIS = 8_000;

	private NativeChooser() {
	}

	/**
	 * Runs {@code then} on the UI thread once a visible window titled exactly {@code title} is on
	 * the X display (and had a moment to settle), polling every 250 ms for at most
	 * {@code timeoutMillis}; when it never shows, runs {@code then} anyway so that the test's keys
	 * (and its Esc fallback) fail it instead of hanging it. Call it before the action that opens
	 * the chooser: the poll runs inside the chooser's own event loop.
	 */
	public static void whenShown(Display display, String title, long timeoutMillis, Runnable then) {
		if (!xdotoolAvailable()) {
			display.timerExec((int) BLIND_DELAY_MILLIS, then);
			return;
		}
		long deadline = System.currentTimeMillis() + timeoutMillis;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (isShown(title)) {
				display.timerExec((int) SETTLE_MILLIS, then);
			} else if (System.currentTimeMillis() < deadline) {
				display.timerExec(250, poll[0]);
			} else {
				then.run();
			}
		};
		display.timerExec(250, poll[0]);
	}

	/** Whether a visible window with exactly this title is on the display now. */
	public static boolean isShown(String title) {
		// xdotool takes a POSIX extended expression: its special characters are escaped one by one
		String pattern = "^" + title.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1") + "$"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return run("xdotool", "search", "--onlyvisible", "--name", pattern) == 0; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static boolean xdotoolAvailable() {
		return run("xdotool", "version") == 0; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The command's exit code, or -1 when it cannot run or takes longer than 5 s. */
	private static int run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return -1;
			}
			return process.exitValue();
		} catch (IOException e) {
			return -1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}
}

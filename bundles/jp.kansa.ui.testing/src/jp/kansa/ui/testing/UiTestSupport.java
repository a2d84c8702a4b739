/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.testing;

import java.io.File;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The event-loop chores of UI tests that drive the real workbench without SWTBot: running
 * pending UI work, waiting for a condition while the UI keeps running, and saving what the user
 * sees as a PNG under {@code target/screenshots} for a person to look at.
 */
public final class UiTestSupport {

	private UiTestSupport() {
	}

	/** The longest one spin runs: a source that never runs dry must not hang the test. */
	private static final long SPIN_LIMIT_MILLIS = 2_000;

	/**
	 * Runs pending UI work (layouts, async selection notifications, paints). Bounded in time: inside
	 * a native dialog's loop (GTK's file chooser refilters its completion again and again) there
	 * is always another event, and an unbounded spin would never return.
	 */
	public static void spin() {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + SPIN_LIMIT_MILLIS;
		for (int round = 0; round < 3; round++) {
			while (display.readAndDispatch()) {
				if (System.currentTimeMillis() > end) {
					return;
				}
			}
		}
	}

	/** Spins until the condition holds or the time is up; the caller asserts afterwards. */
	public static void waitUntil(BooleanSupplier condition, long timeoutMillis) {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			spin();
			sleep(10);
		}
	}

	public static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Copies what is on screen inside the shell to target/screenshots/name.png. */
	public static File screenshot(Shell shell, String name) {
		spin();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		return save(image, name);
	}

	/** Writes the image to target/screenshots/name.png and disposes it. */
	public static File save(Image image, String name) {
		try {
			File folder = new File(System.getProperty("user.dir"), "target/screenshots"); //$NON-NLS-1$ //$NON-NLS-2$
			folder.mkdirs();
			File file = new File(folder, name + ".png"); //$NON-NLS-1$
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.getPath(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.InputEvent;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

import jp.kansa.ui.testing.UiTestSupport;

/**
 * Mouse clicks that go through the X server (XTest, by way of {@link Robot}), for what
 * {@code UserEvents} cannot do on GTK 3: SWT's {@code Display.post} puts a button event straight
 * into GDK's queue with time 0 and coordinates of the window under the pointer, so GTK never
 * turns two clicks into a double-click and a forms {@code Hyperlink} sees its mouse-up
 * "outside" itself and ignores it. A person's mouse goes through the X server; so does this.
 */
final class RealMouse {

	private static Robot robot;

	private RealMouse() {
	}

	static void click(Control control, int x, int y) {
		clicks(control, x, y, 1);
	}

	static void doubleClick(Control control, int x, int y) {
		clicks(control, x, y, 2);
	}

	private static void clicks(Control control, int x, int y, int count) {
		control.getShell().forceActive();
		UiTestSupport.spin();
		Point onScreen = control.toDisplay(x, y);
		Robot mouse = robot();
		mouse.mouseMove(onScreen.x, onScreen.y);
		UiTestSupport.spin();
		for (int i = 0; i < count; i++) {
			mouse.mousePress(InputEvent.BUTTON1_DOWN_MASK);
			mouse.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
		}
		// the X server delivers asynchronously: let GTK read and dispatch the events
		for (int round = 0; round < 10; round++) {
			UiTestSupport.spin();
			UiTestSupport.sleep(20);
		}
	}

	private static synchronized Robot robot() {
		if (robot == null) {
			System.setProperty("java.awt.headless", "false"); //$NON-NLS-1$ //$NON-NLS-2$
			try {
				robot = new Robot();
			} catch (AWTException e) {
				throw new AssertionError("no X server for real mouse events", e); //$NON-NLS-1$
			}
		}
		return robot;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * What a user does, as operating-system events: {@link Display#post(Event)} puts them into the
 * X server's queue (Xvfb in tests), so they go through focus, traversal, mnemonics, default
 * buttons and key bindings exactly as a person's keyboard and mouse do. A test that calls a
 * handler or sets a model proves the code; these prove that a user can do it.
 */
public final class UserEvents {

	private UserEvents() {
	}

	/** Moves the mouse to the middle of the control and clicks the left button. */
	public static void click(Control control) {
		Rectangle size = control.getBounds();
		clickAt(control, size.width / 2, size.height / 2);
	}

	/** Clicks the left button at a point in the control's own coordinates. */
	public static void clickAt(Control control, int x, int y) {
		clickAt(control, x, y, 1, 1);
	}

	/** Double-clicks the left button at a point in the control's own coordinates. */
	public static void doubleClickAt(Control control, int x, int y) {
		clickAt(control, x, y, 1, 2);
	}

	/** Clicks the given button (1 left, 3 right) {@code count} times at the point. */
	public static void clickAt(Control control, int x, int y, int button, int count) {
		Display display = control.getDisplay();
		control.getShell().forceActive();
		UiTestSupport.spin();
		Point onScreen = control.toDisplay(x, y);
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = onScreen.x;
		move.y = onScreen.y;
		display.post(move);
		UiTestSupport.spin();
		for (int i = 0; i < count; i++) {
			post(display, SWT.MouseDown, button);
			post(display, SWT.MouseUp, button);
		}
		UiTestSupport.spin();
	}

	/** Types the text key by key into whatever has the focus (ASCII: an X server without an input method cannot type Japanese). */
	public static void type(Display display, String text) {
		for (char c : text.toCharArray()) {
			key(display, 0, c);
		}
	}

	/** Presses one key with modifiers, e.g. {@code key(d, SWT.MOD1, 's')}, {@code key(d, 0, SWT.CR)}. */
	public static void key(Display display, int modifiers, int key) {
		pressModifiers(display, modifiers, SWT.KeyDown);
		Event down = keyEvent(SWT.KeyDown, key);
		display.post(down);
		display.post(keyEvent(SWT.KeyUp, key));
		pressModifiers(display, modifiers, SWT.KeyUp);
		UiTestSupport.spin();
	}

	private static Event keyEvent(int type, int key) {
		Event event = new Event();
		event.type = type;
		if ((key & SWT.KEYCODE_BIT) != 0) {
			event.keyCode = key;
		} else {
			event.character = (char) key;
			event.keyCode = Character.toLowerCase(key);
		}
		return event;
	}

	private static void pressModifiers(Display display, int modifiers, int type) {
		int[] keys = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
		for (int modifier : keys) {
			if ((modifiers & modifier) != 0) {
				Event event = new Event();
				event.type = type;
				event.keyCode = modifier;
				display.post(event);
			}
		}
	}

	private static void post(Display display, int type, int button) {
		Event event = new Event();
		event.type = type;
		event.button = button;
		display.post(event);
	}
}

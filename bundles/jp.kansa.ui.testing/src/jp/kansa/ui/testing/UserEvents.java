/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/**
 * What a user does, as operating-system events: {@link Display#post(Event)} puts them into the
 * X server's queue (Xvfb in tests), so they go through focus, traversal, mnemonics, default
 * buttons and key bindings exactly as a person's keyboard and mouse do. A test that calls a
 * handler or sets a model proves the code; these prove that a user can do it.
 * <p>
 * Two things a person does without thinking have to be done here on purpose, because the X
 * server delivers posted events asynchronously and Xvfb runs no window manager:
 * <ul>
 * <li>a person looks at the window before typing: each click first makes its window the active
 * one and puts the pointer over it (keys go where the pointer and the X focus are), and when
 * the clicked control takes the keyboard, returns only once it has it;</li>
 * <li>a person sees the key land before pressing the next: each key and click returns only
 * once SWT has dispatched its release, so the next event, and the test's next look at the
 * widgets, come after it.</li>
 * </ul>
 * Both waits are bounded: an event that lands in an open menu (which grabs the keyboard) ends the
 * wait when the menu shows or hides. Keys for a native dialog, which never come back to SWT, go
 * through {@link #typeIntoNativeDialog(Display, String, Runnable)} and are not waited for. A key that opens a menu may be
 * lost in the moment GTK takes the keyboard: {@link Menus#showByKeys} presses it again, as a user does.
 */
public final class UserEvents {

	/** How long a posted event may take to come back from the X server on a busy machine. */
	private static final long DELIVERY_TIMEOUT_MILLIS = 3_000;

	/** Inside an open menu the release never reaches SWT: waiting longer gains nothing. */
	private static final long MENU_KEY_TIMEOUT_MILLIS = 300;

	private static final int[] MODIFIERS = { SWT.CTRL, SWT.SHIFT, SWT.ALT };

	private UserEvents() {
	}

	/** Moves the mouse to the middle of the control and clicks the left button. */
	public static void click(Control control) {
		Rectangle size = control.getBounds();
		clickAt(control, size.width / 2, size.height / 2);
	}

	/** Rests the pointer on a point in the control's own coordinates, without clicking. */
	public static void hover(Control control, int x, int y) {
		activate(control.getShell());
		movePointer(control.getDisplay(), control.toDisplay(x, y));
	}

	/**
	 * Turns the mouse wheel where the pointer is, {@code notches} steps: negative down (towards
	 * the end of a page), positive up. Through xdotool (X buttons 4 and 5): SWT's
	 * {@code Display.post} of a MouseWheel event reaches no widget on GTK 3.
	 */
	public static void wheel(Display display, int notches) {
		String button = notches < 0 ? "5" : "4"; //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Process xdotool = new ProcessBuilder("xdotool", "click", "--repeat", String.valueOf(Math.abs(notches)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"--delay", "50", button).inheritIO().start(); //$NON-NLS-1$ //$NON-NLS-2$
			long deadline = System.currentTimeMillis() + DELIVERY_TIMEOUT_MILLIS;
			while (xdotool.isAlive() && System.currentTimeMillis() < deadline) {
				UiTestSupport.spin();
				UiTestSupport.sleep(10);
			}
			if (xdotool.isAlive() || xdotool.exitValue() != 0) {
				xdotool.destroyForcibly();
				throw new IllegalStateException("xdotool could not turn the wheel"); //$NON-NLS-1$
			}
		} catch (java.io.IOException e) {
			throw new IllegalStateException("xdotool is needed to turn the wheel", e); //$NON-NLS-1$
		}
		UiTestSupport.spin();
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
		activate(control.getShell());
		movePointer(display, control.toDisplay(x, y));
		// a right click opens a context menu, which grabs the pointer: its release never reaches SWT
		int releases = button == 3 ? 0 : count;
		try (Delivery delivery = new Delivery(display, button == 3 ? SWT.MouseDown : SWT.MouseUp)) {
			for (int i = 0; i < count; i++) {
				post(display, SWT.MouseDown, button);
				post(display, SWT.MouseUp, button);
			}
			delivery.await(button == 3 ? count : releases, DELIVERY_TIMEOUT_MILLIS);
		}
		if (button == 1 && takesKeyboard(control)) {
			UiTestSupport.waitUntil(() -> control.isDisposed() || control.isFocusControl(), DELIVERY_TIMEOUT_MILLIS);
		}
		UiTestSupport.spin();
	}

	/**
	 * Makes the shell the active window with the pointer over it, as a user's hand and eyes are
	 * before typing: without a window manager nothing activates a newly mapped dialog, and keys
	 * go to the window under the pointer.
	 */
	public static void activate(Shell shell) {
		Display display = shell.getDisplay();
		UiTestSupport.waitUntil(() -> shell.isDisposed() || shell.isVisible(), DELIVERY_TIMEOUT_MILLIS);
		if (shell.isDisposed()) {
			return;
		}
		Rectangle bounds = shell.getBounds();
		Point pointer = display.getCursorLocation();
		if (!bounds.contains(pointer)) {
			movePointer(display, new Point(bounds.x + bounds.width / 2, bounds.y + Math.min(bounds.height / 2, 40)));
		}
		// SWT's idea of the active shell can be stale once a dialog has closed: ask X every time
		long end = System.currentTimeMillis() + DELIVERY_TIMEOUT_MILLIS;
		do {
			shell.forceActive();
			UiTestSupport.waitUntil(() -> shell.isDisposed() || display.getActiveShell() == shell, 250);
		} while (display.getActiveShell() != shell && System.currentTimeMillis() < end && !shell.isDisposed());
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
		try (Delivery delivery = new Delivery(display, SWT.KeyUp)) {
			delivery.await(press(display, modifiers, key), DELIVERY_TIMEOUT_MILLIS);
		}
		UiTestSupport.spin();
	}

	/** Time between two keys typed into a native dialog: its loop handles each key (and its completion) in between. */
	private static final int NATIVE_KEY_STEP_MILLIS = 60;

	/**
	 * Types into a native dialog (GTK's file chooser), which is no SWT shell: its keys never come
	 * back to SWT, so nothing is waited for. One key per timer callback, as a person types, so that
	 * the dialog's own loop handles each key (and the completion it starts) before the next; then
	 * {@code then} runs. Call from inside the dialog's loop (a {@code timerExec} callback).
	 */
	public static void typeIntoNativeDialog(Display display, String text, Runnable then) {
		if (text.isEmpty()) {
			display.timerExec(NATIVE_KEY_STEP_MILLIS, then);
			return;
		}
		press(display, 0, text.charAt(0));
		display.timerExec(NATIVE_KEY_STEP_MILLIS, () -> typeIntoNativeDialog(display, text.substring(1), then));
	}

	/**
	 * A key for a native dialog; see {@link #typeIntoNativeDialog(Display, String, Runnable)}. Only posted: the dialog's own
	 * loop dispatches it once the caller returns (X keeps the order), and dispatching here, inside
	 * that loop, would compete with it.
	 */
	public static void keyIntoNativeDialog(Display display, int modifiers, int key) {
		press(display, modifiers, key);
	}

	/** Posts the key with its modifiers down and up; returns how many releases SWT will see. */
	private static int press(Display display, int modifiers, int key) {
		pressModifiers(display, modifiers, SWT.KeyDown);
		display.post(keyEvent(SWT.KeyDown, key));
		display.post(keyEvent(SWT.KeyUp, key));
		return 1 + pressModifiers(display, modifiers, SWT.KeyUp);
	}

	/** Whether a click on this kind of control gives it the keyboard, as GTK does. */
	private static boolean takesKeyboard(Control control) {
		if (control.isDisposed() || !control.isEnabled()) { // a click on 完了 closes the dialog
			return false;
		}
		// a read-only combo opens its list instead; buttons and labels need not be waited for
		return control instanceof Text || control instanceof Table || control instanceof Tree || control instanceof List
				|| control instanceof Spinner || control instanceof StyledText
				|| (control instanceof Combo && (control.getStyle() & SWT.READ_ONLY) == 0);
	}

	/** Moves the pointer and returns once the X server reports it there. */
	private static void movePointer(Display display, Point onScreen) {
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = onScreen.x;
		move.y = onScreen.y;
		display.post(move);
		UiTestSupport.waitUntil(() -> onScreen.equals(display.getCursorLocation()), DELIVERY_TIMEOUT_MILLIS);
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

	private static int pressModifiers(Display display, int modifiers, int type) {
		int pressed = 0;
		for (int modifier : MODIFIERS) {
			if ((modifiers & modifier) != 0) {
				Event event = new Event();
				event.type = type;
				event.keyCode = modifier;
				display.post(event);
				pressed++;
			}
		}
		return pressed;
	}

	private static void post(Display display, int type, int button) {
		Event event = new Event();
		event.type = type;
		event.button = button;
		display.post(event);
	}

	/**
	 * Counts the events of one type that SWT dispatches while it is open: the sign that posted
	 * events have come back from the X server. A pop-up menu shown or hidden meanwhile ends the
	 * wait too: an open menu grabs keyboard and pointer, so their releases never reach SWT.
	 */
	private static final class Delivery implements AutoCloseable {

		private final Display display;
		private final int type;
		private int seen;
		private boolean menuChanged;
		private final boolean menuWasOpen;
		private final Listener counter = event -> seen++;
		private final Listener menus = event -> menuChanged |= event.widget instanceof Menu;

		Delivery(Display display, int type) {
			this.display = display;
			this.type = type;
			this.menuWasOpen = OpenMenus.on(display).any();
			display.addFilter(type, counter);
			display.addFilter(SWT.Show, menus);
			display.addFilter(SWT.Hide, menus);
		}

		void await(int count, long timeoutMillis) {
			long timeout = menuWasOpen ? MENU_KEY_TIMEOUT_MILLIS : timeoutMillis;
			UiTestSupport.waitUntil(() -> seen >= count || menuChanged, timeout);
		}

		@Override
		public void close() {
			display.removeFilter(type, counter);
			display.removeFilter(SWT.Show, menus);
			display.removeFilter(SWT.Hide, menus);
		}
	}

	/** Which drop-down and pop-up menus of the display are open, watched from the first event posted. */
	private static final class OpenMenus {

		private static final String KEY = OpenMenus.class.getName();
		private int open;

		static OpenMenus on(Display display) {
			OpenMenus watch = (OpenMenus) display.getData(KEY);
			if (watch == null) {
				OpenMenus created = new OpenMenus();
				display.addFilter(SWT.Show, event -> created.count(event, +1));
				display.addFilter(SWT.Hide, event -> created.count(event, -1));
				display.setData(KEY, created);
				watch = created;
			}
			return watch;
		}

		private void count(Event event, int change) {
			if (event.widget instanceof Menu menu && (menu.getStyle() & SWT.BAR) == 0) {
				open = Math.max(0, open + change);
			}
		}

		boolean any() {
			return open > 0;
		}
	}
}

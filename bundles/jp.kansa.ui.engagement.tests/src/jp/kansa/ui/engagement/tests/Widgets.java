/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/** Finding widgets as a user finds them on screen, and watching the pop-up menus they open. */
final class Widgets {

	private Widgets() {
	}

	/** Every control under {@code root} (itself included) of the type that passes the test. */
	static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<T> test) {
		List<T> found = new ArrayList<>();
		collect(root, type, test, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> test, List<T> found) {
		if (control.isDisposed()) {
			return;
		}
		if (type.isInstance(control) && test.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, test, found);
			}
		}
	}

	/** Name and value of every row of a property sheet tree, "name=value", categories expanded. */
	static List<String> propertyRows(Tree tree) {
		List<String> rows = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			addRows(item, rows);
		}
		return rows;
	}

	private static void addRows(TreeItem item, List<String> rows) {
		rows.add(item.getText(0) + "=" + item.getText(1)); //$NON-NLS-1$
		for (TreeItem child : item.getItems()) {
			addRows(child, rows);
		}
	}

	/**
	 * Watches the display for pop-up menus being shown and their items being armed (highlighted
	 * by the keyboard or the mouse), so that a test can steer a real menu with real keys.
	 */
	static final class MenuWatcher implements AutoCloseable {
		private final Display display;
		private final Listener shown = e -> {
			if (e.widget instanceof Menu menu) {
				this.menu = menu;
			}
		};
		private final Listener armed = e -> {
			if (e.widget instanceof MenuItem item) {
				this.item = item;
			}
		};
		private Menu menu;
		private MenuItem item;

		MenuWatcher(Display display) {
			this.display = display;
			display.addFilter(SWT.Show, shown);
			display.addFilter(SWT.Arm, armed);
		}

		/** The menu shown since the last reset, waiting a little for the window system. */
		Menu awaitMenu() {
			UiTestSupport.waitUntil(() -> menu != null && !menu.isDisposed() && menu.isVisible(), 5_000);
			return menu;
		}

		void reset() {
			menu = null;
			item = null;
		}

		/** Presses the down arrow until the item with that text is highlighted, then Enter. */
		void choose(String text) {
			for (int presses = 0; presses < 40; presses++) {
				if (item != null && !item.isDisposed() && text.equals(item.getText())) {
					UserEvents.key(display, 0, SWT.CR);
					UiTestSupport.spin();
					return;
				}
				UserEvents.key(display, 0, SWT.ARROW_DOWN);
				UiTestSupport.sleep(30);
				UiTestSupport.spin();
			}
			throw new AssertionError("the keyboard never reached the menu item " + text); //$NON-NLS-1$
		}

		@Override
		public void close() {
			display.removeFilter(SWT.Show, shown);
			display.removeFilter(SWT.Arm, armed);
		}
	}

	static String text(Widget widget) {
		return widget instanceof MenuItem item ? item.getText() : String.valueOf(widget);
	}
}

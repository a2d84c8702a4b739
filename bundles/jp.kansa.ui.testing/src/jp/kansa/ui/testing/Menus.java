/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Menus as a user meets them: found by the label they read, opened by keys, read back as shown
 * (mnemonic and accelerator included), closed with Esc. Shared by every UI test bundle, so that
 * each menu contribution is checked in the runtime that contributes it.
 */
public final class Menus {

	private Menus() {
	}

	/** The drop-down menu of a menu bar entry whose label starts with the given text. */
	public static Menu barMenu(Shell shell, String label) {
		for (MenuItem item : shell.getMenuBar().getItems()) {
			if (item.getText().startsWith(label)) {
				return item.getMenu();
			}
		}
		throw new AssertionError("no menu " + label + " in the menu bar"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The submenu behind an item whose label starts with the given text. */
	public static Menu subMenu(Menu menu, String label) {
		for (MenuItem item : menu.getItems()) {
			if (item.getText().startsWith(label) && item.getMenu() != null) {
				return item.getMenu();
			}
		}
		throw new AssertionError("no submenu " + label + " in " + labels(menu)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Presses the keys and waits until the menu is on screen, so that the labels read afterwards
	 * are those of the menu the keys opened. GTK may already have popped a submenu up when its
	 * item got selected; the keys are pressed all the same, as they also move the keyboard into
	 * it. A key pressed in the moment GTK takes the keyboard for a menu just opened can be lost
	 * on a busy machine, and the user presses it again: so does this, up to three times.
	 */
	public static List<String> showByKeys(Menu menu, Runnable keys) {
		for (int attempt = 0; attempt < 3; attempt++) {
			UiTestSupport.sleep(300);
			UiTestSupport.spin();
			keys.run();
			UiTestSupport.waitUntil(menu::isVisible, 2_000);
			if (menu.isVisible()) {
				UiTestSupport.sleep(300);
				UiTestSupport.spin();
				return labels(menu);
			}
		}
		throw new AssertionError("the keys did not open the menu " + labels(menu)); //$NON-NLS-1$
	}

	/** The labels of a menu's items as the user reads them (mnemonic and accelerator included). */
	public static List<String> labels(Menu menu) {
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				labels.add(item.getText());
			}
		}
		return labels;
	}

	/**
	 * A Japanese label has no letter of its own to underline: each item needs "(&X)", once in
	 * its menu, and never "&&", which GTK shows as a literal "(&X)" instead of an underline.
	 */
	public static void assertEveryItemHasItsOwnMnemonic(List<String> labels) {
		Map<Character, String> byMnemonic = new HashMap<>();
		for (String label : labels) {
			if (label.isBlank()) {
				continue; // a separator
			}
			int amp = label.indexOf('&');
			if (amp < 0 || amp + 1 >= label.length()) {
				throw new AssertionError("no mnemonic: " + label); //$NON-NLS-1$
			}
			if (label.contains("&&")) { //$NON-NLS-1$
				throw new AssertionError("a literal & shown: " + label); //$NON-NLS-1$
			}
			char mnemonic = Character.toUpperCase(label.charAt(amp + 1));
			String other = byMnemonic.put(Character.valueOf(mnemonic), label);
			if (other != null) {
				throw new AssertionError("(&" + mnemonic + ") twice: " + other + " / " + label); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	/**
	 * Alt+{@code barKey} opens the menu bar entry (pressed again if GTK lost it), then each of
	 * {@code itemKeys} picks an item by its mnemonic, as a user who knows the menu types it.
	 */
	public static void chooseByKeys(Shell shell, String barLabel, char barKey, char... itemKeys) {
		Display display = shell.getDisplay();
		closeStrayMenus(shell);
		UserEvents.activate(shell);
		showByKeys(barMenu(shell, barLabel), () -> UserEvents.key(display, SWT.ALT, barKey));
		for (char key : itemKeys) {
			UserEvents.key(display, 0, key);
			UiTestSupport.sleep(200); // a submenu pops up a moment after its item is chosen
			UiTestSupport.spin();
		}
	}

	/**
	 * Closes bar menus left open by an earlier step (an open menu grabs pointer and keyboard: the
	 * next click would land nowhere) and says which, so that the step that left it is found.
	 *
	 * @return the labels of the menus that were open
	 */
	public static List<String> closeStrayMenus(Shell shell) {
		List<String> open = new ArrayList<>();
		if (shell.getMenuBar() != null) {
			for (MenuItem item : shell.getMenuBar().getItems()) {
				if (item.getMenu() != null && item.getMenu().isVisible()) {
					open.add(item.getText());
				}
			}
		}
		if (!open.isEmpty()) {
			System.out.println("a menu was left open, closed with Esc: " + open); //$NON-NLS-1$
			escape(shell.getDisplay());
		}
		return open;
	}

	/** Closes every open menu as a user does. */
	public static void escape(Display display) {
		for (int i = 0; i < 3; i++) {
			UserEvents.key(display, 0, SWT.ESC);
		}
		UiTestSupport.sleep(100);
		UiTestSupport.spin();
	}
}

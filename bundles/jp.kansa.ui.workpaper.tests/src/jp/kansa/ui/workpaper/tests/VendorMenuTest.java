/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jp.kansa.ui.testing.Menus;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/** ファイル > 事業者への依頼 as the user reads it: Japanese, each item with a mnemonic of its own. */
class VendorMenuTest {

	@AfterEach
	void closeMenus() {
		Menus.escape(Display.getCurrent());
	}

	@Test
	void vendorRoundItemsHaveTheirOwnMnemonics() {
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = main.getDisplay();
		UserEvents.activate(main);
		Menu file = Menus.barMenu(main, "ファイル"); //$NON-NLS-1$
		Menus.showByKeys(file, () -> UserEvents.key(display, SWT.ALT, 'f'));
		List<String> labels = Menus.showByKeys(Menus.subMenu(file, "事業者への依頼"), () -> UserEvents.key(display, 0, 'v')); //$NON-NLS-1$
		UiTestSupport.screenshot(main, "menu-file-vendor"); //$NON-NLS-1$
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("依頼のブックを作成(&R)...")), labels::toString); //$NON-NLS-1$
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("回答の取込(&A)...")), labels::toString); //$NON-NLS-1$
		Menus.assertEveryItemHasItsOwnMnemonic(labels);
	}
}

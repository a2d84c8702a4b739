/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jp.kansa.ui.testing.Menus;
import jp.kansa.ui.testing.UiTestSupport;

/** The main menu in Japanese, opened with the keyboard as a user does (Alt+mnemonic). */
class MenusTest {

	@AfterEach
	void closeMenus() {
		Ui.escapeMenus();
	}

	@Test
	void fileMenuItemsAreJapanese() {
		Menu file = Ui.barMenu("ファイル"); //$NON-NLS-1$
		List<String> labels = Ui.showByKeys(file, () -> Ui.key(SWT.ALT, 'f'));
		UiTestSupport.screenshot(Ui.mainShell(), "menu-file"); //$NON-NLS-1$
		assertStartsWith(labels, "新規(&N)"); //$NON-NLS-1$
		assertStartsWith(labels, "最近使ったファイル(&F)"); //$NON-NLS-1$
		assertStartsWith(labels, "保存(&S)\t"); //$NON-NLS-1$
		assertStartsWith(labels, "名前を付けて保存(&A)..."); //$NON-NLS-1$
		assertStartsWith(labels, "終了(&X)"); //$NON-NLS-1$
		assertStartsWith(labels, "エンゲージメントを開く(&O)..."); //$NON-NLS-1$
		assertStartsWith(labels, "サンプルを開く(&M)"); //$NON-NLS-1$
		assertNoEnglish(labels);
		assertEveryItemHasItsOwnMnemonic(labels);
	}

	private static void assertEveryItemHasItsOwnMnemonic(List<String> labels) {
		Menus.assertEveryItemHasItsOwnMnemonic(labels);
	}

	@Test
	void newMenuListsOtherOnce() {
		Menu file = Ui.barMenu("ファイル"); //$NON-NLS-1$
		Ui.showByKeys(file, () -> Ui.key(SWT.ALT, 'f'));
		Menu newMenu = Ui.subMenu(file, "新規"); //$NON-NLS-1$
		List<String> labels = Ui.showByKeys(newMenu, () -> Ui.key(0, 'n'));
		UiTestSupport.screenshot(Ui.mainShell(), "menu-file-new"); //$NON-NLS-1$
		long others = labels.stream().filter(label -> label.startsWith("その他") || label.contains("Other")).count(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, others, "one その他… entry: " + labels); //$NON-NLS-1$
		assertStartsWith(labels, "その他(&O)...\tCtrl+N"); //$NON-NLS-1$
		assertStartsWith(labels, "監査エンゲージメント"); //$NON-NLS-1$
	}

	@Test
	void windowMenuItemsAreJapanese() {
		Menu window = Ui.barMenu("ウィンドウ"); //$NON-NLS-1$
		List<String> labels = Ui.showByKeys(window, () -> Ui.key(SWT.ALT, 'w'));
		UiTestSupport.screenshot(Ui.mainShell(), "menu-window"); //$NON-NLS-1$
		assertStartsWith(labels, "ビューの表示(&V)"); //$NON-NLS-1$
		assertStartsWith(labels, "パースペクティブのリセット(&R)..."); //$NON-NLS-1$
		assertStartsWith(labels, "設定(&P)..."); //$NON-NLS-1$
		assertNoEnglish(labels);
		List<String> views = Ui.showByKeys(Ui.subMenu(window, "ビューの表示"), () -> Ui.key(0, 'v')); //$NON-NLS-1$
		assertStartsWith(views, "その他(&O)..."); //$NON-NLS-1$
	}

	@Test
	void helpMenuHasVersionInformation() {
		Menu help = Ui.barMenu("ヘルプ"); //$NON-NLS-1$
		List<String> labels = Ui.showByKeys(help, () -> Ui.key(SWT.ALT, 'h'));
		// the test runtime adds org.eclipse.ui.ide's English key assist here; the product has no ui.ide
		assertStartsWith(labels, "バージョン情報(&A)"); //$NON-NLS-1$
		assertTrue(labels.stream().noneMatch(label -> label.startsWith("About")), labels::toString); //$NON-NLS-1$
	}

	private static void assertStartsWith(List<String> labels, String start) {
		assertTrue(labels.stream().anyMatch(label -> label.startsWith(start)), () -> "no item '" + start + "' in " + labels); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The platform's English labels that were shown before the language fragments. */
	private static void assertNoEnglish(List<String> labels) {
		for (String english : List.of("Save", "Exit", "Reset", "Preferences", "About", "Other", "Undo", "Redo")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			assertTrue(labels.stream().noneMatch(label -> label.contains(english)), () -> english + " in " + labels); //$NON-NLS-1$
		}
	}
}

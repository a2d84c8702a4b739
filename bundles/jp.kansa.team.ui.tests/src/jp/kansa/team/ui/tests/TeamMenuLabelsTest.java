/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.tests;

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

/** チーム as the user reads it: Japanese, each item with a mnemonic of its own, never Git words. */
class TeamMenuLabelsTest {

	@AfterEach
	void closeMenus() {
		Menus.escape(Display.getCurrent());
	}

	@Test
	void teamItemsAreJapaneseWithTheirOwnMnemonics() {
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = main.getDisplay();
		UserEvents.activate(main);
		Menu team = Menus.barMenu(main, "チーム"); //$NON-NLS-1$
		List<String> labels = Menus.showByKeys(team, () -> UserEvents.key(display, SWT.ALT, 't'));
		UiTestSupport.screenshot(main, "menu-team"); //$NON-NLS-1$
		for (String item : List.of("共有された監査を取り込む(&T)...", "共有(&S)...", "同期(&Y)", "競合の解決(&C)...", "履歴(&H)")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			assertTrue(labels.stream().anyMatch(l -> l.startsWith(item)), () -> item + " in " + labels); //$NON-NLS-1$
		}
		for (String git : List.of("Git", "commit", "push", "pull", "merge", "clone")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			assertTrue(labels.stream().noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains(git.toLowerCase(java.util.Locale.ROOT))),
					() -> git + " in " + labels); //$NON-NLS-1$
		}
		Menus.assertEveryItemHasItsOwnMnemonic(labels);
	}
}

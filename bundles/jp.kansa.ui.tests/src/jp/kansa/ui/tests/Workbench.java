/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

import jp.kansa.ui.internal.CatalogPerspective;
import jp.kansa.ui.testing.Menus;
import jp.kansa.ui.testing.UiTestSupport;

/** Drives the running workbench from tests on the UI thread, without SWTBot. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbenchPage openCatalogPerspective() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		try {
			PlatformUI.getWorkbench().showPerspective(CatalogPerspective.ID, window);
		} catch (WorkbenchException e) {
			throw new AssertionError(e);
		}
		window.getShell().setBounds(0, 0, 1280, 1000);
		spin();
		Menus.closeStrayMenus(window.getShell());
		return window.getActivePage();
	}

	static <T extends IViewPart> T show(IWorkbenchPage page, String id, Class<T> type) {
		try {
			T view = type.cast(page.showView(id));
			spin();
			return view;
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	/** Runs pending UI work (layouts, async selection notifications, paints). */
	static void spin() {
		UiTestSupport.spin();
	}

	static void waitUntil(BooleanSupplier condition) {
		UiTestSupport.waitUntil(condition, 5000);
	}

	/** Every tree item below the given ones, depth first, expanding as it goes. */
	static List<TreeItem> descendants(TreeItem[] items) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : items) {
			all.add(item);
			all.addAll(descendants(item.getItems()));
		}
		return all;
	}

	static int depth(TreeItem item) {
		int depth = 0;
		for (TreeItem parent = item.getParentItem(); parent != null; parent = parent.getParentItem()) {
			depth++;
		}
		return depth;
	}

	/** Saves what the user would see in the shell to target/screenshots/name.png. */
	static File screenshot(Shell shell, String name) {
		return UiTestSupport.screenshot(shell, name);
	}
}

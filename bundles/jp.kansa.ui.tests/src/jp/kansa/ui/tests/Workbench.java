/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

import jp.kansa.ui.internal.CatalogPerspective;

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
		Display display = Display.getCurrent();
		for (int round = 0; round < 3; round++) {
			while (display.readAndDispatch()) {
				// keep dispatching
			}
		}
	}

	static void waitUntil(BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 5000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			spin();
		}
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

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Window size, title and menus of the workbench window; remembers the files its editors open. */
public class KansaWindowAdvisor extends WorkbenchWindowAdvisor {

	private static final Point PREFERRED_SIZE = new Point(1280, 900);

	public KansaWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new KansaActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(initialSize(Display.getCurrent().getPrimaryMonitor().getClientArea()));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(Messages.windowTitle);
	}

	@Override
	public void postWindowOpen() {
		getWindowConfigurer().getWindow().getPartService().addPartListener(new RecentFilesRecorder(new RecentFiles()));
	}

	/** The preferred size, but never larger than the screen (a 1024×700 laptop would lose the status line). */
	static Point initialSize(Rectangle screen) {
		return new Point(Math.min(PREFERRED_SIZE.x, screen.width), Math.min(PREFERRED_SIZE.y, screen.height));
	}
}

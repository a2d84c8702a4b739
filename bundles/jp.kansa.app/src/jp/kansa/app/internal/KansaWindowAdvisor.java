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
		StartupPhases.mark(StartupPhases.WINDOW);
		getWindowConfigurer().getWindow().getPartService().addPartListener(new RecentFilesRecorder(new RecentFiles()));
	}

	/**
	 * The whole work area of the screen at the first start (later starts restore what the user
	 * chose): the role matrix and the 評価 page want every column an auditor's screen has, and a
	 * 1024×700 laptop keeps its status line.
	 */
	static Point initialSize(Rectangle screen) {
		return new Point(screen.width, screen.height);
	}
}

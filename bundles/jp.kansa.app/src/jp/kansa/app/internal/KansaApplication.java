/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the Kansa workbench. */
public class KansaApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		StartupPhases.mark(StartupPhases.APPLICATION);
		Display display = PlatformUI.createDisplay();
		StartupPhases.mark(StartupPhases.DISPLAY);
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new KansaWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}

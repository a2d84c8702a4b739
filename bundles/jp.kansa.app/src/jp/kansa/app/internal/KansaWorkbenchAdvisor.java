/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the 確認表 perspective and reports when the workbench is usable. */
public class KansaWorkbenchAdvisor extends WorkbenchAdvisor {

	static final String CATALOG_PERSPECTIVE_ID = "jp.kansa.ui.perspective.catalog"; //$NON-NLS-1$

	@Override
	public String getInitialWindowPerspectiveId() {
		return CATALOG_PERSPECTIVE_ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new KansaWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		StartupProbe.reportWhenIdle(getWorkbenchConfigurer().getWorkbench().getDisplay());
	}
}

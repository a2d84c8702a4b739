/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.service.prefs.BackingStoreException;

/** Opens the 確認表 perspective (and the sample engagement on a first start) and reports when the workbench is usable. */
public class KansaWorkbenchAdvisor extends WorkbenchAdvisor {

	static final String CATALOG_PERSPECTIVE_ID = "jp.kansa.ui.perspective.catalog"; //$NON-NLS-1$

	/** Program argument (releng/launch.sh passes it) asking to show the sample on the first start of a workspace. */
	static final String OPEN_SAMPLE_ARGUMENT = "-openSample"; //$NON-NLS-1$
	static final String OPEN_SAMPLE_COMMAND = "jp.kansa.ui.engagement.openSample"; //$NON-NLS-1$
	private static final String SAMPLE_SHOWN = "sampleShown"; //$NON-NLS-1$

	@Override
	public String getInitialWindowPerspectiveId() {
		return CATALOG_PERSPECTIVE_ID;
	}

	@Override
	public void preStartup() {
		StartupPhases.mark(StartupPhases.WORKBENCH);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new KansaWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
		openSampleOnFirstStart(workbench);
		StartupProbe.reportWhenIdle(workbench.getDisplay());
	}

	/**
	 * A new user should land in an engagement with something to find, not an empty window; once
	 * shown, the sample is not forced on the auditor again (the preference lives in the workspace).
	 */
	private static void openSampleOnFirstStart(IWorkbench workbench) {
		if (!Arrays.asList(Platform.getApplicationArgs()).contains(OPEN_SAMPLE_ARGUMENT)) {
			return;
		}
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("jp.kansa.app"); //$NON-NLS-1$
		if (preferences.getBoolean(SAMPLE_SHOWN, false)) {
			return;
		}
		try {
			workbench.getService(IHandlerService.class).executeCommand(OPEN_SAMPLE_COMMAND, null);
			preferences.putBoolean(SAMPLE_SHOWN, true);
			preferences.flush();
		} catch (BackingStoreException | org.eclipse.core.commands.ExecutionException
				| org.eclipse.core.commands.common.NotDefinedException | org.eclipse.core.commands.NotEnabledException
				| org.eclipse.core.commands.NotHandledException e) {
			ILog.of(KansaWorkbenchAdvisor.class).error("Could not open the sample engagement", e); //$NON-NLS-1$
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Prints one line when the workbench has drawn its first window and the event queue has run
 * dry, i.e. when a user can click. releng/measure-startup.sh and the smoke test wait for it.
 */
final class StartupProbe {

	static final String READY_MARKER = "KANSA_READY"; //$NON-NLS-1$

	/** The line before the ready line: wall/CPU milliseconds of each phase (StartupPhases). */
	static final String PHASES_MARKER = "KANSA_PHASES"; //$NON-NLS-1$

	/** System property: close the workbench as soon as it is usable (startup measurement). */
	static final String EXIT_WHEN_READY = "kansa.exitWhenReady"; //$NON-NLS-1$

	private StartupProbe() {
	}

	static void reportWhenIdle(Display display) {
		display.asyncExec(() -> {
			StartupPhases.mark(StartupPhases.READY);
			long sinceJvmStart = StartupPhases.sinceJvmStart();
			// the phases first: whoever waits for the ready line finds them already written
			System.out.println(PHASES_MARKER + " " + StartupPhases.describe()); //$NON-NLS-1$
			System.out.println(READY_MARKER + " " + sinceJvmStart + " ms since JVM start; views=" + openViews() + "; editors=" + openEditors()); //$NON-NLS-1$ //$NON-NLS-1$ //$NON-NLS-2$
			System.out.flush();
			if (Boolean.getBoolean(EXIT_WHEN_READY)) {
				// a training start: closing normally lets the JVM write its class-data archive
				PlatformUI.getWorkbench().close();
			}
		});
	}

	/** The editors of the active page (the sample engagement on a first start). */
	private static String openEditors() {
		return describe(page -> Arrays.stream(page.getEditorReferences()).map(r -> r.getId() + ":" + r.getName())); //$NON-NLS-1$
	}

	/**
	 * The views of the active page with the title a user reads, so that the smoke test can tell
	 * an empty window apart and see the Japanese titles.
	 */
	private static String openViews() {
		return describe(page -> Arrays.stream(page.getViewReferences()).map(r -> r.getId() + "[" + r.getPartName() + "]")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String describe(Function<IWorkbenchPage, Stream<String>> parts) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		return page == null ? "" : parts.apply(page).collect(Collectors.joining(",")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

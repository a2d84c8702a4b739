/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.startprobe.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The probe's last add-on: created once the model is loaded and the add-ons before it (the
 * command, context, binding and handler services) exist; told by the renderer when the
 * windows are created, it then queues the ready line behind whatever the event loop has left.
 */
public class ProbeAddon {

	@Inject
	private MApplication application;

	@PostConstruct
	void workbenchCreated() {
		ProbePhases.mark(ProbePhases.WORKBENCH);
	}

	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		ProbePhases.mark(ProbePhases.WINDOW);
		Display.getCurrent().asyncExec(() -> {
			ProbePhases.reportReady("e4"); //$NON-NLS-1$
			if (ProbePhases.exitWhenReady()) {
				// a training start: a clean exit lets the JVM write its class-data archive and
				// Equinox its framework state, as the product's training start does
				application.getContext().get(IWorkbench.class).close();
			}
		});
	}
}

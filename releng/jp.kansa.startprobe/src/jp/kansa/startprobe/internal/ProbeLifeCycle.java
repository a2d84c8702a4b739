/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.startprobe.internal;

import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

/**
 * The e4 life-cycle handler (-lifeCycleURI): the earliest code of ours that E4Application runs,
 * right after it has created the display and the workbench context.
 */
public class ProbeLifeCycle {

	@PostContextCreate
	void contextCreated() {
		ProbePhases.mark(ProbePhases.DISPLAY);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.startprobe.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Marks the application phase of an e4 probe start: releng/measure-e4-floor.sh lists the probe
 * as started at level 4 in bundles.info, so Equinox's start-level thread starts it with
 * core.runtime, right before the framework launches the application. Nothing of the probe
 * runs inside E4Application before it has made the display, so this is the closest
 * counterpart of the product's application mark (KansaApplication.start).
 */
public class ProbeActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		ProbePhases.mark(ProbePhases.APPLICATION);
	}

	@Override
	public void stop(BundleContext context) {
		// nothing to release
	}
}

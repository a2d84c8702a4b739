/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.views;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Red for no 適合 through yellow to green for all 適合, as the workpaper's colour scale, in light
 * tints so the black figures stay readable. Colours without a device need no disposing.
 */
final class RateColours {

	private static final Color[] STEPS = new Color[11];

	static {
		for (int i = 0; i < STEPS.length; i++) {
			STEPS[i] = new Color(rgb(i / 10.0));
		}
	}

	private RateColours() {
	}

	/** The colour of a rate, in steps of ten percent. */
	static Color of(double rate) {
		int step = (int) Math.round(Math.max(0, Math.min(1, rate)) * 10);
		return STEPS[step];
	}

	static RGB rgb(double rate) {
		// light red (248,105,107) → light yellow (255,235,132) → light green (99,190,123)
		if (rate <= 0.5) {
			double t = rate / 0.5;
			return new RGB(mix(248, 255, t), mix(105, 235, t), mix(107, 132, t));
		}
		double t = (rate - 0.5) / 0.5;
		return new RGB(mix(255, 99, t), mix(235, 190, t), mix(132, 123, t));
	}

	private static int mix(int from, int to, double t) {
		return (int) Math.round(from + (to - from) * t);
	}
}

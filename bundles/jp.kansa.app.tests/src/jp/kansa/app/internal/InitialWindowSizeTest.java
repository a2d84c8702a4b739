/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

/** The first window takes the screen's work area: all of a large screen, no more than a small one. */
class InitialWindowSizeTest {

	@Test
	void theWindowFillsTheWorkAreaOfLargeAndSmallScreens() {
		assertEquals(new Point(1600, 1000), KansaWindowAdvisor.initialSize(new Rectangle(0, 0, 1600, 1000)));
		assertEquals(new Point(1024, 668), KansaWindowAdvisor.initialSize(new Rectangle(0, 32, 1024, 668)));
	}
}

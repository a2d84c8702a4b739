/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The mouse wheel over a combo of an editor page scrolls the page, unless the combo has the
 * keyboard. GTK turns each notch over a combo into its next value: an auditor scrolling down
 * 評価 or 指摘事項 past the 評価, 状況 or 対応責任者 combo changed it without noticing, and the
 * engagement was marked changed. A combo the auditor clicked into still takes the wheel.
 */
final class WheelScrollsPage {

	/** Pixels per wheel step when the page's scroll bar names no increment of its own. */
	private static final int STEP = 20;

	private WheelScrollsPage() {
	}

	static void guard(Combo combo) {
		combo.addListener(SWT.MouseWheel, event -> wheel(combo, event));
	}

	private static void wheel(Combo combo, Event event) {
		if (combo.isFocusControl()) {
			return;
		}
		event.doit = false;
		ScrolledComposite page = scrolledAncestor(combo.getParent());
		if (page != null) {
			ScrollBar bar = page.getVerticalBar();
			int step = bar != null && bar.getIncrement() > 1 ? bar.getIncrement() : STEP;
			Point origin = page.getOrigin();
			// a positive count is the wheel turned up: towards the top of the page
			page.setOrigin(origin.x, Math.max(0, origin.y - event.count * step));
		}
	}

	private static ScrolledComposite scrolledAncestor(Composite composite) {
		for (Composite parent = composite; parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				return scrolled;
			}
		}
		return null;
	}
}

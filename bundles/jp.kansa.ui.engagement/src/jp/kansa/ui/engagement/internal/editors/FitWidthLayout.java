/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Layout;

/**
 * A page body holding one list-and-detail sash: the sash gets the page's width and as much
 * height as it needs, so the page scrolls down to a tall detail but never sideways. With
 * FillLayout the page asked the sash for its preferred width — the sum of its tables' columns
 * and of its fields' whole texts on one line — and grew far wider than the editor once a finding
 * was shown: the list took the view and the detail sat cut at its right edge.
 */
final class FitWidthLayout extends Layout {

	/** Below this the page scrolls sideways after all: list and detail need some room each. */
	private static final int MINIMUM_WIDTH = 420;

	@Override
	protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
		Control[] children = composite.getChildren();
		int height = children.length == 0 ? 0 : children[0].computeSize(SWT.DEFAULT, SWT.DEFAULT, flushCache).y;
		return new Point(wHint == SWT.DEFAULT ? MINIMUM_WIDTH : wHint, hHint == SWT.DEFAULT ? height : hHint);
	}

	@Override
	protected void layout(Composite composite, boolean flushCache) {
		for (Control child : composite.getChildren()) {
			child.setBounds(composite.getClientArea());
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Runs a fit (column widths to a table's or tree's width) once the layout has settled rather than
 * at every resize: the workbench and the forms lay their sashes out several times in a row, and
 * the client area a fit reads is a round trip to the X server on GTK (~0.1 s of the start under
 * load, measured for the cross-reference tree). One {@code asyncExec} per burst of resizes, and
 * only when the control's size — known without asking the server — changed since the last fit.
 */
public final class SettledResize {

	private final Control control;
	private final Runnable fit;
	private boolean pending;
	private Point fittedSize;

	private SettledResize(Control control, Runnable fit) {
		this.control = control;
		this.fit = fit;
	}

	/** From now on, {@code fit} runs once after each burst of resizes of {@code control}. */
	public static void fitAfter(Control control, Runnable fit) {
		SettledResize settled = new SettledResize(control, fit);
		control.addListener(SWT.Resize, e -> settled.schedule());
	}

	private void schedule() {
		if (pending) {
			return;
		}
		pending = true;
		control.getDisplay().asyncExec(() -> {
			pending = false;
			if (!control.isDisposed() && !control.getSize().equals(fittedSize)) {
				fittedSize = control.getSize();
				fit.run();
			}
		});
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.Set;
import java.util.function.IntSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.ui.forms.widgets.ILayoutExtension;

/**
 * Lays out a form body whose one child, {@code grid}, holds the sections in a GridLayout of one or
 * two columns, chosen by the width the form has: one column on a narrow editor (an auditor's
 * 1024×700 laptop, where two columns squeezed every field to a third of its width), two when each
 * column gets {@code columnWidth}. Wide sections (tables of many columns) span both columns unless
 * each gets its natural width ({@code wideWidth}): on a maximised editor they stand side by side
 * instead of leaving the right half empty. Controls in {@code fullWidth} always span every column.
 * <p>
 * It is an {@link ILayoutExtension} so that the scrolled form passes its width when it asks for
 * the page's size: for a plain GridLayout it asks for the preferred width, and the page then
 * scrolled sideways instead of reflowing. (GridLayout is final, hence the grid composite inside.)
 */
final class ReflowingColumns extends Layout implements ILayoutExtension {

	private final Composite grid;
	private final GridLayout gridLayout = new GridLayout(1, true);
	private final int columnWidth;
	private final IntSupplier wideWidth;
	private final Set<Control> wide;
	private final Set<Control> fullWidth;

	ReflowingColumns(Composite grid, int columnWidth, IntSupplier wideWidth, Set<Control> wide, Set<Control> fullWidth) {
		this.grid = grid;
		this.columnWidth = columnWidth;
		this.wideWidth = wideWidth;
		this.wide = wide;
		this.fullWidth = fullWidth;
		gridLayout.horizontalSpacing = 10;
		gridLayout.verticalSpacing = 8;
		grid.setLayout(gridLayout);
	}

	@Override
	protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
		arrange(wHint);
		return grid.computeSize(wHint, hHint, flushCache);
	}

	@Override
	protected void layout(Composite composite, boolean flushCache) {
		Rectangle area = composite.getClientArea();
		arrange(area.width);
		grid.setBounds(area);
		grid.layout(flushCache);
	}

	/** Columns and spans for {@code width} (SWT.DEFAULT: as wide as the content likes). */
	private void arrange(int width) {
		int available = width == SWT.DEFAULT ? Integer.MAX_VALUE : width - 2 * gridLayout.marginWidth;
		int columns = available >= 2 * columnWidth + gridLayout.horizontalSpacing ? 2 : 1;
		boolean wideSideBySide = columns == 2 && available >= 2 * wideWidth.getAsInt() + gridLayout.horizontalSpacing;
		gridLayout.numColumns = columns;
		for (Control child : grid.getChildren()) {
			if (child.getLayoutData() instanceof GridData data) {
				data.horizontalSpan = fullWidth.contains(child) || (wide.contains(child) && !wideSideBySide) ? columns : 1;
			}
		}
	}

	/** How many columns the sections stand in since the last layout. */
	int columns() {
		return gridLayout.numColumns;
	}

	@Override
	public int computeMinimumWidth(Composite parent, boolean changed) {
		return columnWidth;
	}

	@Override
	public int computeMaximumWidth(Composite parent, boolean changed) {
		return computeSize(parent, SWT.DEFAULT, SWT.DEFAULT, changed).x;
	}
}

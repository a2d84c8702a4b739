/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.swt.graphics.Point;

/** What a {@link MatrixGrid} asks its owner to do: the grid knows cells, the owner knows the model. */
public interface MatrixGridActions {

	/** The cursor moved to the cell (by the mouse, the keyboard or {@link MatrixGrid#select}). */
	void cursorMoved(int row, int column);

	/** Opens the cell's menu at a point of the grid (a click, Enter, Space, Shift+F10, the menu key). */
	void openMenu(int row, int column, Point at);

	/** Ctrl+C or Ctrl+Insert. */
	void copy();
}

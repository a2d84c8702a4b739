/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jp.kansa.model.compare.Side;
import jp.kansa.team.PendingConflicts;

/**
 * 競合: both sides' values side by side, one row per conflict (notes listed after them, greyed);
 * the auditor keeps mine or takes the other side per row, or for all at once. Double-click (or
 * Space) on a row switches its side.
 */
final class ConflictDialog extends Dialog {

	private final PendingConflicts pending;
	private final List<Side> choices = new ArrayList<>();
	private Table table;

	ConflictDialog(Shell parent, PendingConflicts pending) {
		super(parent);
		this.pending = pending;
		pending.entries().forEach(e -> choices.add(Side.OURS));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.conflictsTitle + " — " + pending.engagementFile().getFileName()); //$NON-NLS-1$
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.conflictsIntro);
		GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(intro);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.columnPlace, Messages.columnField, Messages.columnMine,
				Messages.columnTheirs, Messages.columnKept }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(title == Messages.columnKept ? 70 : 170);
		}
		for (PendingConflicts.Entry entry : pending.entries()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(entry);
			if (!entry.decision()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			}
		}
		refresh();
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 240).applyTo(table);
		table.addListener(SWT.DefaultSelection, e -> toggleSelected());
		table.addListener(SWT.KeyDown, e -> {
			if (e.character == ' ') {
				toggleSelected();
			}
		});

		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		button(buttons, Messages.buttonMine, () -> setSelected(Side.OURS));
		button(buttons, Messages.buttonTheirs, () -> setSelected(Side.THEIRS));
		button(buttons, Messages.buttonAllMine, () -> setAll(Side.OURS));
		button(buttons, Messages.buttonAllTheirs, () -> setAll(Side.THEIRS));
		if (table.getItemCount() > 0) {
			table.setSelection(0);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.resolveButton, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private void toggleSelected() {
		for (int i : table.getSelectionIndices()) {
			choices.set(i, choices.get(i) == Side.OURS ? Side.THEIRS : Side.OURS);
		}
		refresh();
	}

	private void setSelected(Side side) {
		for (int i : table.getSelectionIndices()) {
			choices.set(i, side);
		}
		refresh();
	}

	private void setAll(Side side) {
		for (int i = 0; i < choices.size(); i++) {
			choices.set(i, side);
		}
		refresh();
	}

	private void refresh() {
		TableItem[] items = table.getItems();
		for (int i = 0; i < items.length; i++) {
			PendingConflicts.Entry e = pending.entries().get(i);
			if (!e.decision()) {
				choices.set(i, Side.OURS);
			}
			items[i].setText(new String[] { e.path(), e.fieldLabel() == null ? "" : e.fieldLabel(), shown(e.ours()), //$NON-NLS-1$
					shown(e.theirs()), !e.decision() ? Messages.noteRow
							: choices.get(i) == Side.OURS ? Messages.keptMine : Messages.keptTheirs });
		}
	}

	private static String shown(String value) {
		return value == null || value.isEmpty() ? Messages.removed : value.replace('\n', '⏎');
	}

	/** One side per entry of the conflicts file. */
	List<Side> choices() {
		return List.copyOf(choices);
	}

	Table table() {
		return table;
	}
}

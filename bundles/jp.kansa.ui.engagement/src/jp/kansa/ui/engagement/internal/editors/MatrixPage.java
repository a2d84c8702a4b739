/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Responsibility;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * 役割分担マトリクス: check points × contracts, drawn by a {@link MatrixGrid} (200 contracts × 54
 * check points are 10,800 cells; only those on screen are ever painted, an edit repaints its one
 * cell), cells coloured by the last validation run: red for an A-2 gap, amber for an overlap,
 * lilac for other problems of the check, grey for 対象外. A click on a cell opens the menu of
 * {@link MatrixCell#choices}.
 */
public class MatrixPage extends EngagementPage implements MatrixGridActions {

	public static final String ID = "matrix"; //$NON-NLS-1$

	/** Columns before the first contract: Part/category, check point. */
	public static final int FIRST_CONTRACT_COLUMN = MatrixCells.FIRST_CONTRACT_COLUMN;

	public static final RGB GAP = new RGB(255, 196, 196);
	public static final RGB OVERLAP = new RGB(255, 224, 140);
	public static final RGB OTHER_PROBLEM = new RGB(226, 212, 255);
	public static final RGB NOT_APPLICABLE = new RGB(232, 232, 232);
	/** The corner mark of a cell with a problem: dark red, seen without telling the colours apart. */
	public static final RGB MARK = new RGB(176, 0, 32);

	private static final int GROUP_COLUMN_WIDTH = 80;
	private static final int CHECK_POINT_COLUMN_WIDTH = 230;
	/** The 確認事項 column's narrowest: its id and a few characters of its text. */
	private static final int MIN_CHECK_POINT_COLUMN_WIDTH = 150;
	private static final int MIN_CONTRACT_COLUMN_WIDTH = 120;
	/** Wider titles are cut with "…", the header's tooltip has them whole: 200 contracts must still scroll. */
	private static final int MAX_CONTRACT_COLUMN_WIDTH = 480;
	/** Room for the cell's padding on both sides and the problem mark, in pixels. */
	private static final int CELL_PADDING = 20;

	private final Map<RGB, Color> colors = new HashMap<>();
	private MatrixCells cells;
	private MatrixGrid grid;
	/** The columns' widths of the last refresh; the 確認事項 one follows the grid's width. */
	private int[] widths;

	public MatrixPage(EngagementEditor editor) {
		super(editor, ID, Messages.Page_matrix);
	}

	@Override
	protected void createContent(FormToolkit toolkit, ScrolledForm form) {
		Composite body = form.getBody();
		body.setLayout(new GridLayout());
		createLegend(toolkit, body);
		for (RGB rgb : new RGB[] { GAP, OVERLAP, OTHER_PROBLEM, NOT_APPLICABLE, MARK }) {
			colors.put(rgb, new Color(rgb));
		}
		cells = new MatrixCells(CatalogRows.checkPoints(), colors);
		grid = new MatrixGrid(body, cells, this, colors.get(MARK));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		// small hints: the grid fills the page and scrolls itself instead of growing the form
		data.widthHint = 200;
		data.heightHint = 200;
		grid.setLayoutData(data);
		grid.addListener(SWT.Resize, e -> fitCheckPointColumn(false));
	}

	/**
	 * The hint and the colour legend wrap at the page's width: on one line they ran off a
	 * 1024-pixel window and hid half the legend.
	 */
	private void createLegend(FormToolkit toolkit, Composite body) {
		Label hint = toolkit.createLabel(body, Messages.Matrix_hint, SWT.WRAP);
		hint.setLayoutData(wrapping());
		Composite legend = toolkit.createComposite(body);
		RowLayout rows = new RowLayout();
		rows.wrap = true;
		rows.marginLeft = 0;
		legend.setLayout(rows);
		legend.setLayoutData(wrapping());
		legendEntry(toolkit, legend, GAP, Messages.Matrix_legendGap);
		legendEntry(toolkit, legend, OVERLAP, Messages.Matrix_legendOverlap);
		legendEntry(toolkit, legend, OTHER_PROBLEM, Messages.Matrix_legendOther);
		legendEntry(toolkit, legend, NOT_APPLICABLE, Messages.Matrix_legendNotApplicable);
	}

	private static GridData wrapping() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 100; // the layout widens it to the page and wraps the rest
		return data;
	}

	private static void legendEntry(FormToolkit toolkit, Composite legend, RGB rgb, String text) {
		Label label = toolkit.createLabel(legend, " " + text + " "); //$NON-NLS-1$ //$NON-NLS-2$
		Color color = new Color(rgb);
		label.setBackground(color);
		label.addListener(SWT.Dispose, e -> color.dispose());
	}

	@Override
	public void refresh() {
		cells.read(editor().engagement());
		widths = columnWidths();
		fitCheckPointColumn(true);
	}

	/**
	 * On a narrow editor (1024×700: the grid is ~520 px wide) the 確認事項 column gives up width so
	 * that the contracts still have room beside the frozen columns; its text is cut with "…" and
	 * the tooltip has it whole. Only a change of that width takes the columns again.
	 */
	private void fitCheckPointColumn(boolean always) {
		if (widths == null) {
			return;
		}
		int fitted = checkPointColumnWidth(grid.getClientArea().width);
		if (always || widths[1] != fitted) {
			widths[1] = fitted;
			grid.setColumns(widths.clone(), FIRST_CONTRACT_COLUMN);
		}
	}

	/** A third of the grid's width, within the column's narrowest and its usual width. */
	static int checkPointColumnWidth(int gridWidth) {
		return Math.clamp(gridWidth / 3, MIN_CHECK_POINT_COLUMN_WIDTH, CHECK_POINT_COLUMN_WIDTH);
	}

	/** The frozen columns' fixed widths, then each contract's fitting one: measured once per refresh, not per paint. */
	private int[] columnWidths() {
		List<Contract> contracts = cells.contracts();
		int[] widths = new int[FIRST_CONTRACT_COLUMN + contracts.size()];
		widths[0] = GROUP_COLUMN_WIDTH;
		widths[1] = CHECK_POINT_COLUMN_WIDTH;
		GC gc = new GC(grid);
		try {
			for (int i = 0; i < contracts.size(); i++) {
				widths[FIRST_CONTRACT_COLUMN + i] = fittingWidth(gc, contracts.get(i));
			}
		} finally {
			gc.dispose();
		}
		return widths;
	}

	/** As wide as the title and the widest text a cell of the contract can show, within bounds. */
	private int fittingWidth(GC gc, Contract contract) {
		String widestCell = ModelLabels.literal(Responsibility.JOINT) + ": " + contract.getParties().stream() //$NON-NLS-1$
				.filter(p -> p != editor().engagement().getInstitution()).map(ModelLabels::shortName)
				.collect(Collectors.joining("・")); //$NON-NLS-1$
		int text = Math.max(gc.stringExtent(MatrixCells.columnTitle(contract)).x, gc.stringExtent(widestCell).x);
		return Math.clamp(text + CELL_PADDING, MIN_CONTRACT_COLUMN_WIDTH, MAX_CONTRACT_COLUMN_WIDTH);
	}

	/**
	 * An edit of checks only repaints their cells: the grid reads the model when it paints, so
	 * nothing else has to be updated.
	 */
	@Override
	protected void changed(Command command) {
		Collection<?> affected = command == null ? List.of() : command.getAffectedObjects();
		if (affected.isEmpty() || !affected.stream().allMatch(ContractCheck.class::isInstance)
				|| !cells.showsContracts(editor().engagement().getContracts())) {
			refresh();
			return;
		}
		if (!affected.stream().allMatch(this::indexed)) {
			cells.reindex(editor().engagement()); // a check was added or removed
		}
		for (Object check : affected) {
			redrawCell(((ContractCheck) check).getContract(), ((ContractCheck) check).getCheckPointId());
		}
		if (selectedCheck() != ((IStructuredSelection) selection().getSelection()).getFirstElement()) {
			updateSelection(); // the cursor's cell got a new check (or lost it): the Properties view follows
		}
	}

	private void redrawCell(Contract contract, String checkPointId) {
		int row = rowOf(checkPointId);
		int column = columnOf(contract);
		if (row >= 0 && column >= 0) {
			grid.redrawCell(row, column);
		}
	}

	/** Whether the index already has the check in its cell (an edit of an existing check leaves it valid). */
	private boolean indexed(Object affected) {
		ContractCheck check = (ContractCheck) affected;
		return check.eContainer() != null && cells.index().find(check.getContract(), check.getCheckPointId()).orElse(null) == check;
	}

	@Override
	protected void validated(ValidationResults results) {
		Set<ValidationResults.Cell> changed = results.changedCells(cells.results());
		cells.setResults(results);
		if (changed.size() > 2 * cells.rowCount()) {
			grid.redraw();
			return;
		}
		for (ValidationResults.Cell cell : changed) {
			redrawCell(cell.contract(), cell.checkPointId());
		}
	}

	// ---- the grid's requests

	/** The cursor's cell is the selection: the Properties view then shows its check. */
	@Override
	public void cursorMoved(int row, int column) {
		updateSelection();
	}

	private void updateSelection() {
		ContractCheck check = selectedCheck();
		selection().setSelection(check == null ? StructuredSelection.EMPTY : new StructuredSelection(check));
	}

	/** The check of the cell under the cursor, null on the check point columns or an empty cell. */
	private ContractCheck selectedCheck() {
		int row = grid.cursorRow();
		int column = grid.cursorColumn();
		return row < 0 || column < FIRST_CONTRACT_COLUMN ? null : check(row, column);
	}

	@Override
	public void openMenu(int row, int column, Point at) {
		Menu menu = column >= FIRST_CONTRACT_COLUMN ? cellMenu(row, column) : rowMenu();
		menu.setLocation(at);
		menu.setVisible(true);
	}

	/** What hovering a cell says: the check point, the contract and every problem of the cell. */
	public String cellToolTip(int row, int column) {
		return cells.cellToolTip(row, column);
	}

	/** Puts the cursor on a cell: the Properties view then shows its check. */
	public void select(int row, int column) {
		grid.select(row, column);
	}

	/** Opens the menu of the cell under the cursor just below the cell, as a click on it would. */
	public void openMenuAtCursor() {
		if (grid.cursorRow() < 0) {
			grid.select(0, FIRST_CONTRACT_COLUMN);
		}
		grid.openMenuAtCursor();
	}

	// ---- copy

	/**
	 * Ctrl+C: on a contract cell with one row selected, the cell's text; otherwise the selected
	 * rows with a header line. Tab-separated, one line per row, whole names (not the cut ones).
	 */
	@Override
	public void copy() {
		int[] selected = grid.selectedRows();
		int row = grid.cursorRow();
		int column = grid.cursorColumn();
		String text;
		if (selected.length <= 1 && row >= 0 && column >= FIRST_CONTRACT_COLUMN) {
			text = MatrixCell.fullText(check(row, column));
		} else {
			text = MatrixCopy.rows(cells.rows(), cells.contracts(), cells.index(),
					selected.length == 0 ? new int[] { Math.max(0, row) } : selected);
		}
		Clipboard clipboard = new Clipboard(grid.getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** The menu on the check point columns: copying, as there is no role to choose. */
	private Menu rowMenu() {
		Menu menu = new Menu(grid);
		addCopyItems(menu);
		menu.addListener(SWT.Hide, e -> menu.getDisplay().asyncExec(menu::dispose));
		return menu;
	}

	private void addCopyItems(Menu menu) {
		MenuItem copy = new MenuItem(menu, SWT.PUSH);
		copy.setText(Messages.Matrix_copy + '\t' + Messages.Matrix_copyKey);
		copy.addListener(SWT.Selection, e -> copy());
	}

	/**
	 * The menu a click on the cell opens: one radio item per choice, the current one checked.
	 * Choosing an item executes the assignment as one undoable command.
	 */
	public Menu cellMenu(int row, int column) {
		Contract contract = cells.contract(column);
		String checkPointId = cells.rows().get(row).getId();
		ContractCheck check = check(row, column);
		Menu menu = new Menu(grid);
		for (MatrixCell choice : MatrixCell.choices(editor().engagement(), contract)) {
			MenuItem item = new MenuItem(menu, SWT.RADIO);
			item.setText(choice.label());
			item.setSelection(choice.matches(check));
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection() && !choice.matches(check(row, column))) {
					assign(contract, checkPointId, choice);
				}
			});
		}
		new MenuItem(menu, SWT.SEPARATOR);
		addCopyItems(menu);
		menu.addListener(SWT.Hide, e -> menu.getDisplay().asyncExec(menu::dispose));
		return menu;
	}

	public void assign(Contract contract, String checkPointId, MatrixCell choice) {
		commands().execute(commands().assign(cells.index().find(contract, checkPointId), contract, checkPointId,
				choice.responsibility(), choice.parties()));
	}

	public ContractCheck check(int row, int column) {
		return cells.check(row, column);
	}

	/** The text the grid paints in the cell. */
	public String cellText(int row, int column) {
		return cells.text(row, column);
	}

	/** The validation colour the grid paints the cell with, or null for none. */
	public RGB cellColor(int row, int column) {
		return cells.backgroundRgb(row, column);
	}

	/** The column's header as painted (title, then the contract's kind on a second line). */
	public String columnHeader(int column) {
		return cells.header(column);
	}

	public int rowOf(String checkPointId) {
		return cells.rowOf(checkPointId);
	}

	public int columnOf(Contract contract) {
		return cells.columnOf(contract);
	}

	public int rowCount() {
		return cells.rowCount();
	}

	public MatrixGrid grid() {
		return grid;
	}

	public int selectedRow() {
		return grid.cursorRow();
	}

	public int selectedColumn() {
		return grid.cursorColumn();
	}

	@Override
	public boolean reveal(EObject object) {
		if (object instanceof ContractCheck check) {
			int row = rowOf(check.getCheckPointId());
			int column = columnOf(check.getContract());
			if (row >= 0 && column >= 0) {
				select(row, column);
				return true;
			}
		}
		return false;
	}

	/**
	 * The keyboard belongs to the grid: the form would give it to the first composite (the
	 * legend), e.g. when the workbench re-focuses the editor after the cell's menu closed.
	 */
	@Override
	public void setFocus() {
		if (grid != null && !grid.isDisposed()) {
			grid.setFocus();
		} else {
			super.setFocus();
		}
	}

	@Override
	public void dispose() {
		colors.values().forEach(Color::dispose);
		super.dispose();
	}
}

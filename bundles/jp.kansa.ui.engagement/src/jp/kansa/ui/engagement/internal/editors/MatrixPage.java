/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Responsibility;
import jp.kansa.model.engagement.ContractCheckIndex;
import jp.kansa.model.validation.ValidationRule;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * 役割分担マトリクス: check points × contracts. A virtual SWT table (200 contracts × 54 check
 * points are 10,800 cells; only the visible rows are ever filled), cells coloured by the last
 * validation run: red for an A-2 gap, amber for an overlap, lilac for other problems of the
 * check, grey for 対象外. A click on a cell opens the menu of {@link MatrixCell#choices}.
 */
public class MatrixPage extends EngagementPage {

	public static final String ID = "matrix"; //$NON-NLS-1$

	/** Columns before the first contract: Part/category, check point. */
	public static final int FIRST_CONTRACT_COLUMN = 2;

	public static final RGB GAP = new RGB(255, 196, 196);
	public static final RGB OVERLAP = new RGB(255, 224, 140);
	public static final RGB OTHER_PROBLEM = new RGB(226, 212, 255);
	public static final RGB NOT_APPLICABLE = new RGB(232, 232, 232);

	private static final int MIN_CONTRACT_COLUMN_WIDTH = 120;
	/** Wider titles are clipped, the header's tooltip has them whole: 200 contracts must still scroll. */
	private static final int MAX_CONTRACT_COLUMN_WIDTH = 480;
	/** Room for the header's padding and sort arrow area, in pixels. */
	private static final int HEADER_PADDING = 36;
	private static final int SHORT_TEXT = 28;

	private final List<CheckPoint> rows = CatalogRows.checkPoints();
	private final List<Contract> columns = new ArrayList<>();
	/** Column index of each contract and row index of each check point: an edit finds its cell without a scan. */
	private final java.util.Map<Contract, Integer> columnIndex = new java.util.HashMap<>();
	private final java.util.Map<String, Integer> rowIndex = new java.util.HashMap<>();
	/**
	 * The rows GTK has asked for (virtual table): only those hold texts that an edit must update in
	 * place; the others are filled with the new state when they scroll into view.
	 */
	private final java.util.BitSet filled = new java.util.BitSet();
	private Table table;
	private ContractCheckIndex index;
	private ValidationResults results = ValidationResults.EMPTY;
	private Color gap;
	private Color overlap;
	private Color otherProblem;
	private Color notApplicable;
	private int selectedRow = -1;
	private int selectedColumn = -1;

	public MatrixPage(EngagementEditor editor) {
		super(editor, ID, Messages.Page_matrix);
	}

	@Override
	protected void createContent(FormToolkit toolkit, ScrolledForm form) {
		Composite body = form.getBody();
		body.setLayout(new GridLayout());
		createLegend(toolkit, body);
		table = toolkit.createTable(body,
				SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		// small hints: the table fills the page and scrolls itself instead of growing the form
		data.widthHint = 200;
		data.heightHint = 200;
		table.setLayoutData(data);
		gap = new Color(GAP);
		overlap = new Color(OVERLAP);
		otherProblem = new Color(OTHER_PROBLEM);
		notApplicable = new Color(NOT_APPLICABLE);
		TableColumn group = new TableColumn(table, SWT.LEFT);
		group.setText(Messages.Matrix_group);
		group.setWidth(90);
		TableColumn checkPoint = new TableColumn(table, SWT.LEFT);
		checkPoint.setText(Messages.Matrix_checkPoint);
		checkPoint.setWidth(280);
		table.addListener(SWT.SetData, this::fill);
		table.addListener(SWT.MouseDown, this::clicked);
		table.addListener(SWT.MouseHover, this::hover);
		table.addListener(SWT.MouseMove, e -> table.setToolTipText(null));
		table.addListener(SWT.KeyDown, this::keyPressed);
		table.addListener(SWT.MenuDetect, this::menuRequested);
		table.addListener(SWT.PaintItem, this::paintCursor);
		table.addListener(SWT.Selection, this::rowsSelected);
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
		Engagement engagement = editor().engagement();
		index = ContractCheckIndex.of(engagement);
		if (!columns.equals(engagement.getContracts())) {
			rebuildColumns(engagement.getContracts());
		}
		for (int i = 0; i < columns.size(); i++) {
			TableColumn column = table.getColumn(FIRST_CONTRACT_COLUMN + i);
			String title = columnTitle(columns.get(i));
			if (!title.equals(column.getText())) {
				column.setText(title);
				column.setWidth(Math.max(column.getWidth(), fittingWidth(columns.get(i), title)));
			}
		}
		table.setItemCount(rows.size());
		table.clearAll();
		filled.clear();
	}

	/**
	 * An edit of checks only repaints their rows: a GTK table repaints a row of 200 contracts in
	 * a few ms, but all 54 rows in a second or more (measured, see MatrixBenchmarkTest).
	 */
	@Override
	protected void changed(Command command) {
		Collection<?> affected = command == null ? List.of() : command.getAffectedObjects();
		if (affected.isEmpty() || !affected.stream().allMatch(ContractCheck.class::isInstance)
				|| !columns.equals(editor().engagement().getContracts())) {
			refresh();
			return;
		}
		if (!affected.stream().allMatch(this::indexed)) {
			index = ContractCheckIndex.of(editor().engagement()); // a check was added or removed
			clearRows(affected.stream().map(o -> ((ContractCheck) o).getCheckPointId()).collect(Collectors.toSet()));
			return;
		}
		for (Object check : affected) {
			updateCell(((ContractCheck) check).getContract(), ((ContractCheck) check).getCheckPointId());
		}
	}

	/**
	 * Sets the one cell's text and colour in place. Clearing its row instead made GTK measure the
	 * row's 200 cells again: 40-80 ms per edit against about 20 ms for the cell alone (measured on
	 * this machine under load).
	 */
	private void updateCell(Contract contract, String checkPointId) {
		int row = rowOf(checkPointId);
		int column = columnOf(contract);
		if (row < 0 || column < 0 || !filled.get(row)) {
			return; // not shown yet: filled with its current state when it is
		}
		TableItem item = table.getItem(row);
		ContractCheck check = index.find(contract, checkPointId).orElse(null);
		String text = MatrixCell.text(check);
		if (!text.equals(item.getText(column))) {
			item.setText(column, text);
		}
		Color background = background(contract, checkPointId, check);
		Color current = item.getBackground(column);
		if (background == null ? !current.equals(table.getBackground()) : !background.equals(current)) {
			item.setBackground(column, background);
		}
	}

	/** Whether the index already has the check in its cell (an edit of an existing check leaves it valid). */
	private boolean indexed(Object affected) {
		ContractCheck check = (ContractCheck) affected;
		return check.eContainer() != null && index.find(check.getContract(), check.getCheckPointId()).orElse(null) == check;
	}

	private void clearRows(Set<String> checkPointIds) {
		if (checkPointIds.size() > rows.size() / 2) {
			table.clearAll();
			filled.clear();
			return;
		}
		for (String id : checkPointIds) {
			int row = rowOf(id);
			if (row >= 0) {
				table.clear(row);
				filled.clear(row);
			}
		}
	}

	private void rebuildColumns(List<Contract> contracts) {
		table.setRedraw(false);
		try {
			while (table.getColumnCount() > FIRST_CONTRACT_COLUMN) {
				table.getColumn(FIRST_CONTRACT_COLUMN).dispose();
			}
			columns.clear();
			columns.addAll(contracts);
			columnIndex.clear();
			for (int i = 0; i < contracts.size(); i++) {
				columnIndex.put(contracts.get(i), FIRST_CONTRACT_COLUMN + i);
			}
			for (Contract contract : contracts) {
				TableColumn column = new TableColumn(table, SWT.LEFT);
				String title = columnTitle(contract);
				column.setText(title);
				column.setWidth(fittingWidth(contract, title));
				column.setToolTipText(title + " (" + ModelLabels.literal(contract.getKind()) + "; " //$NON-NLS-1$ //$NON-NLS-2$
						+ String.join(", ", contract.getSystems()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} finally {
			table.setRedraw(true);
		}
	}

	/** The whole title: a header cut to "…" left the auditor guessing which contract it was. */
	private static String columnTitle(Contract contract) {
		String title = ModelLabels.of(contract);
		return contract.isInScope() ? title : NLS.bind(Messages.Matrix_outOfScope, title);
	}

	/** As wide as the title and the widest text a cell of the contract can show, within bounds. */
	private int fittingWidth(Contract contract, String title) {
		String widestCell = ModelLabels.literal(Responsibility.JOINT) + ": " + contract.getParties().stream() //$NON-NLS-1$
				.filter(p -> p != editor().engagement().getInstitution()).map(ModelLabels::shortName)
				.collect(Collectors.joining("・")); //$NON-NLS-1$
		GC gc = new GC(table);
		try {
			int text = Math.max(gc.textExtent(title).x, gc.textExtent(widestCell).x);
			return Math.clamp(text + HEADER_PADDING, MIN_CONTRACT_COLUMN_WIDTH, MAX_CONTRACT_COLUMN_WIDTH);
		} finally {
			gc.dispose();
		}
	}

	@Override
	protected void validated(ValidationResults results) {
		Set<ValidationResults.Cell> changed = results.changedCells(this.results);
		this.results = results;
		if (changed.size() > 2 * rows.size()) {
			clearRows(changed.stream().map(ValidationResults.Cell::checkPointId).collect(Collectors.toSet()));
			return;
		}
		for (ValidationResults.Cell cell : changed) {
			updateCell(cell.contract(), cell.checkPointId());
		}
	}

	private void fill(Event event) {
		TableItem item = (TableItem) event.item;
		int row = table.indexOf(item);
		filled.set(row);
		CheckPoint checkPoint = rows.get(row);
		item.setText(0, groupLabel(row));
		item.setText(1, checkPoint.getId() + " " + ModelLabels.shorten(checkPoint.getContent(), SHORT_TEXT)); //$NON-NLS-1$
		for (int i = 0; i < columns.size(); i++) {
			Contract contract = columns.get(i);
			ContractCheck check = index.find(contract, checkPoint.getId()).orElse(null);
			int column = FIRST_CONTRACT_COLUMN + i;
			item.setText(column, MatrixCell.text(check));
			Color background = background(contract, checkPoint.getId(), check);
			if (background != null || item.getBackground(column) != table.getBackground()) {
				item.setBackground(column, background); // a fresh or cleared item has no colour: skip the call
			}
		}
	}

	/** Part and category on the first row of each category: the grouping reads down the first column. */
	private String groupLabel(int row) {
		Category category = rows.get(row).getItem().getCategory();
		if (row > 0 && rows.get(row - 1).getItem().getCategory() == category) {
			return ""; //$NON-NLS-1$
		}
		return NLS.bind(Messages.Matrix_groupLabel, category.getPart().getNumber(), category.getCode());
	}

	private Color background(Contract contract, String checkPointId, ContractCheck check) {
		if (results.has(contract, checkPointId, ValidationRule.A2_GAP)) {
			return gap;
		}
		if (results.has(contract, checkPointId, ValidationRule.OVERLAP)) {
			return overlap;
		}
		if (!results.of(contract, checkPointId).isEmpty()) {
			return otherProblem;
		}
		if (check != null && check.getResponsibility() == Responsibility.NOT_APPLICABLE) {
			return notApplicable;
		}
		return null;
	}

	// ---- cell interaction

	private void clicked(Event event) {
		// where the pointer is: a button event synthesised by XTest (assistive tools, remote
		// desktops, UI tests) reaches SWT on GTK with x/y relative to the screen's corner
		Point point = table.toControl(table.getDisplay().getCursorLocation());
		TableItem item = table.getItem(point);
		if (item == null) {
			return;
		}
		int row = table.indexOf(item);
		if ((event.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0) {
			return; // extending the row selection, e.g. to copy rows
		}
		for (int column = 0; column < table.getColumnCount(); column++) {
			if (item.getBounds(column).contains(point)) {
				select(row, column);
				if (column >= FIRST_CONTRACT_COLUMN && (event.button == 1 || event.button == 3)) {
					Menu menu = cellMenu(row, column);
					menu.setLocation(table.toDisplay(point));
					menu.setVisible(true);
				}
				return;
			}
		}
	}

	private void hover(Event event) {
		Point point = new Point(event.x, event.y);
		TableItem item = table.getItem(point);
		if (item == null) {
			return;
		}
		for (int column = 0; column < table.getColumnCount(); column++) {
			if (item.getBounds(column).contains(point)) {
				table.setToolTipText(cellToolTip(table.indexOf(item), column));
				return;
			}
		}
	}

	/** What hovering a cell says: the check point, the contract and every problem of the cell. */
	public String cellToolTip(int row, int column) {
		CheckPoint checkPoint = rows.get(row);
		if (column < FIRST_CONTRACT_COLUMN) {
			return checkPoint.getId() + " " + checkPoint.getItem().getTitle() + "\n" + checkPoint.getContent(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Contract contract = columns.get(column - FIRST_CONTRACT_COLUMN);
		String head = checkPoint.getId() + " × " + ModelLabels.of(contract) + ": " + MatrixCell.fullText(check(row, column)) //$NON-NLS-1$ //$NON-NLS-2$
				+ "\n" + ModelLabels.shorten(checkPoint.getContent(), 80); //$NON-NLS-1$
		List<Diagnostic> problems = results.of(contract, checkPoint.getId());
		if (problems.isEmpty()) {
			return head;
		}
		return head + "\n\n" + problems.stream().map(d -> "• " + d.getMessage()).collect(Collectors.joining("\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Selects a cell: the Properties view then shows its check. */
	public void select(int row, int column) {
		redrawCursor();
		selectedRow = row;
		selectedColumn = column;
		table.setSelection(row);
		table.showItem(table.getItem(row));
		table.showColumn(table.getColumn(column));
		redrawCursor();
		ContractCheck check = column < FIRST_CONTRACT_COLUMN ? null : check(row, column);
		selection().setSelection(check == null ? StructuredSelection.EMPTY : new StructuredSelection(check));
	}

	// ---- keyboard

	private void keyPressed(Event event) {
		boolean command = (event.stateMask & SWT.MOD1) != 0;
		if (command && (event.keyCode == 'c' || event.keyCode == SWT.INSERT)) {
			event.doit = false;
			copy();
			return;
		}
		if (command || (event.stateMask & SWT.ALT) != 0) {
			return;
		}
		boolean shift = (event.stateMask & SWT.SHIFT) != 0;
		switch (event.keyCode) {
		case SWT.ARROW_LEFT -> moveCursor(event, 0, -1);
		case SWT.ARROW_RIGHT -> moveCursor(event, 0, 1);
		case SWT.ARROW_UP -> {
			if (!shift) { // Shift+arrows extend the row selection natively, for copying rows
				moveCursor(event, -1, 0);
			}
		}
		case SWT.ARROW_DOWN -> {
			if (!shift) {
				moveCursor(event, 1, 0);
			}
		}
		case SWT.HOME -> moveCursor(event, 0, -table.getColumnCount());
		case SWT.END -> moveCursor(event, 0, table.getColumnCount());
		case SWT.CR, SWT.KEYPAD_CR, ' ' -> {
			event.doit = false;
			openMenuAtCursor();
		}
		case SWT.F10 -> {
			if (shift) {
				event.doit = false;
				openMenuAtCursor();
			}
		}
		default -> {
			// other keys keep their native meaning (Page Up/Down, type-ahead)
		}
		}
	}

	private void moveCursor(Event event, int rowStep, int columnStep) {
		event.doit = false;
		if (rows.isEmpty() || table.getColumnCount() == 0) {
			return;
		}
		if (ensureCursor()) {
			select(selectedRow, selectedColumn); // the first arrow shows where the cursor is
			return;
		}
		int row = Math.clamp((long) selectedRow + rowStep, 0, rows.size() - 1);
		int column = Math.clamp((long) selectedColumn + columnStep, 0, table.getColumnCount() - 1);
		select(row, column);
	}

	/** The cursor starts on the selected row (or the top one) in the first contract column. */
	private boolean ensureCursor() {
		if (selectedRow < 0 || selectedRow >= rows.size() || selectedColumn < 0 || selectedColumn >= table.getColumnCount()) {
			int row = table.getSelectionIndex() >= 0 ? table.getSelectionIndex() : table.getTopIndex();
			selectedRow = Math.max(0, row);
			selectedColumn = Math.min(FIRST_CONTRACT_COLUMN, table.getColumnCount() - 1);
			return true;
		}
		return false;
	}

	/** The context-menu key and Shift+F10 arrive as a menu request; a right click opened it on mouse down. */
	private void menuRequested(Event event) {
		event.doit = false;
		if (event.detail == SWT.MENU_KEYBOARD) {
			openMenuAtCursor();
		}
	}

	/** Opens the menu of the cell under the cursor just below the cell, as a click on it would. */
	public Menu openMenuAtCursor() {
		if (rows.isEmpty()) {
			return null;
		}
		ensureCursor();
		select(selectedRow, selectedColumn);
		Menu menu = selectedColumn >= FIRST_CONTRACT_COLUMN ? cellMenu(selectedRow, selectedColumn) : rowMenu();
		Rectangle cell = table.getItem(selectedRow).getBounds(selectedColumn);
		menu.setLocation(table.toDisplay(cell.x, cell.y + cell.height));
		menu.setVisible(true);
		return menu;
	}

	/** Native row selection (click, Shift+arrows, Page Up/Down) moves the cursor's row along. */
	private void rowsSelected(Event event) {
		int focus = table.indexOf((TableItem) event.item);
		if (focus >= 0 && focus != selectedRow) {
			redrawCursor();
			selectedRow = focus;
			redrawCursor();
			ContractCheck check = selectedColumn >= FIRST_CONTRACT_COLUMN ? check(selectedRow, selectedColumn) : null;
			selection().setSelection(check == null ? StructuredSelection.EMPTY : new StructuredSelection(check));
		}
	}

	private void paintCursor(Event event) {
		if (event.index != selectedColumn || table.indexOf((TableItem) event.item) != selectedRow) {
			return;
		}
		Rectangle cell = ((TableItem) event.item).getBounds(event.index);
		GC gc = event.gc;
		boolean selected = table.isSelected(selectedRow);
		gc.setForeground(table.getDisplay().getSystemColor(selected ? SWT.COLOR_LIST_SELECTION_TEXT : SWT.COLOR_LIST_SELECTION));
		gc.setLineWidth(2);
		gc.drawRectangle(cell.x + 1, cell.y + 1, cell.width - 3, cell.height - 3);
	}

	private void redrawCursor() {
		if (selectedRow >= 0 && selectedRow < table.getItemCount() && selectedColumn >= 0
				&& selectedColumn < table.getColumnCount()) {
			Rectangle cell = table.getItem(selectedRow).getBounds(selectedColumn);
			table.redraw(cell.x, cell.y, cell.width, cell.height, false);
		}
	}

	// ---- copy

	/**
	 * Ctrl+C: on a contract cell with one row selected, the cell's text; otherwise the selected
	 * rows with a header line. Tab-separated, one line per row, whole names (not the cut ones).
	 */
	public String copy() {
		int[] selected = table.getSelectionIndices();
		String text;
		if (selected.length <= 1 && selectedRow >= 0 && selectedColumn >= FIRST_CONTRACT_COLUMN) {
			text = MatrixCell.fullText(check(selectedRow, selectedColumn));
		} else {
			text = MatrixCopy.rows(rows, columns, index, selected.length == 0 ? new int[] { Math.max(0, selectedRow) } : selected);
		}
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		return text;
	}

	/** The menu on the check point columns: copying, as there is no role to choose. */
	private Menu rowMenu() {
		Menu menu = new Menu(table);
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
		Contract contract = columns.get(column - FIRST_CONTRACT_COLUMN);
		String checkPointId = rows.get(row).getId();
		ContractCheck check = check(row, column);
		Menu menu = new Menu(table);
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
		commands().execute(commands().assign(index.find(contract, checkPointId), contract, checkPointId,
				choice.responsibility(), choice.parties()));
	}

	public ContractCheck check(int row, int column) {
		return index.find(columns.get(column - FIRST_CONTRACT_COLUMN), rows.get(row).getId()).orElse(null);
	}

	public int rowOf(String checkPointId) {
		if (rowIndex.isEmpty()) {
			for (int row = 0; row < rows.size(); row++) {
				rowIndex.put(rows.get(row).getId(), row);
			}
		}
		return rowIndex.getOrDefault(checkPointId, -1);
	}

	public int columnOf(Contract contract) {
		return columnIndex.getOrDefault(contract, -1);
	}

	public Table table() {
		return table;
	}

	public int selectedRow() {
		return selectedRow;
	}

	public int selectedColumn() {
		return selectedColumn;
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
	 * The keyboard belongs to the table: the form would give it to the first composite (the
	 * legend), e.g. when the workbench re-focuses the editor after the cell's menu closed.
	 */
	@Override
	public void setFocus() {
		if (table != null && !table.isDisposed()) {
			table.setFocus();
		} else {
			super.setFocus();
		}
	}

	@Override
	public void dispose() {
		for (Color color : new Color[] { gap, overlap, otherProblem, notApplicable }) {
			if (color != null) {
				color.dispose();
			}
		}
		super.dispose();
	}
}

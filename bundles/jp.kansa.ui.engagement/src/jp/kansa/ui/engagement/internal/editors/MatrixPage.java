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
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
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

	private static final int CONTRACT_COLUMN_WIDTH = 150;
	private static final int SHORT_TEXT = 28;

	private final List<CheckPoint> rows = CatalogRows.checkPoints();
	private final List<Contract> columns = new ArrayList<>();
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
		table = toolkit.createTable(body, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
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
	}

	private void createLegend(FormToolkit toolkit, Composite body) {
		Composite legend = toolkit.createComposite(body);
		legend.setLayout(new RowLayout());
		toolkit.createLabel(legend, Messages.Matrix_hint);
		legendEntry(toolkit, legend, GAP, Messages.Matrix_legendGap);
		legendEntry(toolkit, legend, OVERLAP, Messages.Matrix_legendOverlap);
		legendEntry(toolkit, legend, OTHER_PROBLEM, Messages.Matrix_legendOther);
		legendEntry(toolkit, legend, NOT_APPLICABLE, Messages.Matrix_legendNotApplicable);
	}

	private static void legendEntry(FormToolkit toolkit, Composite legend, RGB rgb, String text) {
		Label label = toolkit.createLabel(legend, " " + text + " "); //$NON-NLS-1$ //$NON-NLS-2$
		Color color = new Color(rgb);
		label.setBackground(color);
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
			}
		}
		table.setItemCount(rows.size());
		table.clearAll();
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
		index = ContractCheckIndex.of(editor().engagement());
		clearRows(affected.stream().map(o -> ((ContractCheck) o).getCheckPointId()).collect(Collectors.toSet()));
	}

	private void clearRows(Set<String> checkPointIds) {
		if (checkPointIds.size() > rows.size() / 2) {
			table.clearAll();
			return;
		}
		for (String id : checkPointIds) {
			int row = rowOf(id);
			if (row >= 0) {
				table.clear(row);
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
			for (Contract contract : contracts) {
				TableColumn column = new TableColumn(table, SWT.LEFT);
				column.setWidth(CONTRACT_COLUMN_WIDTH);
				column.setToolTipText(ModelLabels.of(contract) + " (" + ModelLabels.literal(contract.getKind()) + "; " //$NON-NLS-1$ //$NON-NLS-2$
						+ String.join(", ", contract.getSystems()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private static String columnTitle(Contract contract) {
		String title = ModelLabels.shorten(ModelLabels.of(contract), 16);
		return contract.isInScope() ? title : NLS.bind(Messages.Matrix_outOfScope, title);
	}

	@Override
	protected void validated(ValidationResults results) {
		Set<String> changed = results.changedCheckPoints(this.results);
		this.results = results;
		clearRows(changed);
	}

	private void fill(Event event) {
		TableItem item = (TableItem) event.item;
		int row = table.indexOf(item);
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
		Point point = new Point(event.x, event.y);
		TableItem item = table.getItem(point);
		if (item == null) {
			return;
		}
		int row = table.indexOf(item);
		for (int column = FIRST_CONTRACT_COLUMN; column < table.getColumnCount(); column++) {
			if (item.getBounds(column).contains(point)) {
				select(row, column);
				if (event.button == 1 || event.button == 3) {
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
		for (int column = FIRST_CONTRACT_COLUMN; column < table.getColumnCount(); column++) {
			if (item.getBounds(column).contains(point)) {
				table.setToolTipText(cellToolTip(table.indexOf(item), column));
				return;
			}
		}
	}

	/** What hovering a cell says: the check point, the contract and every problem of the cell. */
	public String cellToolTip(int row, int column) {
		Contract contract = columns.get(column - FIRST_CONTRACT_COLUMN);
		CheckPoint checkPoint = rows.get(row);
		String head = checkPoint.getId() + " × " + ModelLabels.of(contract) + "\n" + ModelLabels.shorten(checkPoint.getContent(), 80); //$NON-NLS-1$ //$NON-NLS-2$
		List<Diagnostic> problems = results.of(contract, checkPoint.getId());
		if (problems.isEmpty()) {
			return head;
		}
		return head + "\n\n" + problems.stream().map(d -> "• " + d.getMessage()).collect(Collectors.joining("\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Selects a cell: the Properties view then shows its check. */
	public void select(int row, int column) {
		selectedRow = row;
		selectedColumn = column;
		table.setSelection(row);
		table.showItem(table.getItem(row));
		table.showColumn(table.getColumn(column));
		ContractCheck check = check(row, column);
		selection().setSelection(check == null ? StructuredSelection.EMPTY : new StructuredSelection(check));
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
		menu.addListener(SWT.Hide, e -> menu.getDisplay().asyncExec(menu::dispose));
		return menu;
	}

	public void assign(Contract contract, String checkPointId, MatrixCell choice) {
		commands().execute(commands().assign(contract, checkPointId, choice.responsibility(), choice.parties()));
	}

	public ContractCheck check(int row, int column) {
		return index.find(columns.get(column - FIRST_CONTRACT_COLUMN), rows.get(row).getId()).orElse(null);
	}

	public int rowOf(String checkPointId) {
		for (int row = 0; row < rows.size(); row++) {
			if (rows.get(row).getId().equals(checkPointId)) {
				return row;
			}
		}
		return -1;
	}

	public int columnOf(Contract contract) {
		int i = columns.indexOf(contract);
		return i < 0 ? -1 : FIRST_CONTRACT_COLUMN + i;
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

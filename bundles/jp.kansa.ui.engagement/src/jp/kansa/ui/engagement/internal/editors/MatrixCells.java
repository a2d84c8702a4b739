/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

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
 * The matrix's cells read from the model as the grid paints them: rows are the catalog's check
 * points, columns the Part/category and check point headers then one per contract. Nothing is
 * cached but the index of the checks (rebuilt when checks come or go) and the last validation
 * results, so an edit shows by repainting its cell.
 */
final class MatrixCells implements MatrixGridContent {

	/** Columns before the first contract: Part/category, check point. */
	static final int FIRST_CONTRACT_COLUMN = 2;
	private static final int SHORT_TEXT = 28;

	private final List<CheckPoint> rows;
	private final List<Contract> columns = new ArrayList<>();
	private final Map<Contract, Integer> columnIndex = new HashMap<>();
	private final Map<String, Integer> rowIndex = new HashMap<>();
	private final Map<RGB, Color> colors;
	private ContractCheckIndex index;
	private ValidationResults results = ValidationResults.EMPTY;

	MatrixCells(List<CheckPoint> rows, Map<RGB, Color> colors) {
		this.rows = rows;
		this.colors = colors;
		for (int row = 0; row < rows.size(); row++) {
			rowIndex.put(rows.get(row).getId(), row);
		}
	}

	/** Reads the engagement's contracts and checks again; true if the contracts (the columns) changed. */
	boolean read(Engagement engagement) {
		index = ContractCheckIndex.of(engagement);
		if (columns.equals(engagement.getContracts())) {
			return false;
		}
		columns.clear();
		columns.addAll(engagement.getContracts());
		columnIndex.clear();
		for (int i = 0; i < columns.size(); i++) {
			columnIndex.put(columns.get(i), FIRST_CONTRACT_COLUMN + i);
		}
		return true;
	}

	void reindex(Engagement engagement) {
		index = ContractCheckIndex.of(engagement);
	}

	ContractCheckIndex index() {
		return index;
	}

	void setResults(ValidationResults results) {
		this.results = results;
	}

	ValidationResults results() {
		return results;
	}

	List<CheckPoint> rows() {
		return rows;
	}

	List<Contract> contracts() {
		return columns;
	}

	boolean showsContracts(List<Contract> contracts) {
		return columns.equals(contracts);
	}

	int rowOf(String checkPointId) {
		return rowIndex.getOrDefault(checkPointId, -1);
	}

	int columnOf(Contract contract) {
		return columnIndex.getOrDefault(contract, -1);
	}

	Contract contract(int column) {
		return columns.get(column - FIRST_CONTRACT_COLUMN);
	}

	ContractCheck check(int row, int column) {
		return index.find(contract(column), rows.get(row).getId()).orElse(null);
	}

	@Override
	public int rowCount() {
		return rows.size();
	}

	@Override
	public int columnCount() {
		return FIRST_CONTRACT_COLUMN + columns.size();
	}

	@Override
	public String text(int row, int column) {
		CheckPoint checkPoint = rows.get(row);
		return switch (column) {
		case 0 -> groupLabel(row);
		case 1 -> checkPoint.getId() + " " + ModelLabels.shorten(checkPoint.getContent(), SHORT_TEXT); //$NON-NLS-1$
		default -> MatrixCell.text(check(row, column));
		};
	}

	@Override
	public String continuedText(int row, int column) {
		if (column != 0) {
			return null;
		}
		Category category = rows.get(row).getItem().getCategory();
		return NLS.bind(Messages.Matrix_groupLabel, category.getPart().getNumber(), category.getCode());
	}

	/** Part and category on the first row of each category: the grouping reads down the first column. */
	private String groupLabel(int row) {
		Category category = rows.get(row).getItem().getCategory();
		if (row > 0 && rows.get(row - 1).getItem().getCategory() == category) {
			return ""; //$NON-NLS-1$
		}
		return NLS.bind(Messages.Matrix_groupLabel, category.getPart().getNumber(), category.getCode());
	}

	/** The validation colour of the cell as an RGB, or null: red gap, amber overlap, lilac other, grey 対象外. */
	RGB backgroundRgb(int row, int column) {
		if (column < FIRST_CONTRACT_COLUMN) {
			return null;
		}
		Contract contract = contract(column);
		String checkPointId = rows.get(row).getId();
		if (results.has(contract, checkPointId, ValidationRule.A2_GAP)) {
			return MatrixPage.GAP;
		}
		if (results.has(contract, checkPointId, ValidationRule.OVERLAP)) {
			return MatrixPage.OVERLAP;
		}
		if (!results.of(contract, checkPointId).isEmpty()) {
			return MatrixPage.OTHER_PROBLEM;
		}
		ContractCheck check = check(row, column);
		if (check != null && check.getResponsibility() == Responsibility.NOT_APPLICABLE) {
			return MatrixPage.NOT_APPLICABLE;
		}
		return null;
	}

	@Override
	public Color background(int row, int column) {
		RGB rgb = backgroundRgb(row, column);
		return rgb == null ? null : colors.get(rgb);
	}

	@Override
	public boolean marked(int row, int column) {
		return column >= FIRST_CONTRACT_COLUMN && !results.of(contract(column), rows.get(row).getId()).isEmpty();
	}

	@Override
	public String header(int column) {
		return switch (column) {
		case 0 -> Messages.Matrix_group;
		case 1 -> Messages.Matrix_checkPoint;
		default -> columnTitle(contract(column)) + "\n" + ModelLabels.literal(contract(column).getKind()); //$NON-NLS-1$
		};
	}

	/** The whole title: a header cut to "…" left the auditor guessing which contract it was. */
	static String columnTitle(Contract contract) {
		String title = ModelLabels.of(contract);
		return contract.isInScope() ? title : NLS.bind(Messages.Matrix_outOfScope, title);
	}

	@Override
	public String headerToolTip(int column) {
		if (column < FIRST_CONTRACT_COLUMN) {
			return null;
		}
		Contract contract = contract(column);
		return columnTitle(contract) + " (" + ModelLabels.literal(contract.getKind()) + "; " //$NON-NLS-1$ //$NON-NLS-2$
				+ String.join(", ", contract.getSystems()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** What hovering a cell says: the check point, the contract and every problem of the cell. */
	@Override
	public String cellToolTip(int row, int column) {
		CheckPoint checkPoint = rows.get(row);
		if (column < FIRST_CONTRACT_COLUMN) {
			return checkPoint.getId() + " " + checkPoint.getItem().getTitle() + "\n" + checkPoint.getContent(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Contract contract = contract(column);
		String head = checkPoint.getId() + " × " + ModelLabels.of(contract) + ": " + MatrixCell.fullText(check(row, column)) //$NON-NLS-1$ //$NON-NLS-2$
				+ "\n" + ModelLabels.shorten(checkPoint.getContent(), 80); //$NON-NLS-1$
		List<Diagnostic> problems = results.of(contract, checkPoint.getId());
		if (problems.isEmpty()) {
			return head;
		}
		return head + "\n\n" + problems.stream().map(d -> "• " + d.getMessage()).collect(Collectors.joining("\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** "C-3 保守契約 × 2-A-9-① : 医療機関", then the legend's name of the cell's colour if it has one. */
	@Override
	public String accessibleText(int row, int column) {
		CheckPoint checkPoint = rows.get(row);
		if (column < FIRST_CONTRACT_COLUMN) {
			return checkPoint.getId() + " : " + ModelLabels.shorten(checkPoint.getContent(), 80); //$NON-NLS-1$
		}
		Contract contract = contract(column);
		String text = contract.getId() + " " + columnTitle(contract) + " × " + checkPoint.getId() + " : " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ MatrixCell.fullText(check(row, column));
		String colour = legend(backgroundRgb(row, column));
		return colour == null ? text : text + " — " + colour; //$NON-NLS-1$
	}

	private static String legend(RGB rgb) {
		if (MatrixPage.GAP.equals(rgb)) {
			return Messages.Matrix_legendGap;
		}
		if (MatrixPage.OVERLAP.equals(rgb)) {
			return Messages.Matrix_legendOverlap;
		}
		if (MatrixPage.OTHER_PROBLEM.equals(rgb)) {
			return Messages.Matrix_legendOther;
		}
		if (MatrixPage.NOT_APPLICABLE.equals(rgb)) {
			return Messages.Matrix_legendNotApplicable;
		}
		return null;
	}
}

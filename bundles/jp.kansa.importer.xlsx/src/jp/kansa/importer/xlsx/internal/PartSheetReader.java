/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.importer.xlsx.ProposedChange;
import jp.kansa.importer.xlsx.internal.HeaderLayout.ContractColumn;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.engagement.ContractCheckIndex;

/** Reads one Part sheet row by row into proposed changes and problems. */
final class PartSheetReader implements SheetXmlHandler.RowListener {

	private final String sheet;
	private final Locale locale;
	private final PartRows rows;
	private final EngagementLookup engagement;
	private final ContractCheckIndex checks;
	private final List<ImportProblem> problems;
	private final CellInterpreter interpreter;
	private final ChangeDetector detector;
	private final Map<String, Integer> seenOnRow = new HashMap<>();
	private HeaderLayout layout;
	private boolean headerSeen;

	PartSheetReader(String sheet, Locale locale, PartRows rows, EngagementLookup engagement, ContractCheckIndex checks,
			int maxChars, List<ProposedChange> changes, List<ImportProblem> problems) {
		this.sheet = sheet;
		this.locale = locale;
		this.rows = rows;
		this.engagement = engagement;
		this.checks = checks;
		this.problems = problems;
		this.interpreter = new CellInterpreter(sheet, engagement, maxChars, problems);
		this.detector = new ChangeDetector(sheet, locale, changes);
	}

	@Override
	public void row(int rowIndex, List<CellValue> cells) {
		if (!headerSeen) {
			if (cells.stream().allMatch(CellValue::isBlank)) {
				return; // a key row a vendor emptied rather than deleted
			}
			headerSeen = true;
			// the key row when there is one: it survives renamed, moved and duplicate-titled columns
			layout = HeaderLayout.isKeyRow(cells) ? HeaderLayout.fromKeys(sheet, cells, locale, engagement, problems)
					: HeaderLayout.fromHeaders(sheet, cells, locale, engagement, problems);
			return;
		}
		if (layout == null || !layout.isUsable()) {
			return;
		}
		Map<Integer, CellValue> byColumn = new HashMap<>();
		boolean hasValues = false;
		for (CellValue cell : cells) {
			byColumn.put(cell.column(), cell);
			hasValues |= layout.contractColumns().containsKey(cell.column()) && !cell.isBlank();
		}
		if (!hasValues || layout.isKeyed() && layout.isHeaderRow(byColumn)) {
			return; // nothing to take from this row (its catalog text is not imported), or the header row
		}
		CheckPoint checkPoint = checkPoint(rowIndex, byColumn);
		if (checkPoint == null) {
			return;
		}
		Integer earlier = seenOnRow.putIfAbsent(checkPoint.getId(), rowIndex + 1);
		if (earlier != null) {
			problems.add(new ImportProblem(sheet, CellReference.name(layout.idColumn(), rowIndex), Messages.expectedOnce,
					NLS.bind(Messages.foundAlsoOnRow, checkPoint.getId(), earlier)));
			return;
		}
		for (Map.Entry<Integer, ContractColumn> column : layout.contractColumns().entrySet()) {
			CellValue cell = byColumn.get(column.getKey());
			if (cell == null || cell.isBlank()) {
				continue; // an empty cell changes nothing
			}
			ContractColumn target = column.getValue();
			Object value = interpreter.read(cell, target.field());
			if (value != null) {
				ContractCheck check = checks.find(target.contract(), checkPoint.getId()).orElse(null);
				detector.compare(cell.reference(), checkPoint.getId(), target.contract(), check, target.field(), value);
			}
		}
	}

	/** @return the row's check point by stable id, else by 項番; {@code null} after reporting why not */
	private CheckPoint checkPoint(int rowIndex, Map<Integer, CellValue> byColumn) {
		CellValue id = byColumn.get(layout.idColumn());
		int partNumber = rows.part().getNumber();
		if (id != null && !id.isBlank()) {
			if (id.kind() == CellValue.Kind.FORMULA) {
				return problem(id.reference(), Messages.expectedNoFormula, id.text());
			}
			CheckPoint checkPoint = id.kind() == CellValue.Kind.TEXT ? rows.byId(id.text()) : null;
			if (checkPoint == null) {
				return problem(id.reference(), NLS.bind(Messages.expectedCheckPointOfPart, partNumber),
						id.kind() == CellValue.Kind.TOO_LONG ? NLS.bind(Messages.foundCharacters, id.length()) : id.text());
			}
			return checkPoint;
		}
		CellValue number = byColumn.get(layout.numberColumn());
		String where = number != null ? number.reference() : CellReference.name(layout.numberColumn(), rowIndex);
		if (number != null && number.kind() == CellValue.Kind.FORMULA) {
			return problem(where, Messages.expectedNoFormula, number.text());
		}
		CheckPoint checkPoint = number != null && number.kind() == CellValue.Kind.TEXT ? rows.byNumber(number.text()) : null;
		if (checkPoint == null) {
			return problem(where, NLS.bind(Messages.expectedIdOrNumber, partNumber),
					number == null || number.kind() == CellValue.Kind.TOO_LONG ? null : number.text());
		}
		return checkPoint;
	}

	@Override
	public void invalidPosition(String cell, String expected, String found) {
		problems.add(new ImportProblem(sheet, cell, expected, found));
	}

	/** Called after the last row: a sheet without any row has no header either. */
	void finish() {
		if (!headerSeen) {
			problems.add(new ImportProblem(sheet, null, Messages.expectedHeaderRow, null));
		}
	}

	private CheckPoint problem(String cell, String expected, String found) {
		problems.add(new ImportProblem(sheet, cell, expected, Texts.shortened(found)));
		return null;
	}
}

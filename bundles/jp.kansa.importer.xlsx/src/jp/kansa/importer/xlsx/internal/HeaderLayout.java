/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.importer.xlsx.WorkpaperTemplate;
import jp.kansa.importer.xlsx.WorkpaperTemplate.ContractField;
import jp.kansa.model.Contract;

/**
 * What the header row of a Part sheet says: where the id and 項番 are, and which column is which
 * contract's which field. Column positions are not fixed: an auditor may insert or move columns.
 */
final class HeaderLayout {

	/** A per-contract column to import. */
	record ContractColumn(Contract contract, ContractField field) {
	}

	private static final Pattern WITH_ID = Pattern.compile("(.*?)\\s*\\[([^\\]]+)\\]");

	private int numberColumn = -1;
	private final Map<Integer, ContractColumn> contractColumns = new LinkedHashMap<>();
	private boolean usable = true;

	int idColumn() {
		return WorkpaperTemplate.ID_COLUMN;
	}

	int numberColumn() {
		return numberColumn;
	}

	Map<Integer, ContractColumn> contractColumns() {
		return contractColumns;
	}

	/** Whether rows can be read: the id and 項番 headers were found. */
	boolean isUsable() {
		return usable;
	}

	static HeaderLayout read(String sheet, List<CellValue> cells, Locale locale, EngagementLookup engagement,
			List<ImportProblem> problems) {
		HeaderLayout layout = new HeaderLayout();
		String idHeader = null;
		String idCell = CellReference.name(WorkpaperTemplate.ID_COLUMN, 0);
		int contractLike = 0;
		Set<ContractColumn> seen = new HashSet<>();
		for (CellValue cell : cells) {
			if (cell.kind() != CellValue.Kind.TEXT) {
				continue;
			}
			String text = Texts.normalizeSpace(cell.text());
			if (cell.column() == WorkpaperTemplate.ID_COLUMN) {
				idHeader = text;
				continue;
			}
			if (text.equals(WorkpaperTemplate.NUMBER_HEADER) || text.equals(WorkpaperTemplate.NUMBER_HEADER_EN)) {
				layout.numberColumn = cell.column();
				continue;
			}
			int colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
			if (colon <= 0) {
				continue;
			}
			ContractField field = ContractField.ofLabel(text.substring(colon + 1).strip());
			if (field == null) {
				continue; // a column of the auditor's own, e.g. 備考: 部署
			}
			contractLike++;
			Contract contract = contract(sheet, cell, text.substring(0, colon).strip(), engagement, problems);
			if (contract == null || !field.isImportable()) {
				continue;
			}
			ContractColumn column = new ContractColumn(contract, field);
			if (!seen.add(column)) {
				problems.add(new ImportProblem(sheet, cell.reference(), Messages.expectedOneColumn, Texts.shortened(text)));
				continue;
			}
			layout.contractColumns.put(cell.column(), column);
		}
		if (!WorkpaperTemplate.ID_HEADER.equals(idHeader)) {
			problems.add(new ImportProblem(sheet, idCell, NLS.bind(Messages.expectedHeader, WorkpaperTemplate.ID_HEADER),
					Texts.shortened(idHeader)));
			layout.usable = false;
		}
		if (layout.numberColumn < 0) {
			problems.add(new ImportProblem(sheet, null,
					NLS.bind(Messages.expectedHeader, WorkpaperTemplate.numberHeader(locale)), null));
			layout.usable = false;
		}
		if (contractLike == 0) {
			problems.add(new ImportProblem(sheet, null,
					NLS.bind(Messages.expectedContractColumns, ContractField.RESPONSIBILITY.label(locale)), null));
			layout.usable = false;
		}
		return layout;
	}

	private static Contract contract(String sheet, CellValue cell, String prefix, EngagementLookup engagement,
			List<ImportProblem> problems) {
		Matcher withId = WITH_ID.matcher(prefix);
		if (withId.matches()) {
			Contract contract = engagement.contractById(withId.group(2).strip());
			if (contract == null) {
				problems.add(new ImportProblem(sheet, cell.reference(), Messages.expectedKnownContract, Texts.shortened(prefix)));
			}
			return contract;
		}
		List<Contract> contracts = engagement.contractsByTitle(prefix);
		if (contracts.size() == 1) {
			return contracts.get(0);
		}
		String expected = contracts.isEmpty() ? Messages.expectedKnownContract
				: NLS.bind(Messages.expectedUniqueContract, prefix);
		problems.add(new ImportProblem(sheet, cell.reference(), expected, Texts.shortened(prefix)));
		return null;
	}
}

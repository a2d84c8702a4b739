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
 * Where the id, 項番 and each contract's fields are on a Part sheet: read from the hidden key row
 * when there is one, else from the header row. Column positions are not fixed: an auditor or a
 * vendor may insert, move or rename columns.
 */
final class HeaderLayout {

	/** A per-contract column to import. */
	record ContractColumn(Contract contract, ContractField field) {
	}

	private static final Pattern WITH_ID = Pattern.compile("(.*?)\\s*\\[([^\\]]+)\\]");

	private int idColumn = -1;
	private int numberColumn = -1;
	private final Map<Integer, ContractColumn> contractColumns = new LinkedHashMap<>();
	private boolean usable = true;
	private boolean keyed;

	int idColumn() {
		return idColumn;
	}

	int numberColumn() {
		return numberColumn;
	}

	Map<Integer, ContractColumn> contractColumns() {
		return contractColumns;
	}

	/** Whether rows can be read: the id and 項番 columns and some contract column were found. */
	boolean isUsable() {
		return usable;
	}

	/** Whether the layout came from the key row; the header row below it is then still to skip. */
	boolean isKeyed() {
		return keyed;
	}

	/** Whether a row is the exporter's key row: some cell holds a {@code <contract id>/<field>} key. */
	static boolean isKeyRow(List<CellValue> cells) {
		for (CellValue cell : cells) {
			if (cell.kind() == CellValue.Kind.TEXT && field(cell.text().strip()) != null) {
				return true;
			}
		}
		return false;
	}

	/** Whether a row repeats the id or 項番 header: the header row under the key row. */
	boolean isHeaderRow(Map<Integer, CellValue> byColumn) {
		return isHeader(byColumn.get(idColumn), WorkpaperTemplate.ID_HEADER)
				|| isHeader(byColumn.get(numberColumn), WorkpaperTemplate.NUMBER_HEADER)
				|| isHeader(byColumn.get(numberColumn), WorkpaperTemplate.NUMBER_HEADER_EN);
	}

	private static boolean isHeader(CellValue cell, String header) {
		return cell != null && cell.kind() == CellValue.Kind.TEXT && header.equals(cell.text().strip());
	}

	private static ContractField field(String key) {
		int slash = key.lastIndexOf(WorkpaperTemplate.KEY_SEPARATOR);
		return slash <= 0 ? null : ContractField.ofKey(key.substring(slash + 1));
	}

	/** {@code <something>/<something>}: the form of a per-contract key, whatever its parts say. */
	private static boolean looksLikeContractKey(String key) {
		int slash = key.lastIndexOf(WorkpaperTemplate.KEY_SEPARATOR);
		return slash > 0 && slash < key.length() - 1 && key.indexOf(' ') < 0 && key.indexOf('\n') < 0;
	}

	private static String fieldKeys() {
		return java.util.Arrays.stream(ContractField.values()).filter(f -> f != ContractField.SIGN_OFF)
				.map(ContractField::key).collect(java.util.stream.Collectors.joining(", "));
	}

	/** Reads the key row: {@code ID}, {@code 項番} and {@code <contract id>/<field>} keys. */
	static HeaderLayout fromKeys(String sheet, List<CellValue> cells, Locale locale, EngagementLookup engagement,
			List<ImportProblem> problems) {
		HeaderLayout layout = new HeaderLayout();
		layout.keyed = true;
		Set<ContractColumn> seen = new HashSet<>();
		int contractLike = 0;
		for (CellValue cell : cells) {
			if (cell.kind() != CellValue.Kind.TEXT) {
				continue;
			}
			String key = cell.text().strip();
			if (layout.idOrNumber(cell, key)) {
				continue;
			}
			ContractField field = field(key);
			if (field == null) {
				if (looksLikeContractKey(key)) {
					// C-1/sha256: a key the exporter never writes; its column would be dropped unseen
					problems.add(new ImportProblem(sheet, cell.reference(),
							NLS.bind(Messages.expectedKnownKey, fieldKeys()), Texts.shortened(key)));
				}
				continue; // a catalog column, or a column of the auditor's own
			}
			contractLike++;
			String contractId = key.substring(0, key.lastIndexOf(WorkpaperTemplate.KEY_SEPARATOR));
			Contract contract = engagement.contractById(contractId);
			if (contract == null) {
				problems.add(new ImportProblem(sheet, cell.reference(), Messages.expectedKnownContractId,
						Texts.shortened(key)));
			} else if (field.isImportable()) {
				layout.add(sheet, cell, new ContractColumn(contract, field), seen, key, problems);
			}
		}
		layout.check(sheet, locale, contractLike, problems);
		return layout;
	}

	/**
	 * Reads the header row, for a sheet whose key row is gone: {@code <contract id>⏎<field>} as
	 * the exporter writes it, or {@code <contract title>: <field>} of the first template.
	 */
	static HeaderLayout fromHeaders(String sheet, List<CellValue> cells, Locale locale, EngagementLookup engagement,
			List<ImportProblem> problems) {
		HeaderLayout layout = new HeaderLayout();
		int contractLike = 0;
		Set<ContractColumn> seen = new HashSet<>();
		for (CellValue cell : cells) {
			if (cell.kind() != CellValue.Kind.TEXT) {
				continue;
			}
			String raw = cell.text().replace("\r", "").strip();
			String text = Texts.normalizeSpace(raw);
			if (layout.idOrNumber(cell, text)) {
				continue;
			}
			int split = raw.indexOf('\n');
			String prefix;
			String label;
			if (split > 0) {
				prefix = raw.substring(0, split);
				label = raw.substring(split + 1);
			} else {
				int colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
				if (colon <= 0) {
					continue;
				}
				prefix = text.substring(0, colon);
				label = text.substring(colon + 1);
			}
			ContractField field = ContractField.ofLabel(Texts.normalizeSpace(label));
			if (field == null) {
				continue; // a column of the auditor's own, e.g. 備考: 部署
			}
			contractLike++;
			Contract contract = contract(sheet, cell, Texts.normalizeSpace(prefix), engagement, problems);
			if (contract != null && field.isImportable()) {
				layout.add(sheet, cell, new ContractColumn(contract, field), seen, text, problems);
			}
		}
		layout.check(sheet, locale, contractLike, problems);
		return layout;
	}

	private boolean idOrNumber(CellValue cell, String text) {
		if (text.equals(WorkpaperTemplate.ID_HEADER) && idColumn < 0) {
			idColumn = cell.column();
			return true;
		}
		if (text.equals(WorkpaperTemplate.NUMBER_HEADER) || text.equals(WorkpaperTemplate.NUMBER_HEADER_EN)) {
			numberColumn = cell.column();
			return true;
		}
		return false;
	}

	private void add(String sheet, CellValue cell, ContractColumn column, Set<ContractColumn> seen, String text,
			List<ImportProblem> problems) {
		if (!seen.add(column)) {
			problems.add(new ImportProblem(sheet, cell.reference(), Messages.expectedOneColumn, Texts.shortened(text)));
			return;
		}
		contractColumns.put(cell.column(), column);
	}

	private void check(String sheet, Locale locale, int contractLike, List<ImportProblem> problems) {
		if (idColumn < 0) {
			problems.add(new ImportProblem(sheet, null, NLS.bind(Messages.expectedHeader, WorkpaperTemplate.ID_HEADER),
					null));
			usable = false;
		}
		if (numberColumn < 0) {
			problems.add(new ImportProblem(sheet, null,
					NLS.bind(Messages.expectedHeader, WorkpaperTemplate.numberHeader(locale)), null));
			usable = false;
		}
		if (contractLike == 0) {
			problems.add(new ImportProblem(sheet, null,
					NLS.bind(Messages.expectedContractColumns, ContractField.RESPONSIBILITY.label(locale)), null));
			usable = false;
		}
	}

	private static Contract contract(String sheet, CellValue cell, String prefix, EngagementLookup engagement,
			List<ImportProblem> problems) {
		Contract byId = engagement.contractById(prefix);
		if (byId != null) {
			return byId; // the exporter's header names the contract by id
		}
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

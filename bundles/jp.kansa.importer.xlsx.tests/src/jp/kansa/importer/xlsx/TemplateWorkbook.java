/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.kansa.importer.xlsx.WorkpaperTemplate.ContractField;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Part;
import jp.kansa.model.engagement.ContractCheckIndex;

/**
 * A workpaper in the first template: one header row of {@code <contract title>: <field>}, no key
 * row. The importer still reads it through its header fallback (a vendor who deleted the key
 * row), and the hostile-file and CLI tests build their cases on it because it is quick to
 * write; {@link ExportedWorkbook} is the real exporter's workpaper.
 */
final class TemplateWorkbook implements AutoCloseable {

	static final List<String> CATALOG_HEADERS = List.of("分類", "項番", "項目", "内容");

	final XSSFWorkbook workbook = new XSSFWorkbook();
	private final Engagement engagement;
	private final Map<String, Row> rows = new HashMap<>();
	private final Map<String, Integer> columns = new HashMap<>();
	private final CellStyle dateStyle;

	TemplateWorkbook(Catalog catalog, Engagement engagement) {
		this.engagement = engagement;
		dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd"));
		ContractCheckIndex index = ContractCheckIndex.of(engagement);
		for (Part part : catalog.getParts()) {
			XSSFSheet sheet = workbook.createSheet(WorkpaperTemplate.partSheetName(part.getNumber(), Locale.JAPANESE));
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue(WorkpaperTemplate.ID_HEADER);
			for (int i = 0; i < CATALOG_HEADERS.size(); i++) {
				header.createCell(1 + i).setCellValue(CATALOG_HEADERS.get(i));
			}
			int column = 1 + CATALOG_HEADERS.size();
			for (Contract contract : engagement.getContracts()) {
				for (ContractField field : ContractField.values()) {
					header.createCell(column).setCellValue(WorkpaperTemplate.contractHeader(contract, field, Locale.JAPANESE, false));
					columns.put(part.getNumber() + "|" + contract.getId() + "|" + field, column++);
				}
			}
			sheet.setColumnHidden(0, true);
			int r = 1;
			for (CheckPoint cp : checkPoints(part)) {
				Row row = sheet.createRow(r++);
				rows.put(cp.getId(), row);
				row.createCell(0).setCellValue(cp.getId());
				row.createCell(1).setCellValue(cp.getItem().getCategory().getTitle());
				row.createCell(2).setCellValue(number(cp));
				row.createCell(3).setCellValue(cp.getItem().getTitle());
				row.createCell(4).setCellValue(cp.getContent());
				for (Contract contract : engagement.getContracts()) {
					ContractCheck check = index.find(contract, cp.getId()).orElse(null);
					if (check != null) {
						write(part, cp, contract, check);
					}
				}
			}
		}
	}

	private void write(Part part, CheckPoint cp, Contract contract, ContractCheck check) {
		set(cp.getId(), contract, ContractField.RESPONSIBILITY, WorkpaperTemplate.responsibilityText(check, Locale.JAPANESE));
		set(cp.getId(), contract, ContractField.INITIAL_CHECK, WorkpaperTemplate.label(check.getInitialCheck(), Locale.JAPANESE));
		if (check.getCompletionDate() != null) {
			set(cp.getId(), contract, ContractField.COMPLETION_DATE, check.getCompletionDate());
		}
		set(cp.getId(), contract, ContractField.ASSESSMENT, WorkpaperTemplate.label(check.getAssessment(), Locale.JAPANESE));
		set(cp.getId(), contract, ContractField.EVIDENCE, check.getEvidence().isEmpty() ? null : check.getEvidence().get(0).getTitle());
		set(cp.getId(), contract, ContractField.COMMENT, WorkpaperTemplate.commentText(check));
	}

	static List<CheckPoint> checkPoints(Part part) {
		return part.getCategories().stream().flatMap(c -> c.getItems().stream()).flatMap(i -> i.getCheckPoints().stream())
				.toList();
	}

	static String number(CheckPoint cp) {
		String number = cp.getItem().getCategory().getCode() + "-" + cp.getItem().getNumber();
		return cp.getMarker() == null || cp.getMarker().isEmpty() ? number : number + " " + cp.getMarker();
	}

	Contract contract(String id) {
		return engagement.getContracts().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
	}

	/** The cell of a check point's row and a contract's field, created if missing. */
	Cell cell(String checkPointId, String contractId, ContractField field) {
		return cell(checkPointId, contract(contractId), field);
	}

	private Cell cell(String checkPointId, Contract contract, ContractField field) {
		Row row = rows.get(checkPointId);
		int part = Integer.parseInt(checkPointId.substring(0, 1));
		int column = columns.get(part + "|" + contract.getId() + "|" + field);
		Cell cell = row.getCell(column);
		return cell != null ? cell : row.createCell(column);
	}

	/** Its A1 reference, as the import reports it. */
	String reference(String checkPointId, String contractId, ContractField field) {
		return cell(checkPointId, contractId, field).getAddress().formatAsString();
	}

	String sheetOf(String checkPointId) {
		return rows.get(checkPointId).getSheet().getSheetName();
	}

	Row row(String checkPointId) {
		return rows.get(checkPointId);
	}

	TemplateWorkbook set(String checkPointId, String contractId, ContractField field, Object value) {
		set(checkPointId, contract(contractId), field, value);
		return this;
	}

	private void set(String checkPointId, Contract contract, ContractField field, Object value) {
		Cell cell = cell(checkPointId, contract, field);
		if (value == null) {
			cell.setBlank();
		} else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(dateStyle);
		} else {
			cell.setCellValue(value.toString());
		}
	}

	Path save(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}
}

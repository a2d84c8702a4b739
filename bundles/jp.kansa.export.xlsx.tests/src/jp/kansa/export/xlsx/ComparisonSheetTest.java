/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Responsibility;
import jp.kansa.model.engagement.EngagementFiles;

/**
 * 比較: the sample against a copy with one 役割分担 and one 評価 changed, exported with the
 * comparison and read back with POI as a reviewer reads it.
 */
class ComparisonSheetTest {

	private static final int HEADER_ROW = 1;

	private static Engagement sample() throws Exception {
		return EngagementFiles.load(EngagementWorkpaperExportTest.SAMPLE);
	}

	private static ContractCheck check(Engagement engagement, String id) {
		return (ContractCheck) engagement.eResource().getEObject(id);
	}

	/** The sample with C-1 × 2-A-9-① made the vendor's and C-2 × 2-A-9-① assessed, plus what the caller changes. */
	private static Engagement changed() throws Exception {
		Engagement engagement = sample();
		check(engagement, "C-1/2-A-9-①").setResponsibility(Responsibility.VENDOR);
		check(engagement, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING);
		return engagement;
	}

	private static XSSFWorkbook export(Engagement engagement, ExportOptions options, String name) throws Exception {
		Files.createDirectories(Workbooks.OUT);
		Path file = Workbooks.OUT.resolve(name);
		WorkpaperExporter.create().export(engagement, EmbeddedCatalog.load(), EngagementWorkpaperExportTest.SAMPLE.getParent(),
				file, options, ExportMonitor.NONE);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** Every data row as its cell texts, hidden id column first. */
	private static List<List<String>> rows(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() <= HEADER_ROW) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < 7; c++) {
				Cell cell = row.getCell(c);
				cells.add(cell == null ? "" : formatter.formatCellValue(cell));
			}
			rows.add(cells);
		}
		return rows;
	}

	@Test
	void exactlyTheChangedRoleAndAssessmentWithOldAndNewTexts() throws Exception {
		try (XSSFWorkbook workbook = export(changed(), ExportOptions.defaults().withComparison(sample()), "compare.xlsx")) {
			Sheet sheet = workbook.getSheet("比較");
			assertNotNull(sheet, "a 比較 sheet");
			assertEquals(workbook.getNumberOfSheets() - 1, workbook.getSheetIndex(sheet), "after the existing sheets");
			assertEquals(List.of("ID", "区分", "対象", "場所", "項目", "変更前", "変更後"),
					rows(sheet.getRow(HEADER_ROW)), "headers");
			assertEquals(List.of( //
					List.of("C-1/2-A-9-①", "変更", "契約別確認", "C-1 × 2-A-9-①", "役割分担", "共同", "事業者"),
					List.of("C-2/2-A-9-①", "変更", "契約別確認", "C-2 × 2-A-9-①", "評価", "未評価", "適合")), rows(sheet));
			assertTrue(sheet.getRow(0).getZeroHeight(), "key row hidden");
			assertEquals(List.of("kind", "element", "path", "field", "old", "new"), rows(sheet.getRow(0)).subList(1, 7));
			assertTrue(sheet.isColumnHidden(0), "id column hidden");
			assertNotNull(sheet.getPaneInformation(), "header frozen");
			int index = workbook.getSheetIndex(sheet);
			assertTrue(workbook.getAllNames().stream()
					.anyMatch(n -> "_xlnm._FilterDatabase".equals(n.getNameName()) && n.getSheetIndex() == index),
					"autofilter");
		}
	}

	@Test
	void englishSheetName() throws Exception {
		try (XSSFWorkbook workbook = export(changed(),
				ExportOptions.defaults().withLocale(java.util.Locale.ENGLISH).withComparison(sample()), "compare-en.xlsx")) {
			Sheet sheet = workbook.getSheet("Comparison");
			assertNotNull(sheet, "a Comparison sheet");
			assertEquals(2, rows(sheet).size());
		}
	}

	@Test
	void noComparisonSheetWithoutTheOption() throws Exception {
		try (XSSFWorkbook workbook = export(changed(), ExportOptions.defaults(), "no-compare.xlsx")) {
			assertNull(workbook.getSheet("比較"));
		}
	}

	@Test
	void aFormulaLookingChangedValueIsText() throws Exception {
		Engagement engagement = changed();
		check(engagement, "C-2/2-A-9-①").setConclusion("=1+1");
		try (XSSFWorkbook workbook = export(engagement, ExportOptions.defaults().withComparison(sample()),
				"compare-formula.xlsx")) {
			Sheet sheet = workbook.getSheet("比較");
			Row conclusion = null;
			for (Row row : sheet) {
				if (row.getRowNum() > HEADER_ROW && "=1+1".equals(new DataFormatter().formatCellValue(row.getCell(6)))) {
					conclusion = row;
				}
			}
			assertNotNull(conclusion, "the changed conclusion listed: " + rows(sheet));
			assertEquals(CellType.STRING, conclusion.getCell(6).getCellType());
			assertTrue(conclusion.getCell(6).getCellStyle().getQuotePrefixed(), "quote-prefixed: Excel keeps it text when edited");
		}
	}

	private static List<String> rows(Row row) {
		DataFormatter formatter = new DataFormatter();
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < 7; c++) {
			Cell cell = row.getCell(c);
			cells.add(cell == null ? "" : formatter.formatCellValue(cell));
		}
		return cells;
	}
}

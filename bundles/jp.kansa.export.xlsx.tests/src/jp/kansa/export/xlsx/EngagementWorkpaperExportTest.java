/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Annotation;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Catalog;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.engagement.EngagementFiles;

/**
 * Exports the shipped sample engagement and reads the workbook back with POI: what an auditor
 * and a vendor would see, cell by cell.
 */
class EngagementWorkpaperExportTest {

	static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa");
	static final String INJECTION = "=cmd|' /C calc'!A0";

	static Catalog catalog;
	static Engagement engagement;
	static XSSFWorkbook workbook;

	@BeforeAll
	static void export() throws Exception {
		catalog = EmbeddedCatalog.load();
		engagement = EngagementFiles.load(SAMPLE);
		// a hostile comment typed by a vendor into the engagement
		Annotation note = KansaFactory.eINSTANCE.createAnnotation();
		note.setText(INJECTION);
		check("C-1", "1-A-1-①").getAnnotations().add(note);
		Files.createDirectories(Workbooks.OUT);
		Path file = Workbooks.OUT.resolve("sample-engagement.xlsx");
		WorkpaperExporter.create().export(engagement, catalog, SAMPLE.getParent(), file, ExportOptions.defaults(),
				ExportMonitor.NONE);
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
	}

	@AfterAll
	static void close() throws Exception {
		workbook.close();
	}

	static ContractCheck check(String contractId, String checkPointId) {
		return engagement.getContractChecks().stream()
				.filter(c -> c.getContract().getId().equals(contractId) && c.getCheckPointId().equals(checkPointId))
				.findFirst().orElseThrow();
	}

	@Test
	void sheetsInFilingOrder() {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		assertEquals(List.of("表紙", "サマリー", "確認表1", "確認表2", "役割分担マトリクス", "ガイドライン相互参照", "指摘事項", "証跡一覧", "サインオフ", "当事者",
				"契約・条項", "用語"), names);
	}

	@Test
	void coverNamesEngagementTeamAndSignOffs() {
		Sheet cover = workbook.getSheet("表紙");
		assertEquals(engagement.getName(), value(cover, "監査名"));
		assertEquals("みなと総合病院 (架空)", value(cover, "医療機関"));
		assertEquals("2025-09-30", value(cover, "基準日"));
		assertEquals("2025-04-01 〜 2026-03-31", value(cover, "監査対象期間"));
		assertEquals("監査 花子 (架空) (作成者)", value(cover, "監査チーム"));
		assertEquals("1 / 54", value(cover, "査閲済の確認項目"));
		assertEquals("2 / 54", value(cover, "作成済の確認項目"));
	}

	@Test
	void summaryCountsWhatTheModelSays() {
		Sheet summary = workbook.getSheet("サマリー");
		long conforming = engagement.getContractChecks().stream()
				.filter(c -> c.getAssessment() == AssessmentStatus.CONFORMING).count();
		int conformingColumn = 1 + AssessmentStatus.CONFORMING.getValue();
		double counted = 0;
		double total = 0;
		for (Row row : summary) {
			Cell name = row.getCell(0);
			if (name != null && name.getStringCellValue().startsWith("確認表")) { // the rows of the by-Part table
				counted += row.getCell(conformingColumn).getNumericCellValue();
				total += row.getCell(1 + AssessmentStatus.VALUES.size()).getNumericCellValue();
			}
		}
		assertEquals(conforming, (long) counted);
		assertEquals(54 * 3, (long) total);
		assertFalse(((XSSFSheet) summary).getDrawingPatriarch().getCharts().isEmpty(), "chart");
		assertEquals(1, summary.getSheetConditionalFormatting().getNumConditionalFormattings(), "colour scale");
	}

	@Test
	void widePartSheetPrintsAcrossPagesRepeatingTheRowNames() {
		Sheet part2 = workbook.getSheet("確認表2");
		assertTrue(part2.getColumnBreaks().length >= 3, "one page per block of contract columns");
		assertTrue(part2.getPrintSetup().getFitWidth() >= 4);
		assertEquals(0, part2.getPrintSetup().getFitHeight());
		assertNotNull(part2.getRepeatingColumns(), "分類, 項番, 項目 on every page across");
		assertEquals(3, part2.getRepeatingColumns().getLastColumn());
	}

	@Test
	void coverageRowsNameTheVolumeOfEachSection() {
		Sheet summary = workbook.getSheet("サマリー");
		Row section7 = null;
		for (Row row : summary) {
			Cell name = row.getCell(0);
			if (name != null && name.getStringCellValue().startsWith("企画管理編 7 ")) {
				section7 = row;
			}
		}
		assertNotNull(section7, "a coverage row for 企画管理編 7");
		// 1-B-3-①, 1-B-3-②, 2-A-9-①, 2-A-9-② cite it, 2-A-7-① its 7.2 (GuidelineCoverage counts
		// the sections inside a section, as the ガイドラインカバレッジ view does)
		assertEquals(5, (long) section7.getCell(1).getNumericCellValue());
	}

	@Test
	void partSheetCarriesPerContractColumns() {
		Sheet part1 = workbook.getSheet("確認表1");
		Row row = rowById(part1, "1-A-1-①");
		assertEquals("医療機関", cell(part1, row, "C-1/responsibility"));
		assertEquals("みなと総合病院 (架空)", cell(part1, row, "C-1/parties"));
		assertEquals("はい", cell(part1, row, "C-1/initialCheck"));
		assertEquals("適合", cell(part1, row, "C-1/assessment"));
		assertEquals("レセプトシステム保守契約書 (写し)", cell(part1, row, "C-1/evidence"));
		assertTrue(cell(part1, row, "signOffs").contains("査閲者: 査閲 太郎 (架空) 2025-09-05"));
		assertEquals("C-1\n担当", part1.getRow(1).getCell(column(part1, "C-1/responsibility")).getStringCellValue());

		Sheet part2 = workbook.getSheet("確認表2");
		Cell done = rowById(part2, "2-A-8-①").getCell(column(part2, "C-2/completionDate"));
		assertEquals(java.time.LocalDate.of(2025, 7, 31), done.getLocalDateTimeCellValue().toLocalDate());
	}

	@Test
	void everyDataSheetHasTheHiddenIdColumnAndKeyRow() {
		for (String name : List.of("確認表1", "確認表2", "役割分担マトリクス", "ガイドライン相互参照", "指摘事項", "証跡一覧", "サインオフ",
				"当事者", "契約・条項", "用語")) {
			Sheet sheet = workbook.getSheet(name);
			assertTrue(sheet.isColumnHidden(0), name);
			assertTrue(sheet.getRow(0).getZeroHeight(), name + " key row");
			assertNotNull(sheet.getPaneInformation(), name + " frozen");
		}
	}

	@Test
	void matrixMarksTheGapsOfTheValidation() {
		Sheet matrix = workbook.getSheet("役割分担マトリクス");
		Cell gap = rowById(matrix, "2-C-1-①").getCell(column(matrix, "C-3"));
		assertTrue(gap.getStringCellValue().contains("KANSA-A2-GAP"), gap.getStringCellValue());
		assertEquals(FillPatternType.SOLID_FOREGROUND, gap.getCellStyle().getFillPattern());
		Cell fine = rowById(matrix, "2-C-1-①").getCell(column(matrix, "C-1"));
		assertFalse(fine.getStringCellValue().contains("KANSA-A2-GAP"));
		assertEquals(FillPatternType.NO_FILL, fine.getCellStyle().getFillPattern());
	}

	@Test
	void vendorColumnsHaveDropdownsAndDateValidation() {
		Sheet part2 = workbook.getSheet("確認表2");
		List<? extends DataValidation> validations = part2.getDataValidations();
		assertTrue(validations.stream().anyMatch(v -> v.getValidationConstraint().getExplicitListValues() != null
				&& List.of(v.getValidationConstraint().getExplicitListValues()).containsAll(List.of("はい", "いいえ"))));
		assertTrue(validations.stream().anyMatch(v -> v.getValidationConstraint().getExplicitListValues() != null
				&& List.of(v.getValidationConstraint().getExplicitListValues()).contains("一部適合")));
		assertTrue(validations.stream().anyMatch(v -> v.getValidationConstraint().getExplicitListValues() != null
				&& List.of(v.getValidationConstraint().getExplicitListValues()).contains("共同")));
		int completion = column(part2, "C-2/completionDate");
		assertTrue(validations.stream().anyMatch(v -> v.getValidationConstraint()
				.getValidationType() == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DATE
				&& v.getRegions().getCellRangeAddresses()[0] != null
				&& List.of(v.getRegions().getCellRangeAddresses()).stream().anyMatch(r -> r.getFirstColumn() == completion)));
	}

	@Test
	void evidenceListShowsSha256() {
		Sheet evidence = workbook.getSheet("証跡一覧");
		Row row = rowById(evidence, "E-1");
		assertEquals("82cb68019b28a3bcb4aaa141fc0f1b3d9d01f34890a467fda605a038a1e3e974",
				row.getCell(column(evidence, "SHA-256")).getStringCellValue());
		assertEquals(176, row.getCell(column(evidence, "サイズ (バイト)")).getNumericCellValue());
	}

	@Test
	void partiesSheetHasContactAndEmergencyContact() {
		Sheet parties = workbook.getSheet("当事者");
		Row hospital = rowById(parties, "P-HOSP");
		assertEquals("みなと総合病院 (架空)", cell(parties, hospital, "名称"));
		assertEquals("医療機関", cell(parties, hospital, "種別"));
		assertEquals("情報システム管理室 内線 1234", cell(parties, hospital, "連絡先"));
		assertEquals("情報システム管理室 当直 090-0000-0000 (架空)", cell(parties, hospital, "緊急連絡先"));
		Row subcontractor = rowById(parties, "P-C");
		assertEquals("再委託先", cell(parties, subcontractor, "種別"));
		assertEquals("B情報システム株式会社 (架空)", cell(parties, subcontractor, "委託元"));
		assertEquals("C社 運用センター 0120-000-003 (架空)", cell(parties, subcontractor, "緊急連絡先"));
		assertEquals(engagement.getParties().size(), parties.getLastRowNum() - 1, "one row per party");
	}

	@Test
	void everyClauseIsListedAlsoThoseNoEvidenceCites() {
		Sheet contracts = workbook.getSheet("契約・条項");
		Row uncited = rowById(contracts, "CL-3-15");
		assertEquals("C-3", cell(contracts, uncited, "契約"));
		assertEquals("第15条", cell(contracts, uncited, "条番号"));
		assertEquals("障害対応", cell(contracts, uncited, "見出し"));
		String citing = cell(contracts, uncited, "条項を引用する証跡");
		assertTrue(citing == null || citing.isEmpty(), citing);
		Row cited = rowById(contracts, "CL-3-8");
		assertEquals("第8条", cell(contracts, cited, "条番号"));
		assertEquals("E-4 保守・運用契約 第8条 (再委託)", cell(contracts, cited, "条項を引用する証跡"));
		long clauses = engagement.getContracts().stream().mapToLong(c -> Math.max(1, c.getClauses().size())).sum();
		assertEquals(clauses, contracts.getLastRowNum() - 1, "one row per clause, one per contract without any");
		for (Contract contract : engagement.getContracts()) {
			contract.getClauses().forEach(clause -> assertEquals(clause.getHeading(),
					cell(contracts, rowById(contracts, clause.getId()), "見出し")));
		}
	}

	@Test
	void formulaLikeCommentStaysQuotedText() {
		Sheet part1 = workbook.getSheet("確認表1");
		Cell cell = rowById(part1, "1-A-1-①").getCell(column(part1, "C-1/annotations"));
		assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, cell.getCellType());
		assertTrue(cell.getStringCellValue().startsWith(INJECTION));
		assertTrue(cell.getCellStyle().getQuotePrefixed());
	}

	@Test
	void printSetupA4LandscapeFitToWidthWithRepeatedHeader() {
		Sheet sheet = workbook.getSheet("証跡一覧");
		assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
		assertTrue(sheet.getPrintSetup().getLandscape());
		assertEquals(1, sheet.getPrintSetup().getFitWidth());
		assertEquals("2:2", sheet.getRepeatingRows().formatAsString());
		assertTrue(sheet.getHeader().getLeft().contains("証跡一覧"));
	}

	@Test
	void englishWorkpaperOnRequest() throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		WorkpaperExporter.create().export(engagement, catalog, SAMPLE.getParent(), out,
				ExportOptions.defaults().withLocale(Locale.ENGLISH), ExportMonitor.NONE);
		try (XSSFWorkbook english = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
			assertNotNull(english.getSheet("Responsibility matrix"));
			assertNotNull(english.getSheet("Evidence"));
		}
	}

	@Test
	void cancelLeavesNoFile() throws Exception {
		Path file = Workbooks.OUT.resolve("canceled.xlsx");
		Files.deleteIfExists(file);
		ExportMonitor cancel = new ExportMonitor() {
			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		assertThrows(ExportCanceledException.class, () -> WorkpaperExporter.create().export(engagement, catalog,
				SAMPLE.getParent(), file, ExportOptions.defaults(), cancel));
		assertFalse(Files.exists(file));
		try (var files = Files.list(Workbooks.OUT)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".canceled.xlsx")), "temp file left");
		}
	}

	static String value(Sheet cover, String label) {
		for (Row row : cover) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row.getCell(1).getStringCellValue();
			}
		}
		throw new AssertionError("no " + label + " on the cover");
	}

	static Row rowById(Sheet sheet, String id) {
		for (Row row : sheet) {
			if (row.getRowNum() >= 2 && row.getCell(0) != null && id.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + id + " in " + sheet.getSheetName());
	}

	/** A column by its stable key (hidden row 1) or, failing that, by its header (row 2). */
	static int column(Sheet sheet, String keyOrHeader) {
		for (int r = 0; r <= 1; r++) {
			for (Cell cell : sheet.getRow(r)) {
				if (keyOrHeader.equals(cell.getStringCellValue())) {
					return cell.getColumnIndex();
				}
			}
		}
		throw new AssertionError("no column " + keyOrHeader + " in " + sheet.getSheetName());
	}

	static String cell(Sheet sheet, Row row, String key) {
		Cell cell = row.getCell(column(sheet, key));
		return cell == null ? null : cell.getStringCellValue();
	}

	static Contract contract(String id) {
		return engagement.getContracts().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
	}
}

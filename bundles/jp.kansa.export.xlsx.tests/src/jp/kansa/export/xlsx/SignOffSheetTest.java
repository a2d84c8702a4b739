/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.SignOff;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.SignOffScope;

/**
 * サインオフ: what each sign-off of the sample covers, read back with POI as a reviewer reads the
 * workbook: the checks with their 評価 at signing, the 評価 now, and a marked cell when a
 * covered check was re-assessed since.
 */
class SignOffSheetTest {

	private static final String HOSTILE_NAME = "=HYPERLINK(\"http://example.invalid\",\"査閲\")";

	static Engagement engagement;
	static XSSFWorkbook workbook;
	static Sheet sheet;

	@BeforeAll
	static void export() throws Exception {
		engagement = EngagementFiles.load(EngagementWorkpaperExportTest.SAMPLE);
		// S-1 (作成者) signed 1-A-1-① while C-3 was 未評価; C-3 was then assessed; S-2 (査閲者) signed after
		ContractCheck c3 = check("C-3", "1-A-1-①");
		assertEquals(AssessmentStatus.NOT_ASSESSED, c3.getAssessment());
		signOff("S-1").getCovers().addAll(SignOffScope.record(SignOffScope.checksOf(engagement, "1-A-1-①")));
		c3.setAssessment(AssessmentStatus.CONFORMING);
		signOff("S-2").getCovers().addAll(SignOffScope.record(SignOffScope.checksOf(engagement, "1-A-1-①")));
		signOff("S-2").getSigner().setName(HOSTILE_NAME);
		// S-3 stays as sign-offs made before coverage was recorded

		Files.createDirectories(Workbooks.OUT);
		Path file = Workbooks.OUT.resolve("sign-offs.xlsx");
		WorkpaperExporter.create().export(engagement, EmbeddedCatalog.load(), EngagementWorkpaperExportTest.SAMPLE.getParent(),
				file, ExportOptions.defaults(), ExportMonitor.NONE);
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		sheet = workbook.getSheet("サインオフ");
		assertNotNull(sheet, "a サインオフ sheet");
	}

	@AfterAll
	static void close() throws Exception {
		workbook.close();
	}

	@Test
	void aSignOffShowsWhoWhenAndEachCoveredCheckWithItsAssessmentAtSigningAndNow() {
		Row s1 = EngagementWorkpaperExportTest.rowById(sheet, "S-1");
		Sheet part1 = workbook.getSheet("確認表1");
		String number = EngagementWorkpaperExportTest.cell(part1, EngagementWorkpaperExportTest.rowById(part1, "1-A-1-①"), "項番");
		assertEquals(number, text(s1, "checkPoint"));
		assertEquals("作成者", text(s1, "role"));
		assertEquals("監査 花子 (架空)", text(s1, "signer"));
		assertEquals("2025-09-01 15:00", text(s1, "time"), "06:00 UTC in Japanese time");
		assertEquals("C-1 レセプトシステム保守契約: 適合\n"
				+ "C-2 電子カルテシステム導入契約: 適合\n"
				+ "C-3 電子カルテシステム保守・運用契約: 未評価", text(s1, "covers"));
		assertEquals("C-1 レセプトシステム保守契約: 適合\n"
				+ "C-2 電子カルテシステム導入契約: 適合\n"
				+ "C-3 電子カルテシステム保守・運用契約: 適合", text(s1, "current"));
		Cell changes = s1.getCell(EngagementWorkpaperExportTest.column(sheet, "changes"));
		assertEquals("署名後に変更あり: C-3", changes.getStringCellValue());
		assertEquals(FillPatternType.SOLID_FOREGROUND, changes.getCellStyle().getFillPattern(), "marked for attention");
		assertEquals("署名後の変更", sheet.getRow(1).getCell(EngagementWorkpaperExportTest.column(sheet, "changes")).getStringCellValue());
	}

	@Test
	void aSignOffOfTheChecksAsTheyStandIsUnchangedAndAnOldOneSaysItRecordedNothing() {
		Row s2 = EngagementWorkpaperExportTest.rowById(sheet, "S-2");
		assertEquals("査閲者", text(s2, "role"));
		assertTrue(text(s2, "covers").endsWith("C-3 電子カルテシステム保守・運用契約: 適合"), text(s2, "covers"));
		assertEquals("なし", text(s2, "changes"));
		Cell changes = s2.getCell(EngagementWorkpaperExportTest.column(sheet, "changes"));
		assertNotEquals(FillPatternType.SOLID_FOREGROUND, changes.getCellStyle().getFillPattern());

		Row s3 = EngagementWorkpaperExportTest.rowById(sheet, "S-3");
		assertTrue(text(s3, "covers").contains("記録なし"), text(s3, "covers"));
		assertEquals(engagement.getSignOffs().size(), sheet.getLastRowNum() - 1, "one row per sign-off");
	}

	@Test
	void sameConventionsAsTheOtherDataSheets() {
		assertTrue(sheet.isColumnHidden(0), "id column");
		assertTrue(sheet.getRow(0).getZeroHeight(), "key row");
		assertNotNull(sheet.getPaneInformation(), "frozen header");
		Cell signer = EngagementWorkpaperExportTest.rowById(sheet, "S-2")
				.getCell(EngagementWorkpaperExportTest.column(sheet, "signer"));
		assertEquals(CellType.STRING, signer.getCellType());
		assertEquals(HOSTILE_NAME, signer.getStringCellValue());
		assertTrue(signer.getCellStyle().getQuotePrefixed(), "a formula-looking name is neutralised");
		for (Row row : sheet) {
			for (Cell cell : row) {
				assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().formatAsString());
			}
		}
	}

	private static String text(Row row, String key) {
		Cell cell = row.getCell(EngagementWorkpaperExportTest.column(sheet, key));
		return cell == null ? null : cell.getStringCellValue();
	}

	private static ContractCheck check(String contractId, String checkPointId) {
		return engagement.getContractChecks().stream()
				.filter(c -> c.getContract().getId().equals(contractId) && c.getCheckPointId().equals(checkPointId))
				.findFirst().orElseThrow();
	}

	private static SignOff signOff(String id) {
		return engagement.getSignOffs().stream().filter(s -> id.equals(s.getId())).findFirst().orElseThrow();
	}
}

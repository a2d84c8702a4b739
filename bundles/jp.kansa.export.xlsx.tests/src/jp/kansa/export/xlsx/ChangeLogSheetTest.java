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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
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
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.compare.log.ChangeRecorder;
import jp.kansa.model.engagement.EngagementFiles;

/** 変更履歴: the log of a sample saved with a role and an assessment changed, read back with POI. */
class ChangeLogSheetTest {

	private static final int HEADER_ROW = 1;

	private static Engagement logged() throws Exception {
		Engagement engagement = EngagementFiles.load(EngagementWorkpaperExportTest.SAMPLE);
		Engagement saved = ChangeRecorder.baseline(engagement);
		((ContractCheck) engagement.eResource().getEObject("C-1/2-A-9-①")).setResponsibility(Responsibility.VENDOR);
		((ContractCheck) engagement.eResource().getEObject("C-2/2-A-9-①")).setAssessment(AssessmentStatus.CONFORMING);
		ChangeRecorder.record(saved, engagement, ChangeLogs.who("監査 太郎", "taro@example.jp"),
				Instant.parse("2026-10-01T01:02:03Z"));
		return engagement;
	}

	private static XSSFWorkbook export(Engagement engagement, ExportOptions options, String name) throws Exception {
		Files.createDirectories(Workbooks.OUT);
		Path file = Workbooks.OUT.resolve(name);
		WorkpaperExporter.create().export(engagement, EmbeddedCatalog.load(),
				EngagementWorkpaperExportTest.SAMPLE.getParent(), file, options, ExportMonitor.NONE);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> cells(Row row, int count) {
		DataFormatter formatter = new DataFormatter();
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			Cell cell = row.getCell(c);
			cells.add(cell == null ? "" : formatter.formatCellValue(cell));
		}
		return cells;
	}

	@Test
	void everyEntryWithWhoWhenInJapanTimeFieldAndValuesInWords() throws Exception {
		Engagement engagement = logged();
		try (XSSFWorkbook workbook = export(engagement, ExportOptions.defaults(), "changelog.xlsx")) {
			Sheet sheet = workbook.getSheet("変更履歴");
			assertNotNull(sheet, "a 変更履歴 sheet");
			assertEquals(List.of("ID", "番号", "日時 (JST)", "実施者", "区分", "場所", "項目", "変更前", "変更後",
					"ハッシュ (SHA-256)"), cells(sheet.getRow(HEADER_ROW), 10));
			String who = "監査 太郎 <taro@example.jp>";
			assertEquals(List.of("engagement", "1", "2026-10-01 10:02:03", who, "記録開始", engagement.getName(), "", "",
					""), cells(sheet.getRow(HEADER_ROW + 1), 9));
			assertEquals(List.of("C-1/2-A-9-①", "2", "2026-10-01 10:02:03", who, "変更", "C-1 × 2-A-9-①", "役割分担",
					"共同", "事業者"), cells(sheet.getRow(HEADER_ROW + 2), 9));
			assertEquals(List.of("C-2/2-A-9-①", "3", "2026-10-01 10:02:03", who, "変更", "C-2 × 2-A-9-①", "評価",
					"未評価", "適合"), cells(sheet.getRow(HEADER_ROW + 3), 9));
			assertEquals(ChangeLogs.entries(engagement).get(2).getHash(),
					cells(sheet.getRow(HEADER_ROW + 3), 10).get(9), "the hash a reader can check");
			assertNull(sheet.getRow(HEADER_ROW + 4), "three entries, three rows");
			assertTrue(sheet.isColumnHidden(0), "id column hidden");
		}
	}

	@Test
	void englishHeadersAndWords() throws Exception {
		try (XSSFWorkbook workbook = export(logged(), ExportOptions.defaults().withLocale(java.util.Locale.ENGLISH),
				"changelog-en.xlsx")) {
			Sheet sheet = workbook.getSheet("Change log");
			assertNotNull(sheet, "a Change log sheet");
			assertEquals(List.of("Conforming"), List.of(cells(sheet.getRow(HEADER_ROW + 3), 9).get(8)));
		}
	}

	@Test
	void aFileWithoutALogHasNoSheet() throws Exception {
		try (XSSFWorkbook workbook = export(EngagementFiles.load(EngagementWorkpaperExportTest.SAMPLE),
				ExportOptions.defaults(), "no-changelog.xlsx")) {
			assertNull(workbook.getSheet("変更履歴"));
		}
	}
}

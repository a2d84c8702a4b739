/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.EngagementFiles;

/**
 * The vendors' round in the workpaper: B 取込済 and A 期限超過 on the 表紙 and in the サマリー, and
 * the 事業者回答 sheet with B's answer beside the institution's record and its 認識の相違.
 */
class VendorRoundExportTest {

	@Test
	void coverSummaryAndAnswersShowTheRound() throws Exception {
		Engagement engagement = EngagementFiles.load(EngagementWorkpaperExportTest.SAMPLE);
		Party a = party(engagement, "P-A");
		Party b = party(engagement, "P-B");
		request(engagement, "R-1", a, LocalDate.of(2025, 10, 31), null);
		VendorRequest toB = request(engagement, "R-2", b, LocalDate.of(2099, 10, 31), Instant.parse("2025-10-20T01:00:00Z"));
		ContractCheck check = (ContractCheck) engagement.eResource().getEObject("C-2/2-A-1-①");
		check.setResponsibility(Responsibility.VENDOR);
		VendorAnswer answer = KansaFactory.eINSTANCE.createVendorAnswer();
		answer.setCheck(check);
		answer.setParty(b);
		answer.setTime(Instant.parse("2025-10-20T01:00:00Z"));
		answer.setResponsibility(Responsibility.INSTITUTION);
		answer.setComment("運用は病院側で実施");
		toB.getAnswers().add(answer);

		try (XSSFWorkbook workbook = export(engagement)) {
			String cover = text(workbook.getSheet("表紙"));
			assertTrue(cover.contains("事業者への依頼\tAメディカルシステムズ株式会社 (架空): 期限超過 (回答期限 2025-10-31)"), cover);
			assertTrue(cover.contains("事業者への依頼\tB情報システム株式会社 (架空): 取込済 (回答期限 2099-10-31)"), cover);
			assertTrue(cover.contains("事業者への依頼\tCサポートサービス株式会社 (架空): 未送付"), cover);
			assertTrue(cover.contains("認識の相違\t1"), cover);

			String summary = text(workbook.getSheet("サマリー"));
			assertTrue(summary.contains("事業者への依頼の状況"), summary);
			assertTrue(summary.contains("B情報システム株式会社 (架空)\t取込済\t2099-10-31\t1\t1"), summary);
			assertTrue(summary.contains("Aメディカルシステムズ株式会社 (架空)\t期限超過\t2025-10-31\t0\t0"), summary);

			Sheet answers = workbook.getSheet("事業者回答");
			assertNotNull(answers, "the 事業者回答 sheet");
			String rows = text(answers);
			assertTrue(rows.contains("C-2/2-A-1-①\tC-2 電子カルテシステム導入契約\t2-A-1-①\tB情報システム株式会社 (架空)\tR-2\t2025-10-20 10:00\t医療機関\t事業者"),
					rows);
			assertTrue(rows.contains("担当: 事業者「医療機関」、医療機関「事業者」"), rows);
			assertTrue(rows.contains("運用は病院側で実施"), rows);
		}
	}

	@Test
	void noRoundNoVendorSheetOrLines() throws Exception {
		try (XSSFWorkbook workbook = export(EngagementFiles.load(EngagementWorkpaperExportTest.SAMPLE))) {
			assertNull(workbook.getSheet("事業者回答"));
			assertTrue(!text(workbook.getSheet("表紙")).contains("事業者への依頼"));
		}
	}

	private static VendorRequest request(Engagement engagement, String id, Party party, LocalDate due, Instant imported) {
		VendorRequest request = KansaFactory.eINSTANCE.createVendorRequest();
		request.setId(id);
		request.setParty(party);
		request.setDueDate(due);
		request.setSentAt(Instant.parse("2025-10-01T00:00:00Z"));
		request.setReceivedAt(imported);
		request.setImportedAt(imported);
		engagement.getVendorRequests().add(request);
		return request;
	}

	private static Party party(Engagement engagement, String id) {
		return engagement.getParties().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
	}

	private static XSSFWorkbook export(Engagement engagement) throws Exception {
		Files.createDirectories(Workbooks.OUT);
		Path file = Workbooks.OUT.resolve("vendor-round.xlsx");
		WorkpaperExporter.create().export(engagement, EmbeddedCatalog.load(), EngagementWorkpaperExportTest.SAMPLE.getParent(),
				file, ExportOptions.defaults(), ExportMonitor.NONE);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The sheet's rows, cells tab-separated, one row per line. */
	private static String text(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<String> lines = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < row.getLastCellNum(); c++) {
				Cell cell = row.getCell(c);
				cells.add(cell == null ? "" : formatter.formatCellValue(cell));
			}
			lines.add(String.join("\t", cells));
		}
		return String.join("\n", lines);
	}
}

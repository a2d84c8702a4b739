/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.Contract;
import jp.kansa.model.Engagement;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.model.engagement.VendorRound.RequestStatus;

/** {@code kansa vendor-request} and {@code kansa vendor-reply} on a copy of the shipped sample. */
class VendorCommandsTest extends CapturedCli {

	private static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa");

	private Path folder;
	private Path engagementFile;

	@BeforeEach
	void freshFolder() throws IOException {
		Files.createDirectories(Path.of("target"));
		folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "vendor-");
		engagementFile = folder.resolve("sample.kansa");
		Files.copy(SAMPLE, engagementFile);
	}

	@Test
	void requestForBThenItsReplyDryRunThenApplied() throws Exception {
		Path request = folder.resolve("B.xlsx");
		assertEquals(ExitCode.OK, run("vendor-request", engagementFile.toString(), "--party", "P-B", "--due", "2025-10-31",
				"--output", request.toString()), err());
		assertTrue(Files.isRegularFile(request));
		assertTrue(out().contains("R-1") && out().contains("108") && out().contains("C-2, C-3"), out());
		Engagement engagement = EngagementFiles.load(engagementFile);
		VendorRequest recorded = engagement.getVendorRequests().get(0);
		assertEquals("P-B", recorded.getParty().getId());
		assertEquals(LocalDate.of(2025, 10, 31), recorded.getDueDate());
		assertEquals(List.of("C-2", "C-3"), recorded.getContracts().stream().map(Contract::getId).toList());
		assertEquals("B.xlsx", recorded.getFileName());
		assertEquals(RequestStatus.SENT, VendorRound.status(recorded, LocalDate.of(2025, 10, 1)));

		Path reply = folder.resolve("B-reply.xlsx");
		fill(request, reply, Map.of("C-2/2-A-1-①", Map.of("担当（貴社の認識）", "医療機関", "事業者コメント", "手順書あり")));
		byte[] before = Files.readAllBytes(engagementFile);
		reset();
		assertEquals(ExitCode.OK, run("vendor-reply", engagementFile.toString(), reply.toString(), "--dry-run"), err());
		assertTrue(out().contains("C-2/2-A-1-①") && out().contains("手順書あり"), out());
		assertArrayEquals(before, Files.readAllBytes(engagementFile), "a dry run changes nothing");

		reset();
		assertEquals(ExitCode.OK, run("vendor-reply", engagementFile.toString(), reply.toString()), err());
		assertEquals("", err());
		engagement = EngagementFiles.load(engagementFile);
		recorded = engagement.getVendorRequests().get(0);
		assertEquals(RequestStatus.IMPORTED, VendorRound.status(recorded, LocalDate.of(2026, 1, 1)));
		assertEquals(1, recorded.getAnswers().size());
		assertEquals("手順書あり", recorded.getAnswers().get(0).getComment());
		assertEquals("P-B", recorded.getAnswers().get(0).getParty().getId());
		assertTrue(Files.exists(EngagementFiles.backupOf(engagementFile)));
	}

	@Test
	void replyForAnotherVendorOrTamperedIsRefusedWithOneLine() throws Exception {
		Path request = folder.resolve("B.xlsx");
		assertEquals(ExitCode.OK, run("vendor-request", engagementFile.toString(), "--party", "P-B", "--due", "2025-10-31",
				"--output", request.toString()));
		Path reply = folder.resolve("B-reply.xlsx");
		fill(request, reply, Map.of("C-2/2-A-1-①", Map.of("初回確認", "はい")));
		byte[] before = Files.readAllBytes(engagementFile);
		reset();
		assertEquals(ExitCode.ERROR, run("vendor-reply", engagementFile.toString(), reply.toString(), "--party", "P-A"));
		assertEquals(1, err().strip().lines().count(), err());
		assertTrue(err().contains("B-reply.xlsx") && err().contains("Aメディカル"), err());

		Path tampered = folder.resolve("tampered.xlsx");
		try (InputStream in = Files.newInputStream(reply); XSSFWorkbook book = new XSSFWorkbook(in)) {
			book.getSheet("kansa").getRow(1).getCell(1).setCellValue("R-7");
			try (OutputStream out = Files.newOutputStream(tampered)) {
				book.write(out);
			}
		}
		reset();
		assertEquals(ExitCode.ERROR, run("vendor-reply", engagementFile.toString(), tampered.toString()));
		assertTrue(err().contains("tampered.xlsx") && err().contains("R-7"), err());
		assertArrayEquals(before, Files.readAllBytes(engagementFile));
	}

	@Test
	void replyWithProblemsIsNotAppliedButCanBeRecordedAsAnswered() throws Exception {
		Path request = folder.resolve("B.xlsx");
		assertEquals(ExitCode.OK, run("vendor-request", engagementFile.toString(), "--party", "P-B", "--due", "2025-10-31",
				"--output", request.toString()));
		Path reply = folder.resolve("B-reply.xlsx");
		fill(request, reply, Map.of("C-2/2-A-1-①", Map.of("初回確認", "たぶん")));
		byte[] before = Files.readAllBytes(engagementFile);
		reset();
		assertEquals(ExitCode.FINDINGS, run("vendor-reply", engagementFile.toString(), reply.toString()));
		assertTrue(out().contains("確認表!H") && out().contains("たぶん"), out());
		assertArrayEquals(before, Files.readAllBytes(engagementFile), "nothing applied");
		reset();
		assertEquals(ExitCode.OK, run("vendor-reply", engagementFile.toString(), reply.toString(), "--received-only"), err());
		VendorRequest recorded = EngagementFiles.load(engagementFile).getVendorRequests().get(0);
		assertEquals(RequestStatus.ANSWERED, VendorRound.status(recorded, LocalDate.of(2026, 1, 1)));
		assertTrue(recorded.getAnswers().isEmpty(), "no answer imported");
	}

	@Test
	void badArgumentsAreUsageErrors() throws Exception {
		assertEquals(ExitCode.ERROR, run("vendor-request", engagementFile.toString(), "--party", "P-B", "--due", "31.10.2025",
				"--output", folder.resolve("x.xlsx").toString()));
		assertTrue(err().contains("31.10.2025"), err());
		reset();
		assertEquals(ExitCode.ERROR, run("vendor-request", engagementFile.toString(), "--party", "P-HOSP", "--due",
				"2025-10-31", "--output", folder.resolve("x.xlsx").toString()));
		assertFalse(Files.exists(folder.resolve("x.xlsx")));
		reset();
		assertEquals(ExitCode.ERROR, run("vendor-request", engagementFile.toString(), "--party", "P-Z", "--due",
				"2025-10-31", "--output", folder.resolve("x.xlsx").toString()));
		assertTrue(err().contains("P-Z") && err().contains("P-A"), err());
	}

	/** Fills the reply with POI by header text, as a vendor would with any office suite. */
	private static void fill(Path request, Path reply, Map<String, Map<String, String>> answers) throws IOException {
		try (InputStream in = Files.newInputStream(request); XSSFWorkbook book = new XSSFWorkbook(in)) {
			XSSFSheet sheet = book.getSheet("確認表");
			Map<String, Integer> headers = new HashMap<>();
			for (Cell cell : sheet.getRow(0)) {
				headers.put(cell.getStringCellValue(), cell.getColumnIndex());
			}
			for (Row row : sheet) {
				Map<String, String> values = answers.get(row.getCell(0).getStringCellValue());
				if (values != null) {
					values.forEach((header, value) -> row.getCell(headers.get(header)).setCellValue(value));
				}
			}
			try (OutputStream out = Files.newOutputStream(reply)) {
				book.write(out);
			}
		}
	}

}

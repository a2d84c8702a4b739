/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.model.engagement.VendorRound.Disagreement;
import jp.kansa.model.engagement.VendorRound.RequestStatus;
import jp.kansa.vendor.AnswerChange;
import jp.kansa.vendor.RequestColumn;
import jp.kansa.vendor.VendorReply;

/**
 * Replies filled in by other clients (openpyxl, LibreOffice), read back and applied: attributed
 * to the vendor, beside the auditor's entries; and the replies that must be refused.
 */
class VendorReplyTest {

	/** B's answers: C-2 2-A-1-① says the institution is responsible, C-3 1-A-1-① answers いいえ with a date. */
	private static final String ANSWERS = """
			{"C-2/2-A-1-①": {"担当（貴社の認識）": "医療機関", "初回確認": "はい", "事業者コメント": "SLA は別紙のとおり",
			                  "提示する証跡（題名）": "運用手順書 第3版", "証跡ファイル名": "unyo-v3.pdf", "証跡の日付": "date:2025-09-01"},
			 "C-3/1-A-1-①": {"初回確認": "いいえ", "完了日": "date:2025-12-20"},
			 "C-3/2-A-2-①": {"事業者コメント": "再委託先 C社 が対応"}}
			""";

	@TempDir
	Path folder;

	private VendorFixture fixture;
	private VendorRequest request;
	private Path requestFile;

	@BeforeEach
	void setUp() throws IOException {
		fixture = new VendorFixture(folder);
		requestFile = folder.resolve("request-B.xlsx");
		request = fixture.request("P-B", false, requestFile);
	}

	@Test
	void replyFilledByOpenpyxlIsAttributedToTheVendorAndLeavesTheAuditorsEntries() throws Exception {
		ContractCheck c2 = fixture.check("C-2", "2-A-1-①");
		c2.setResponsibility(Responsibility.VENDOR);
		c2.setAssessment(AssessmentStatus.PARTIALLY_CONFORMING);
		c2.setConclusion("監査人の結論");
		Engagement before = EcoreUtil.copy(fixture.engagement);
		Path reply = fill("reply.xlsx");

		VendorReply read = fixture.read(reply);
		assertSame(request, read.getRequest());
		assertSame(fixture.party("P-B"), read.getVendor());
		assertEquals(List.of(), read.getProblems());
		assertEquals(9, read.getChanges().size(), read.getChanges()::toString);
		AnswerChange first = read.getChanges().get(0);
		assertEquals(RequestColumn.RESPONSIBILITY, first.column());
		assertSame(c2, first.check());
		assertTrue(first.location().startsWith("確認表!G"), first.location());
		assertEquals(VendorRound.valueLabel(Responsibility.VENDOR, Locale.getDefault()), first.institutionText(),
				"the institution's record is shown beside the answer");
		assertTrue(EcoreUtil.equals(before, fixture.engagement), "reading changes nothing");

		read.applyHeadless();
		assertEquals(3, request.getAnswers().size());
		VendorAnswer answer = VendorRound.answerOf(c2, fixture.party("P-B")).orElseThrow();
		assertSame(fixture.party("P-B"), answer.getParty());
		assertEquals(VendorFixture.READ_AT, answer.getTime());
		assertEquals(Responsibility.INSTITUTION, answer.getResponsibility());
		assertEquals(InitialCheck.YES, answer.getInitialCheck());
		assertEquals("SLA は別紙のとおり", answer.getComment());
		assertEquals("運用手順書 第3版", answer.getEvidenceTitle());
		assertEquals("unyo-v3.pdf", answer.getEvidenceFile());
		assertEquals(LocalDate.of(2025, 9, 1), answer.getEvidenceDate());
		VendorAnswer c3 = VendorRound.answerOf(fixture.check("C-3", "1-A-1-①"), fixture.party("P-B")).orElseThrow();
		assertEquals(InitialCheck.NO, c3.getInitialCheck());
		assertEquals(LocalDate.of(2025, 12, 20), c3.getCompletionDate());

		// the auditor's own entries are untouched
		assertEquals(Responsibility.VENDOR, c2.getResponsibility());
		assertEquals(AssessmentStatus.PARTIALLY_CONFORMING, c2.getAssessment());
		assertEquals("監査人の結論", c2.getConclusion());
		Engagement withoutRound = EcoreUtil.copy(fixture.engagement);
		withoutRound.getVendorRequests().clear();
		Engagement beforeWithoutRound = EcoreUtil.copy(before);
		beforeWithoutRound.getVendorRequests().clear();
		assertTrue(EcoreUtil.equals(beforeWithoutRound, withoutRound), "only the request changed");

		assertEquals(VendorFixture.READ_AT, request.getReceivedAt());
		assertEquals(VendorFixture.READ_AT, request.getImportedAt());
		assertEquals(RequestStatus.IMPORTED, VendorRound.status(request, LocalDate.of(2026, 1, 1)));
		List<Disagreement> disagreements = VendorRound.disagreements(fixture.engagement);
		assertTrue(disagreements.stream().anyMatch(d -> d.check() == c2
				&& d.kind() == VendorRound.DisagreementKind.RESPONSIBILITY), disagreements::toString);

		// importing the same reply again changes nothing more
		VendorReply again = fixture.read(reply);
		assertEquals(List.of(), again.getChanges());
	}

	@Test
	void applyingIsOneUndoableCommand() throws Exception {
		Engagement before = EcoreUtil.copy(fixture.engagement);
		VendorReply read = fixture.read(fill("reply.xlsx"));
		EditingDomain domain = read.applyHeadless();
		assertFalse(request.getAnswers().isEmpty());
		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, fixture.engagement), "undo restores the engagement");
	}

	@Test
	void reorderedColumnsAndADeletedRowAreReadTheSame() throws Exception {
		Path reply = fill("reordered.xlsx", "--reorder", "--delete-row", "C-3/2-A-2-①");
		VendorReply read = fixture.read(reply);
		assertEquals(List.of(), read.getProblems());
		assertEquals(107, read.getRowsRead(), "108 rows less the deleted one");
		assertEquals(8, read.getChanges().size(), read.getChanges()::toString);
		assertTrue(read.getChanges().stream().noneMatch(c -> c.check().getId().equals("C-3/2-A-2-①")));
		AnswerChange responsibility = read.getChanges().stream()
				.filter(c -> c.column() == RequestColumn.RESPONSIBILITY).findFirst().orElseThrow();
		assertEquals(Responsibility.INSTITUTION, responsibility.value());
		assertFalse(responsibility.cell().startsWith("G"), "found by its header, not its place: " + responsibility.cell());
	}

	@Test
	void replyReSavedByLibreOfficeIsReadTheSame() throws Exception {
		Path reply = fill("reply.xlsx");
		Path out = Files.createDirectories(folder.resolve("lo"));
		VendorFixture.run(List.of("soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + folder.resolve("lo-profile"),
				"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), reply.toString()), folder);
		Path resaved = out.resolve("reply.xlsx");
		assertTrue(Files.size(resaved) > 0);
		VendorReply read = fixture.read(resaved);
		assertEquals(List.of(), read.getProblems());
		List<String> expected = new ArrayList<>();
		fixture.read(reply).getChanges().forEach(c -> expected.add(c.check().getId() + " " + c.column() + " " + c.value()));
		List<String> actual = new ArrayList<>();
		read.getChanges().forEach(c -> actual.add(c.check().getId() + " " + c.column() + " " + c.value()));
		assertEquals(expected, actual);
		assertEquals(9, actual.size());
	}

	@Test
	void replyToAnotherEngagementIsRefused() throws Exception {
		Path reply = fill("reply.xlsx");
		fixture.engagement.setId("other-engagement");
		WorkpaperRefusedException refused = assertThrows(WorkpaperRefusedException.class, () -> fixture.read(reply));
		assertTrue(refused.getMessage().contains(reply.toString()), refused.getMessage());
		assertTrue(refused.getReason().contains("engagement") && refused.getReason().contains("other-engagement"),
				refused.getReason());
		assertTrue(request.getAnswers().isEmpty());
	}

	@Test
	void replyOfAnotherVendorIsRefused() throws Exception {
		Path reply = fill("reply.xlsx");
		WorkpaperRefusedException refused = assertThrows(WorkpaperRefusedException.class,
				() -> fixture.read(reply, fixture.party("P-A")));
		assertTrue(refused.getReason().contains("B情報システム") && refused.getReason().contains("Aメディカル"),
				refused.getReason());

		Path relabelled = fill("relabelled.xlsx", "--meta", "party=P-A");
		refused = assertThrows(WorkpaperRefusedException.class, () -> fixture.read(relabelled));
		assertTrue(refused.getReason().contains("P-A") || refused.getReason().contains("Aメディカル"), refused.getReason());
		assertTrue(refused.getMessage().contains("relabelled.xlsx"), refused.getMessage());
	}

	@Test
	void tamperedRequestIdOrChecksumIsRefused() throws Exception {
		Path unknown = fill("unknown.xlsx", "--meta", "request=R-99");
		WorkpaperRefusedException refused = assertThrows(WorkpaperRefusedException.class, () -> fixture.read(unknown));
		assertTrue(refused.getReason().contains("R-99"), refused.getReason());

		Path checksum = fill("checksum.xlsx", "--meta", "checksum=" + "0".repeat(64));
		refused = assertThrows(WorkpaperRefusedException.class, () -> fixture.read(checksum));
		assertTrue(refused.getReason().contains(request.getId()), refused.getReason());
		assertTrue(refused.getMessage().contains("checksum.xlsx"), refused.getMessage());

		// a second request to another vendor: a reply naming it with B's checksum is still refused
		VendorRequest toA = fixture.request("P-A", false, folder.resolve("request-A.xlsx"));
		Path swapped = fill("swapped.xlsx", "--meta", "request=" + toA.getId());
		assertThrows(WorkpaperRefusedException.class, () -> fixture.read(swapped));
		assertTrue(request.getAnswers().isEmpty() && toA.getAnswers().isEmpty());
	}

	@Test
	void badCellsAndForeignRowsAreProblemsNamingTheCellAndNothingIsApplied() throws Exception {
		Path answers = folder.resolve("bad.json");
		Files.writeString(answers, """
				{"C-2/2-A-1-①": {"担当（貴社の認識）": "たぶん", "完了日": "来週", "事業者コメント": "=1+1"},
				 "C-2/2-A-2-①": {"確認ID": "C-1/2-A-2-①", "初回確認": "はい"}}
				""", StandardCharsets.UTF_8);
		Path reply = folder.resolve("bad.xlsx");
		VendorFixture.run(List.of(VendorFixture.PYTHON, VendorFixture.DATA.resolve("fill_reply.py").toAbsolutePath().toString(),
				requestFile.toString(), reply.toString(), answers.toString()), folder);
		VendorReply read = fixture.read(reply);
		List<String> where = read.getProblems().stream().map(ImportProblem::location).toList();
		assertEquals(4, read.getProblems().size(), read.getProblems()::toString);
		assertTrue(where.get(0).matches("確認表!G\\d+"), where::toString);
		assertEquals("たぶん", read.getProblems().get(0).found());
		assertTrue(where.get(1).matches("確認表!I\\d+"), where::toString);
		assertTrue(where.get(2).matches("確認表!J\\d+"), "a formula (openpyxl writes =… as one): " + where);
		assertEquals("1+1", read.getProblems().get(2).found());
		assertTrue(where.get(3).matches("確認表!A\\d+"), "a row of another vendor's contract: " + where);
		assertEquals("C-1/2-A-2-①", read.getProblems().get(3).found());
		assertFalse(read.canApply());
		assertThrows(IllegalStateException.class, read::applyHeadless);
		assertTrue(request.getAnswers().isEmpty());
	}

	@Test
	void aWorkbookThatIsNoRequestIsRefused() throws Exception {
		Path plain = folder.resolve("plain.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			book.createSheet("確認表").createRow(0).createCell(0).setCellValue("確認ID");
			try (var out = Files.newOutputStream(plain)) {
				book.write(out);
			}
		}
		WorkpaperRefusedException refused = assertThrows(WorkpaperRefusedException.class, () -> fixture.read(plain));
		assertTrue(refused.getMessage().contains("plain.xlsx") && refused.getReason().contains("kansa"), refused.getMessage());
		Path text = folder.resolve("text.xlsx");
		Files.writeString(text, "確認ID,担当\n");
		assertThrows(WorkpaperRefusedException.class, () -> fixture.read(text), "the importer's screening runs first");
	}

	private Path fill(String name, String... options) throws IOException, InterruptedException {
		Path answers = folder.resolve("answers.json");
		Files.writeString(answers, ANSWERS, StandardCharsets.UTF_8);
		Path reply = folder.resolve(name);
		List<String> command = new ArrayList<>(List.of(VendorFixture.PYTHON,
				VendorFixture.DATA.resolve("fill_reply.py").toAbsolutePath().toString(), requestFile.toString(),
				reply.toString(), answers.toString()));
		command.addAll(List.of(options));
		VendorFixture.run(command, folder);
		return reply;
	}
}

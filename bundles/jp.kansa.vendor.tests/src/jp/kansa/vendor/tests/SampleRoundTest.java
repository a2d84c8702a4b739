/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.Contract;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.model.engagement.VendorRound.RequestStatus;
import jp.kansa.model.engagement.VendorRound.VendorStatus;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.model.validation.ValidationRule;
import jp.kansa.vendor.VendorReply;

/**
 * The "done when" on the sample: A and B are asked; B's workbook holds only C-2 and C-3,
 * B fills it in another office suite (openpyxl, then re-saved by LibreOffice), its answers come
 * back attributed to B; B is 取込済 and A 期限超過; one 認識の相違 is reported by the validation.
 */
class SampleRoundTest {

	@TempDir
	Path folder;

	@Test
	void theRoundOnTheSample() throws Exception {
		VendorFixture fixture = new VendorFixture(folder);
		VendorRequest toA = fixture.request("P-A", false, folder.resolve("A.xlsx"));
		Path requestB = folder.resolve("B.xlsx");
		VendorRequest toB = fixture.request("P-B", true, requestB);
		assertEquals(List.of("C-2", "C-3"), toB.getContracts().stream().map(Contract::getId).toList());
		EngagementFiles.save(fixture.engagement);

		// the institution records C-2 × 2-A-1-① as the vendor's; B answers 医療機関
		fixture.check("C-2", "2-A-1-①").setResponsibility(Responsibility.VENDOR);
		Path answers = folder.resolve("answers.json");
		Files.writeString(answers, """
				{"C-2/2-A-1-①": {"担当（貴社の認識）": "医療機関", "事業者コメント": "病院の運用で実施と理解"},
				 "C-3/2-A-1-①": {"担当（貴社の認識）": "共同", "初回確認": "はい"}}
				""", StandardCharsets.UTF_8);
		Path filled = folder.resolve("B-filled.xlsx");
		VendorFixture.run(List.of(VendorFixture.PYTHON, VendorFixture.DATA.resolve("fill_reply.py").toAbsolutePath().toString(),
				requestB.toString(), filled.toString(), answers.toString()), folder);
		Path out = Files.createDirectories(folder.resolve("lo"));
		VendorFixture.run(List.of("soffice", "--headless", "--norestore",
				"-env:UserInstallation=file://" + folder.resolve("lo-profile"), "--convert-to", "xlsx:Calc MS Excel 2007 XML",
				"--outdir", out.toString(), filled.toString()), folder);

		VendorReply reply = fixture.read(out.resolve("B-filled.xlsx"));
		assertEquals(List.of(), reply.getProblems());
		reply.applyHeadless();
		assertTrue(toB.getAnswers().stream().allMatch(a -> a.getParty() == fixture.party("P-B")));
		assertEquals(2, toB.getAnswers().size());

		LocalDate afterDue = VendorFixture.DUE.plusDays(1);
		Map<String, RequestStatus> statuses = new HashMap<>();
		for (VendorStatus status : VendorRound.byVendor(fixture.engagement, afterDue)) {
			statuses.put(status.party().getId(), status.status());
		}
		assertEquals(Map.of("P-A", RequestStatus.OVERDUE, "P-B", RequestStatus.IMPORTED, "P-C", RequestStatus.NOT_SENT),
				statuses);

		Map<Object, Object> context = new HashMap<>();
		context.put(EngagementValidator.CATALOG, fixture.catalog);
		context.put(EngagementValidator.LOCALE, Locale.JAPANESE);
		context.put(EngagementValidator.CLOCK, Clock.fixed(afterDue.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		List<Diagnostic> rules = EngagementValidation.ruleDiagnostics(EngagementValidation.validate(fixture.engagement, context));
		List<Diagnostic> disagreements = rules.stream().filter(d -> ValidationRule.of(d) == ValidationRule.VENDOR_DISAGREEMENT).toList();
		assertEquals(1, disagreements.size(), disagreements::toString);
		assertTrue(disagreements.get(0).getMessage().contains("認識の相違"));
		List<Diagnostic> overdue = rules.stream().filter(d -> ValidationRule.of(d) == ValidationRule.REQUEST_OVERDUE).toList();
		assertEquals(1, overdue.size());
		assertEquals(toA, overdue.get(0).getData().get(0));

		EngagementFiles.save(fixture.engagement);
		assertEquals(2, EngagementFiles.load(fixture.engagementFile).getVendorRequests().get(1).getAnswers().size(),
				"answers survive save and reopen");
	}
}

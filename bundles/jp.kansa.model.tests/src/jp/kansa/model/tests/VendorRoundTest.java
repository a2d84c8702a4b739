/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.model.engagement.VendorRound.DisagreementKind;
import jp.kansa.model.engagement.VendorRound.RequestStatus;
import jp.kansa.model.engagement.VendorRound.VendorStatus;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.model.validation.ValidationRule;

/** The vendors' round: request statuses, KANSA-REQUEST-OVERDUE and the 認識の相違 rule. */
class VendorRoundTest {

	private static final LocalDate DUE = LocalDate.of(2025, 10, 15);

	private final EngagementFixture fixture = new EngagementFixture();

	@Test
	void statusFollowsTheRequestThroughTheRound() {
		VendorRequest request = request("R-1", fixture.vendorA);
		LocalDate before = DUE.minusDays(1);
		assertEquals(RequestStatus.NOT_SENT, VendorRound.status(request, before));
		request.setSentAt(Instant.parse("2025-10-01T00:00:00Z"));
		assertEquals(RequestStatus.SENT, VendorRound.status(request, before));
		assertEquals(RequestStatus.SENT, VendorRound.status(request, DUE), "due today is not late");
		assertEquals(RequestStatus.OVERDUE, VendorRound.status(request, DUE.plusDays(1)));
		request.setReceivedAt(Instant.parse("2025-10-20T00:00:00Z"));
		assertEquals(RequestStatus.ANSWERED, VendorRound.status(request, DUE.plusDays(10)));
		request.setImportedAt(Instant.parse("2025-10-21T00:00:00Z"));
		assertEquals(RequestStatus.IMPORTED, VendorRound.status(request, DUE.plusDays(10)));
		assertEquals("取込済", RequestStatus.IMPORTED.label(Locale.JAPANESE));
		assertEquals("期限超過", RequestStatus.OVERDUE.label(Locale.JAPANESE));
		assertEquals("Overdue", RequestStatus.OVERDUE.label(Locale.ENGLISH));
	}

	@Test
	void everyVendorHasAStatusAndTheLatestRequestCounts() {
		VendorRequest first = request("R-1", fixture.vendorB);
		first.setSentAt(Instant.parse("2025-10-01T00:00:00Z"));
		VendorRequest second = request("R-2", fixture.vendorB);
		second.setSentAt(Instant.parse("2025-10-02T00:00:00Z"));
		second.setImportedAt(Instant.parse("2025-10-03T00:00:00Z"));
		List<VendorStatus> statuses = VendorRound.byVendor(fixture.engagement, DUE.plusDays(30));
		assertEquals(List.of(fixture.vendorA, fixture.vendorB, fixture.subcontractorC),
				statuses.stream().map(VendorStatus::party).toList(), "the institution is not asked");
		assertEquals(List.of(RequestStatus.NOT_SENT, RequestStatus.IMPORTED, RequestStatus.NOT_SENT),
				statuses.stream().map(VendorStatus::status).toList());
		assertSame(second, statuses.get(1).request());
	}

	@Test
	void contractsOfAVendorWithOrWithoutItsSubcontractors() {
		fixture.engagement.getContracts().add(contractOf("C-C", fixture.subcontractorC));
		assertEquals(List.of("C-B"), ids(VendorRound.contractsOf(fixture.engagement, fixture.vendorB, false)));
		assertEquals(List.of("C-B", "C-C"), ids(VendorRound.contractsOf(fixture.engagement, fixture.vendorB, true)));
		fixture.contractB.setInScope(false);
		assertEquals(List.of("C-C"), ids(VendorRound.contractsOf(fixture.engagement, fixture.vendorB, true)));
	}

	@Test
	void unansweredRequestPastItsDueDateIsReportedJudgedToday() {
		VendorRequest request = request("R-1", fixture.vendorA);
		request.setSentAt(Instant.parse("2025-10-01T00:00:00Z"));
		List<Diagnostic> found = reported(ValidationRule.REQUEST_OVERDUE, DUE.plusDays(1));
		assertEquals(1, found.size());
		assertSame(request, found.get(0).getData().get(0));
		assertEquals(Diagnostic.WARNING, found.get(0).getSeverity());
		assertTrue(found.get(0).getMessage().contains("A社") && found.get(0).getMessage().contains("2025-10-15"),
				found.get(0).getMessage());
		assertTrue(reported(ValidationRule.REQUEST_OVERDUE, DUE).isEmpty(), "not before the day after");
		request.setImportedAt(Instant.parse("2025-10-20T00:00:00Z"));
		assertTrue(reported(ValidationRule.REQUEST_OVERDUE, DUE.plusDays(1)).isEmpty());
	}

	@Test
	void vendorSeeingTheInstitutionResponsibleWhereTheRecordSaysVendorIsADisagreement() {
		ContractCheck check = fixture.check(fixture.contractB, EngagementFixture.PART2_FIRST);
		check.setResponsibility(Responsibility.VENDOR);
		VendorAnswer answer = answer(request("R-1", fixture.vendorB), check);
		answer.setResponsibility(Responsibility.INSTITUTION);
		List<Diagnostic> found = reported(ValidationRule.VENDOR_DISAGREEMENT, DUE);
		assertEquals(1, found.size());
		assertSame(check, found.get(0).getData().get(0));
		assertSame(answer, found.get(0).getData().get(1));
		String message = found.get(0).getMessage();
		assertTrue(message.contains("B社") && message.contains("医療機関") && message.contains("事業者")
				&& message.contains("認識の相違"), message);
		assertEquals(DisagreementKind.RESPONSIBILITY, VendorRound.disagreements(fixture.engagement).get(0).kind());

		answer.setResponsibility(Responsibility.VENDOR);
		assertTrue(reported(ValidationRule.VENDOR_DISAGREEMENT, DUE).isEmpty());
		answer.setResponsibility(Responsibility.UNASSIGNED);
		assertTrue(reported(ValidationRule.VENDOR_DISAGREEMENT, DUE).isEmpty(), "no answer, no disagreement");
	}

	@Test
	void initialCheckYesAgainstNoIsADisagreementAndTheLatestAnswerWins() {
		ContractCheck check = fixture.check(fixture.contractB, EngagementFixture.PART2_SECOND);
		check.setInitialCheck(InitialCheck.NO);
		check.setCompletionDate(EngagementFixture.REFERENCE_DATE);
		answer(request("R-1", fixture.vendorB), check).setInitialCheck(InitialCheck.YES);
		List<Diagnostic> found = reported(ValidationRule.VENDOR_DISAGREEMENT, DUE);
		assertEquals(1, found.size());
		assertTrue(found.get(0).getMessage().contains("初回確認「はい」"), found.get(0).getMessage());
		answer(request("R-2", fixture.vendorB), check).setInitialCheck(InitialCheck.NO);
		assertTrue(reported(ValidationRule.VENDOR_DISAGREEMENT, DUE).isEmpty(), "a later answer replaces the first");
		assertEquals(1, VendorRound.answersFor(check).size());
	}

	private List<Diagnostic> reported(ValidationRule rule, LocalDate today) {
		Map<Object, Object> context = new HashMap<>();
		context.put(EngagementValidator.CATALOG, fixture.catalog);
		context.put(EngagementValidator.LOCALE, Locale.JAPANESE);
		context.put(EngagementValidator.CLOCK,
				Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.ofHours(9)), ZoneOffset.UTC));
		return EngagementValidation.ruleDiagnostics(EngagementValidation.validate(fixture.engagement, context))
				.stream().filter(d -> ValidationRule.of(d) == rule).toList();
	}

	private VendorRequest request(String id, jp.kansa.model.Party party) {
		VendorRequest request = fixture.f.createVendorRequest();
		request.setId(id);
		request.setParty(party);
		request.setDueDate(DUE);
		fixture.engagement.getVendorRequests().add(request);
		return request;
	}

	private VendorAnswer answer(VendorRequest request, ContractCheck check) {
		VendorAnswer answer = fixture.f.createVendorAnswer();
		answer.setCheck(check);
		answer.setParty(request.getParty());
		answer.setTime(Instant.parse("2025-10-10T00:00:00Z"));
		request.getAnswers().add(answer);
		return answer;
	}

	private jp.kansa.model.Contract contractOf(String id, jp.kansa.model.Party party) {
		jp.kansa.model.Contract contract = fixture.f.createContract();
		contract.setId(id);
		contract.setTitle(id);
		contract.getParties().add(party);
		return contract;
	}

	private static List<String> ids(List<jp.kansa.model.Contract> contracts) {
		return contracts.stream().map(jp.kansa.model.Contract::getId).toList();
	}
}

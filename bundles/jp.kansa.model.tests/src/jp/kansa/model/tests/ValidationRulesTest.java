/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.Finding;
import jp.kansa.model.FindingStatus;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Responsibility;
import jp.kansa.model.SignOff;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.EvidenceFiles;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.model.validation.ValidationRule;

/** One test per rule: broken, the diagnostic names the rule, severity and object; repaired, it is gone. */
class ValidationRulesTest {

	@TempDir
	Path folder;

	private final EngagementFixture fixture = new EngagementFixture();

	@Test
	void fixtureBreaksNoRule() {
		Diagnostic result = validate();
		assertTrue(EngagementValidation.ruleDiagnostics(result).isEmpty(), () -> describe(result));
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> describe(result));
	}

	@Test
	void part2CheckWithNoResponsiblePartyIsTheA2Gap() {
		ContractCheck check = fixture.check(fixture.contractB, EngagementFixture.PART2_SECOND);
		check.setResponsibility(Responsibility.UNASSIGNED);
		assertReported(ValidationRule.A2_GAP, check);
		check.setResponsibility(Responsibility.VENDOR);
		check.getResponsibleParties().clear();
		assertReported(ValidationRule.A2_GAP, check);
		check.getResponsibleParties().add(fixture.vendorB);
		assertNotReported(ValidationRule.A2_GAP);
	}

	@Test
	void missingCheckOfAPart2CheckPointIsAGapOnTheContract() {
		fixture.engagement.getContractChecks().remove(fixture.check(fixture.contractA, EngagementFixture.PART2_FIRST));
		assertReported(ValidationRule.A2_GAP, fixture.contractA);
		fixture.contractA.setInScope(false);
		assertNotReported(ValidationRule.A2_GAP);
	}

	@Test
	void part1CheckUnassignedIsNoGap() {
		fixture.check(fixture.contractA, EngagementFixture.PART1).setResponsibility(Responsibility.UNASSIGNED);
		assertNotReported(ValidationRule.A2_GAP);
	}

	@Test
	void twoVendorsSolelyResponsibleForOneSystemOverlap() {
		ContractCheck a = fixture.check(fixture.contractA, EngagementFixture.PART2_FIRST);
		ContractCheck b = fixture.check(fixture.contractB, EngagementFixture.PART2_FIRST);
		sole(a, fixture.vendorA);
		sole(b, fixture.vendorB);
		List<Diagnostic> found = reported(ValidationRule.OVERLAP);
		assertEquals(2, found.size(), "both cells are marked");
		assertSame(a, found.get(0).getData().get(0));
		assertSame(b, found.get(1).getData().get(0));
		assertTrue(found.get(0).getMessage().contains("連携"), found.get(0).getMessage());

		b.setResponsibility(Responsibility.JOINT);
		assertNotReported(ValidationRule.OVERLAP);
		b.setResponsibility(Responsibility.VENDOR);
		fixture.contractB.getSystems().remove("連携");
		assertNotReported(ValidationRule.OVERLAP);
	}

	@Test
	void aVendorAndItsOwnSubcontractorDoNotOverlap() {
		fixture.contractA.getParties().add(fixture.vendorB);
		sole(fixture.check(fixture.contractA, EngagementFixture.PART2_FIRST), fixture.vendorB);
		ContractCheck sub = fixture.check(fixture.contractB, EngagementFixture.PART2_FIRST);
		sole(sub, fixture.vendorB);
		sub.getResponsibleParties().add(fixture.subcontractorC);
		assertNotReported(ValidationRule.OVERLAP);
	}

	@Test
	void subcontractorWithoutItsPrimeVendorBreaksTheChain() {
		ContractCheck check = fixture.check(fixture.contractB, EngagementFixture.PART2_SECOND);
		sole(check, fixture.subcontractorC);
		assertReported(ValidationRule.CHAIN_BROKEN, check);
		check.getResponsibleParties().add(fixture.vendorB);
		assertNotReported(ValidationRule.CHAIN_BROKEN);
	}

	@Test
	void initialCheckNoNeedsACompletionDate() {
		ContractCheck check = fixture.check(fixture.contractA, EngagementFixture.PART1);
		check.setInitialCheck(InitialCheck.NO);
		assertReported(ValidationRule.INITIAL_NO_WITHOUT_COMPLETION, check);
		check.setCompletionDate(EngagementFixture.REFERENCE_DATE);
		assertNotReported(ValidationRule.INITIAL_NO_WITHOUT_COMPLETION);
	}

	@Test
	void completionDateAfterTheReferenceDateIsAnError() {
		ContractCheck check = fixture.check(fixture.contractA, EngagementFixture.PART1);
		check.setCompletionDate(EngagementFixture.REFERENCE_DATE.plusDays(1));
		assertReported(ValidationRule.COMPLETION_AFTER_REFERENCE, check);
		check.setCompletionDate(EngagementFixture.REFERENCE_DATE);
		assertNotReported(ValidationRule.COMPLETION_AFTER_REFERENCE);
	}

	@Test
	void conformingNeedsEvidence() {
		ContractCheck check = fixture.check(fixture.contractA, EngagementFixture.PART1);
		check.setAssessment(AssessmentStatus.CONFORMING);
		assertReported(ValidationRule.CONFORMING_WITHOUT_EVIDENCE, check);
		check.getEvidence().add(documentEvidence("EV-DOC"));
		assertNotReported(ValidationRule.CONFORMING_WITHOUT_EVIDENCE);
	}

	@Test
	void evidenceFileMissingOnDiskIsAnError() throws IOException {
		Evidence evidence = fileEvidence("evidence/契約書.txt", "本文");
		Files.delete(folder.resolve("evidence/契約書.txt"));
		assertReported(ValidationRule.EVIDENCE_MISSING, evidence);
		Files.writeString(folder.resolve("evidence/契約書.txt"), "本文");
		assertNotReported(ValidationRule.EVIDENCE_MISSING);
	}

	@Test
	void evidenceFileChangedAfterRecordingIsAnError() throws IOException {
		Evidence evidence = fileEvidence("evidence/sla.txt", "稼働率 99.9%");
		Files.writeString(folder.resolve("evidence/sla.txt"), "稼働率 99.0%");
		assertReported(ValidationRule.EVIDENCE_CHANGED, evidence);
		Files.writeString(folder.resolve("evidence/sla.txt"), "稼働率 99.9%");
		assertNotReported(ValidationRule.EVIDENCE_CHANGED);
	}

	@Test
	void evidenceExpiredBeforeTheReferenceDateIsAWarning() {
		Evidence evidence = documentEvidence("EV-SDS");
		evidence.setExpiryDate(EngagementFixture.REFERENCE_DATE.minusDays(1));
		assertReported(ValidationRule.EVIDENCE_EXPIRED, evidence);
		evidence.setExpiryDate(EngagementFixture.REFERENCE_DATE);
		assertNotReported(ValidationRule.EVIDENCE_EXPIRED);
	}

	@Test
	void signOffOlderThanAChangeOfItsCheckPointIsStale() {
		TeamMember preparer = member("T-1");
		SignOff signOff = signOff("S-1", AuditRole.PREPARER, preparer, Instant.parse("2025-09-10T00:00:00Z"));
		assertNotReported(ValidationRule.SIGNOFF_STALE);
		ContractCheck check = fixture.check(fixture.contractB, EngagementFixture.PART2_FIRST);
		check.setLastModified(Instant.parse("2025-09-11T00:00:00Z"));
		assertReported(ValidationRule.SIGNOFF_STALE, signOff);
		signOff.setTime(Instant.parse("2025-09-12T00:00:00Z"));
		assertNotReported(ValidationRule.SIGNOFF_STALE);
	}

	@Test
	void reviewerMustNotBeThePreparer() {
		TeamMember preparer = member("T-1");
		signOff("S-1", AuditRole.PREPARER, preparer, Instant.parse("2025-09-10T00:00:00Z"));
		SignOff review = signOff("S-2", AuditRole.REVIEWER, preparer, Instant.parse("2025-09-11T00:00:00Z"));
		assertReported(ValidationRule.SIGNOFF_SAME_PERSON, review);
		review.setSigner(member("T-2"));
		assertNotReported(ValidationRule.SIGNOFF_SAME_PERSON);
	}

	@Test
	void openFindingPastItsDueDateAtTheReferenceDateIsOverdue() {
		Finding finding = fixture.f.createFinding();
		finding.setId("F-1");
		finding.setTitle("未合意");
		finding.setDueDate(EngagementFixture.REFERENCE_DATE.minusDays(1));
		finding.setStatus(FindingStatus.IN_PROGRESS);
		fixture.engagement.getFindings().add(finding);
		assertReported(ValidationRule.FINDING_OVERDUE, finding);
		finding.setStatus(FindingStatus.CLOSED);
		assertNotReported(ValidationRule.FINDING_OVERDUE);
	}

	@Test
	void checkPointIdNotInTheCatalogIsDangling() {
		ContractCheck check = fixture.check(fixture.contractA, EngagementFixture.PART1);
		check.setCheckPointId("9-Z-99-①");
		assertReported(ValidationRule.CHECKPOINT_UNKNOWN, check);
		Finding finding = fixture.f.createFinding();
		finding.setId("F-1");
		finding.getCheckPointIds().add("9-Z-98-①");
		fixture.engagement.getFindings().add(finding);
		assertTrue(reported(ValidationRule.CHECKPOINT_UNKNOWN).stream().anyMatch(d -> d.getData().get(0) == finding));
		check.setCheckPointId(EngagementFixture.PART1);
		finding.getCheckPointIds().clear();
		assertNotReported(ValidationRule.CHECKPOINT_UNKNOWN);
	}

	@Test
	void withoutACatalogTheValidatorSaysSoInsteadOfGuessing() {
		Diagnostic result = EngagementValidation.validate(fixture.engagement, new HashMap<>());
		List<Diagnostic> found = EngagementValidation.ruleDiagnostics(result);
		assertEquals(1, found.size(), () -> describe(result));
		assertEquals(ValidationRule.CATALOG_MISSING, ValidationRule.of(found.get(0)));
		assertEquals(Diagnostic.INFO, found.get(0).getSeverity());
	}

	@Test
	void messagesComeInJapaneseAndEnglish() {
		fixture.check(fixture.contractA, EngagementFixture.PART2_FIRST).setResponsibility(Responsibility.UNASSIGNED);
		assertTrue(message(Locale.JAPANESE).contains("責任を負う当事者がいません"), message(Locale.JAPANESE));
		assertTrue(message(Locale.ENGLISH).contains("has no responsible party"), message(Locale.ENGLISH));
	}

	private String message(Locale locale) {
		Map<Object, Object> context = new HashMap<>();
		context.put(EngagementValidator.CATALOG, fixture.catalog);
		context.put(EngagementValidator.LOCALE, locale);
		return EngagementValidation.ruleDiagnostics(EngagementValidation.validate(fixture.engagement, context)).get(0)
				.getMessage();
	}

	private static void sole(ContractCheck check, jp.kansa.model.Party vendor) {
		check.setResponsibility(Responsibility.VENDOR);
		check.getResponsibleParties().clear();
		check.getResponsibleParties().add(vendor);
	}

	private Evidence documentEvidence(String id) {
		Evidence evidence = fixture.f.createEvidence();
		evidence.setId(id);
		evidence.setKind(EvidenceKind.DOCUMENT);
		fixture.engagement.getEvidence().add(evidence);
		return evidence;
	}

	/** Puts the engagement into a file in the temp folder so that relative evidence paths resolve. */
	private Evidence fileEvidence(String path, String content) throws IOException {
		Resource resource = KansaResources.createResourceSet()
				.createResource(URI.createFileURI(folder.resolve("audit.kansa").toString()));
		resource.getContents().add(fixture.engagement);
		Files.createDirectories(folder.resolve(path).getParent());
		Files.writeString(folder.resolve(path), content);
		Evidence evidence = documentEvidence("EV-FILE");
		evidence.setKind(EvidenceKind.FILE);
		evidence.setPath(path);
		EvidenceFiles.record(folder, evidence);
		return evidence;
	}

	private TeamMember member(String id) {
		TeamMember member = fixture.f.createTeamMember();
		member.setId(id);
		member.setName(id);
		fixture.engagement.getTeam().add(member);
		return member;
	}

	private SignOff signOff(String id, AuditRole role, TeamMember signer, Instant time) {
		SignOff signOff = fixture.f.createSignOff();
		signOff.setId(id);
		signOff.setCheckPointId(EngagementFixture.PART2_FIRST);
		signOff.setRole(role);
		signOff.setSigner(signer);
		signOff.setTime(time);
		fixture.engagement.getSignOffs().add(signOff);
		return signOff;
	}

	private Diagnostic validate() {
		return EngagementValidation.validate(fixture.engagement, fixture.catalog);
	}

	private List<Diagnostic> reported(ValidationRule rule) {
		return EngagementValidation.ruleDiagnostics(validate()).stream().filter(d -> ValidationRule.of(d) == rule)
				.toList();
	}

	private void assertReported(ValidationRule rule, EObject offending) {
		Diagnostic result = validate();
		List<Diagnostic> found = EngagementValidation.ruleDiagnostics(result).stream()
				.filter(d -> ValidationRule.of(d) == rule).toList();
		assertFalse(found.isEmpty(), () -> rule.id() + " not reported: " + describe(result));
		Diagnostic diagnostic = found.get(0);
		assertSame(offending, diagnostic.getData().get(0), "data[0] is the object to select");
		assertEquals(rule.severity(), diagnostic.getSeverity());
		assertFalse(diagnostic.getMessage().isBlank());
	}

	private void assertNotReported(ValidationRule rule) {
		Diagnostic result = validate();
		assertTrue(EngagementValidation.ruleDiagnostics(result).stream().noneMatch(d -> ValidationRule.of(d) == rule),
				() -> rule.id() + " still reported: " + describe(result));
	}

	static String describe(Diagnostic result) {
		StringBuilder text = new StringBuilder();
		for (Diagnostic child : result.getChildren()) {
			ValidationRule rule = ValidationRule.of(child);
			text.append('\n').append(rule == null ? child.getSource() : rule.id()).append(": ").append(child.getMessage());
		}
		return text.toString();
	}
}

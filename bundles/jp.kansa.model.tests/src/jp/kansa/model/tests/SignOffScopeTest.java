/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.SignOff;
import jp.kansa.model.SignedCheck;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.SignOffScope;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.ValidationRule;

/** A sign-off records which contract checks it covers and in which state, and says when that no longer holds. */
class SignOffScopeTest {

	private static final Instant SIGNED = Instant.parse("2025-09-10T00:00:00Z");

	@TempDir
	Path folder;

	private final EngagementFixture fixture = new EngagementFixture();
	private final ContractCheck checkA = fixture.check(fixture.contractA, EngagementFixture.PART2_FIRST);
	private final ContractCheck checkB = fixture.check(fixture.contractB, EngagementFixture.PART2_FIRST);

	@Test
	void coversTheInScopeChecksOfTheCheckPointAndNamesThoseNotAssessed() {
		checkA.setAssessment(AssessmentStatus.CONFORMING);
		assertEquals(List.of(checkA, checkB), SignOffScope.checksOf(fixture.engagement, EngagementFixture.PART2_FIRST));
		assertEquals(List.of(checkB), SignOffScope.notAssessed(SignOffScope.checksOf(fixture.engagement,
				EngagementFixture.PART2_FIRST)));
		fixture.contractB.setInScope(false);
		assertEquals(List.of(checkA), SignOffScope.checksOf(fixture.engagement, EngagementFixture.PART2_FIRST),
				"a contract out of scope is not signed for");
	}

	@Test
	void coverageIsSavedAndLoadedWithItsChecksAndStates() throws IOException {
		checkA.setAssessment(AssessmentStatus.CONFORMING);
		checkB.setAssessment(AssessmentStatus.NOT_APPLICABLE);
		signOff(member("T-1"));
		Path file = folder.resolve("signed.kansa");
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(fixture.engagement);
		EngagementFiles.save(resource, file);

		Engagement loaded = EngagementFiles.load(file);

		assertTrue(EcoreUtil.equals(fixture.engagement, loaded));
		List<SignedCheck> covers = loaded.getSignOffs().get(0).getCovers();
		assertEquals(2, covers.size());
		assertSame(loaded.getContractChecks().get(1), covers.get(0).getCheck(), "the reference resolves in the loaded file");
		assertEquals(AssessmentStatus.CONFORMING, covers.get(0).getAssessment());
		assertEquals(AssessmentStatus.NOT_APPLICABLE, covers.get(1).getAssessment());
		assertTrue(Files.readString(file).contains("covers"));
	}

	@Test
	void aCoveredCheckWhoseAssessmentChangedMakesTheSignOffStale() {
		checkA.setAssessment(AssessmentStatus.CONFORMING);
		checkB.setAssessment(AssessmentStatus.CONFORMING);
		SignOff signOff = signOff(member("T-1"));
		assertEquals(List.of(), SignOffScope.differences(fixture.engagement, signOff));
		assertEquals(List.of(), stale());

		// no lastModified stamp (a file edited elsewhere, or clocks set back): the recorded state still tells
		checkB.setAssessment(AssessmentStatus.NON_CONFORMING);

		assertEquals(List.of(checkB), SignOffScope.differences(fixture.engagement, signOff));
		List<Diagnostic> stale = stale();
		assertEquals(1, stale.size());
		assertSame(signOff, stale.get(0).getData().get(0));
		assertTrue(stale.get(0).getMessage().contains(fixture.contractB.getTitle()), stale.get(0).getMessage());
	}

	@Test
	void aCheckTheSignOffDoesNotCoverMakesItStale() {
		checkA.setAssessment(AssessmentStatus.CONFORMING);
		fixture.contractB.setInScope(false);
		SignOff signOff = signOff(member("T-1"));
		assertEquals(1, signOff.getCovers().size());
		assertEquals(List.of(), stale());

		fixture.contractB.setInScope(true);

		assertEquals(List.of(checkB), SignOffScope.differences(fixture.engagement, signOff));
		assertEquals(1, stale().size());
	}

	@Test
	void aSignOffWithoutRecordedCoverageIsJudgedAsBefore() {
		SignOff signOff = signOff(member("T-1"));
		signOff.getCovers().clear();
		checkB.setAssessment(AssessmentStatus.NON_CONFORMING);
		assertEquals(List.of(), SignOffScope.differences(fixture.engagement, signOff));
		assertEquals(List.of(), stale());
	}

	private SignOff signOff(TeamMember signer) {
		SignOff signOff = fixture.f.createSignOff();
		signOff.setId("S-" + (fixture.engagement.getSignOffs().size() + 1));
		signOff.setCheckPointId(EngagementFixture.PART2_FIRST);
		signOff.setRole(AuditRole.PREPARER);
		signOff.setSigner(signer);
		signOff.setTime(SIGNED);
		signOff.getCovers().addAll(SignOffScope.record(SignOffScope.checksOf(fixture.engagement, EngagementFixture.PART2_FIRST)));
		fixture.engagement.getSignOffs().add(signOff);
		return signOff;
	}

	private TeamMember member(String id) {
		TeamMember member = fixture.f.createTeamMember();
		member.setId(id);
		member.setName(id);
		fixture.engagement.getTeam().add(member);
		return member;
	}

	private List<Diagnostic> stale() {
		return EngagementValidation.ruleDiagnostics(EngagementValidation.validate(fixture.engagement, fixture.catalog))
				.stream().filter(d -> ValidationRule.of(d) == ValidationRule.SIGNOFF_STALE).toList();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import static jp.kansa.team.tests.TeamFixture.FILE;
import static jp.kansa.team.tests.TeamFixture.PREPARER;
import static jp.kansa.team.tests.TeamFixture.REVIEWER;
import static jp.kansa.team.tests.TeamFixture.check;
import static jp.kansa.team.tests.TeamFixture.edit;
import static jp.kansa.team.tests.TeamFixture.engagementFolder;
import static jp.kansa.team.tests.TeamFixture.load;
import static jp.kansa.team.tests.TeamFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.SignOff;
import jp.kansa.model.SignedCheck;
import jp.kansa.model.engagement.SignOffScope;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamRepository;

/**
 * The "done when": the 作成者 and the 査閲者 work at the same time in two workspaces; the
 * reviewer signs off a check point while the preparer changes what it covers; after both synced,
 * the sign-off is stale on both machines.
 */
class StaleSignOffTest {

	private static final String POINT = "2-A-9-①";

	@TempDir
	Path root;

	@Test
	void signOffOnAPointThePreparerChangedMeanwhileIsStaleOnBothMachines() throws Exception {
		Path bare = root.resolve("shared.git");
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		Path reviewer = root.resolve("reviewer");
		TeamRepository.clone(bare.toString(), reviewer, null, null, null);

		edit(preparer, e -> SignOffScope.checksOf(e, POINT).forEach(c -> c.setAssessment(AssessmentStatus.CONFORMING)));
		sync(preparer, PREPARER);
		sync(reviewer, REVIEWER);

		// at the same time: the preparer changes one covered check, the reviewer signs the point
		edit(preparer, e -> check(e, "C-2/" + POINT).setAssessment(AssessmentStatus.NON_CONFORMING));
		edit(reviewer, e -> {
			SignOff signOff = KansaFactory.eINSTANCE.createSignOff();
			signOff.eSet(signOff.eClass().getEStructuralFeature("id"), "S-99");
			signOff.setCheckPointId(POINT);
			signOff.setRole(AuditRole.REVIEWER);
			signOff.setSigner(e.getTeam().stream().filter(m -> m.getRole() == AuditRole.REVIEWER).findFirst().orElseThrow());
			signOff.setTime(Instant.now());
			for (ContractCheck c : SignOffScope.checksOf(e, POINT)) {
				SignedCheck covered = KansaFactory.eINSTANCE.createSignedCheck();
				covered.setCheck(c);
				covered.setAssessment(c.getAssessment());
				signOff.getCovers().add(covered);
			}
			e.getSignOffs().add(signOff);
			assertTrue(SignOffScope.differences(e, signOff).isEmpty(), "fresh when signed");
		});
		sync(preparer, PREPARER);
		SyncReport merge = sync(reviewer, REVIEWER);
		assertTrue(merge.sent(), merge.summary());
		assertTrue(merge.conflicts().isEmpty(), "nothing to decide: " + merge.summary());
		sync(preparer, PREPARER);

		for (Path side : List.of(preparer, reviewer)) {
			Engagement e = load(side);
			SignOff signOff = e.getSignOffs().stream().filter(s -> "S-99".equals(s.eGet(s.eClass().getEStructuralFeature("id"))))
					.findFirst().orElseThrow(() -> new AssertionError("the sign-off reached " + side));
			assertEquals(AssessmentStatus.NON_CONFORMING, check(e, "C-2/" + POINT).getAssessment(), side.toString());
			List<ContractCheck> changed = SignOffScope.differences(e, signOff);
			assertFalse(changed.isEmpty(), "stale on " + side);
			assertEquals("C-2/" + POINT, changed.get(0).getId());
		}
		assertTrue(String.join("\n", merge.notes()).contains("SIGN_OFF_STALE"), merge.notes().toString());
		assertTrue(java.nio.file.Files.exists(reviewer.resolve(FILE)));
	}
}

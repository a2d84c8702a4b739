/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import static jp.kansa.team.tests.TeamFixture.FILE;
import static jp.kansa.team.tests.TeamFixture.PREPARER;
import static jp.kansa.team.tests.TeamFixture.REVIEWER;
import static jp.kansa.team.tests.TeamFixture.edit;
import static jp.kansa.team.tests.TeamFixture.engagementFolder;
import static jp.kansa.team.tests.TeamFixture.git;
import static jp.kansa.team.tests.TeamFixture.load;
import static jp.kansa.team.tests.TeamFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.Engagement;
import jp.kansa.model.Finding;
import jp.kansa.model.FindingSeverity;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.compare.Side;
import jp.kansa.team.ConflictResolution;
import jp.kansa.team.PendingConflicts;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamRepository;

/**
 * The conflict kinds of a deletion and of ids taken on both sides, produced by two auditors'
 * real syncs through a bare repository and decided through {@link ConflictResolution} — what the
 * 競合 dialog calls — after which both clones hold the decision.
 */
class ConflictKindsSyncTest {

	@TempDir
	Path root;

	private Path preparer;
	private Path reviewer;

	private void shareAndClone() throws Exception {
		Path bare = root.resolve("shared.git");
		preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		reviewer = root.resolve("reviewer");
		TeamRepository.clone(bare.toString(), reviewer, null, null, null);
	}

	@Test
	void editAgainstDeletionDecidedForTheDeletion() throws Exception {
		shareAndClone();
		edit(preparer, e -> EcoreUtil.delete(element(e, "F-2"), true));
		sync(preparer, PREPARER);
		edit(reviewer, e -> ((Finding) element(e, "F-2")).setTitle("査閲者が書き直した指摘"));

		PendingConflicts pending = syncWithConflicts(reviewer);
		PendingConflicts.Entry conflict = only(pending, "EDIT_DELETE");
		assertEquals("F-2", conflict.id());
		assertTrue(conflict.ours().contains("査閲者が書き直した指摘"), conflict.ours());
		assertNotNull(element(load(reviewer), "F-2"), "until decided, the file keeps our side");

		decide(pending, Side.THEIRS);
		assertNull(element(load(reviewer), "F-2"), "the deletion was taken");
		bothSync();
		assertNull(element(load(preparer), "F-2"));
		assertNull(element(load(reviewer), "F-2"));
	}

	@Test
	void referenceToWhatTheOtherSideDeletedDecidedForTheReference() throws Exception {
		shareAndClone();
		edit(preparer, e -> EcoreUtil.delete(element(e, "P-C"), true));
		sync(preparer, PREPARER);
		edit(reviewer, e -> ((Finding) element(e, "F-2")).setOwner((Party) element(e, "P-C")));

		PendingConflicts pending = syncWithConflicts(reviewer);
		PendingConflicts.Entry conflict = only(pending, "REFERENCE_TO_DELETED");
		assertEquals("F-2", conflict.id());
		assertEquals("P-C", conflict.ours());

		decide(pending, Side.OURS);
		bothSync();
		for (Path side : List.of(preparer, reviewer)) {
			Engagement e = load(side);
			assertNotNull(element(e, "P-C"), side + ": the referenced party is back");
			assertEquals("P-C", ((Finding) element(e, "F-2")).getOwner().getId(), side.toString());
		}
	}

	@Test
	void newFindingsWithTheSameIdOnBothSidesAreBothKeptAndTheirsRenumbered() throws Exception {
		shareAndClone();
		edit(preparer, e -> addFinding(e, "F-9", "作成者の新しい指摘"));
		sync(preparer, PREPARER);
		edit(reviewer, e -> addFinding(e, "F-9", "査閲者の新しい指摘"));

		SyncReport report = sync(reviewer, REVIEWER);
		assertTrue(report.sent(), report.summary());
		assertTrue(report.conflicts().isEmpty(), "the merge decides it by itself");
		assertTrue(report.notes().stream().anyMatch(n -> n.contains("RENUMBERED")), report.notes().toString());
		assertTrue(git(reviewer, "log", "-1", "--format=%B").contains("RENUMBERED"), "the merge commit says so");
		bothSync();
		for (Path side : List.of(preparer, reviewer)) {
			Engagement e = load(side);
			assertEquals("査閲者の新しい指摘", ((Finding) element(e, "F-9")).getTitle(), side.toString());
			Finding renumbered = e.getFindings().stream().filter(f -> "作成者の新しい指摘".equals(f.getTitle())).findFirst()
					.orElseThrow(() -> new AssertionError(side + " lost the preparer's finding"));
			assertFalse(renumbered.getId().equals("F-9"), renumbered.getId());
		}
	}

	private static PendingConflicts syncWithConflicts(Path folder) throws Exception {
		SyncReport report = sync(folder, REVIEWER);
		assertTrue(report.sent(), "a merge with conflicts is still a valid engagement and shared: " + report.summary());
		assertEquals(List.of(folder.resolve(FILE)), report.conflicts());
		PendingConflicts pending = PendingConflicts.read(folder.resolve(FILE));
		assertNotNull(pending);
		return pending;
	}

	private static PendingConflicts.Entry only(PendingConflicts pending, String kind) {
		assertEquals(1, pending.decisions().size(), pending.decisions().toString());
		PendingConflicts.Entry entry = pending.decisions().get(0);
		assertEquals(kind, entry.kind());
		return entry;
	}

	private void decide(PendingConflicts pending, Side side) throws Exception {
		new ConflictResolution(REVIEWER).resolve(pending, Collections.nCopies(pending.entries().size(), side));
		assertFalse(Files.exists(PendingConflicts.fileOf(reviewer.resolve(FILE))), "nothing left to decide");
		assertEquals("", git(reviewer, "status", "--porcelain").strip(), "the decision is committed");
	}

	private void bothSync() throws Exception {
		assertTrue(sync(reviewer, REVIEWER).sent());
		sync(preparer, PREPARER);
		assertTrue(sync(reviewer, REVIEWER).nothingToDo());
		assertEquals(git(preparer, "rev-parse", "HEAD"), git(reviewer, "rev-parse", "HEAD"), "both sides converge");
	}

	private static EObject element(Engagement engagement, String id) {
		return engagement.eResource().getEObject(id);
	}

	private static void addFinding(Engagement engagement, String id, String title) {
		Finding finding = KansaFactory.eINSTANCE.createFinding();
		finding.setId(id);
		finding.setTitle(title);
		finding.setSeverity(FindingSeverity.MEDIUM);
		finding.setOwner((Party) element(engagement, "P-B"));
		finding.getCheckPointIds().add("2-A-9-①");
		engagement.getFindings().add(finding);
	}
}

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
import static jp.kansa.team.tests.TeamFixture.git;
import static jp.kansa.team.tests.TeamFixture.load;
import static jp.kansa.team.tests.TeamFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.compare.Side;
import jp.kansa.team.ConflictResolution;
import jp.kansa.team.EngagementHistory;
import jp.kansa.team.HistoryEntry;
import jp.kansa.team.PendingConflicts;
import jp.kansa.team.TeamRepository;

/** A conflict decided from its conflicts file; the history of a contract check, field by field. */
class ConflictsAndHistoryTest {

	private static final String CHECK = "C-2/2-A-9-①";

	@TempDir
	Path root;

	@Test
	void conflictDecidedForTheOtherSideIsSavedCommittedAndShared() throws Exception {
		Path bare = root.resolve("shared.git");
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		Path reviewer = root.resolve("reviewer");
		TeamRepository.clone(bare.toString(), reviewer, null, null, null);
		edit(preparer, e -> check(e, CHECK).setConclusion("作成者の結論"));
		sync(preparer, PREPARER);
		edit(reviewer, e -> {
			check(e, CHECK).setConclusion("査閲者の結論");
			check(e, "C-1/1-A-1-①").setConclusion("別の項目は統合される");
		});
		sync(reviewer, REVIEWER);

		PendingConflicts pending = PendingConflicts.read(reviewer.resolve(FILE));
		assertNotNull(pending);
		assertEquals(1, pending.decisions().size());
		PendingConflicts.Entry conflict = pending.decisions().get(0);
		assertEquals("FIELD", conflict.kind());
		assertEquals("査閲者の結論", conflict.ours());
		assertEquals("作成者の結論", conflict.theirs());

		List<Side> choices = Collections.nCopies(pending.entries().size(), Side.THEIRS);
		new ConflictResolution(REVIEWER).resolve(pending, choices);
		assertFalse(Files.exists(PendingConflicts.fileOf(reviewer.resolve(FILE))), "nothing left to decide");
		assertEquals("作成者の結論", check(load(reviewer), CHECK).getConclusion());
		assertEquals("別の項目は統合される", check(load(reviewer), "C-1/1-A-1-①").getConclusion());
		assertEquals("", git(reviewer, "status", "--porcelain").strip(), "the decision is committed");

		sync(reviewer, REVIEWER);
		sync(preparer, PREPARER);
		assertEquals("作成者の結論", check(load(preparer), CHECK).getConclusion());
		String log = git(bare, "log", "--format=%s", "main");
		assertTrue(log.contains(FILE), log);
	}

	@Test
	void historyOfAContractCheckNamesWhoChangedWhichFieldFromWhatToWhat() throws Exception {
		Path bare = root.resolve("shared.git");
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		Path reviewer = root.resolve("reviewer");
		TeamRepository.clone(bare.toString(), reviewer, null, null, null);
		edit(preparer, e -> check(e, CHECK).setAssessment(AssessmentStatus.CONFORMING));
		sync(preparer, PREPARER);
		sync(reviewer, REVIEWER);
		edit(reviewer, e -> check(e, CHECK).setConclusion("査閲で確認"));
		edit(reviewer, e -> check(e, "C-1/1-A-1-①").setConclusion("関係しない変更"));
		sync(reviewer, REVIEWER);

		List<HistoryEntry> history = new EngagementHistory(Locale.JAPANESE).of(reviewer.resolve(FILE), CHECK);
		assertEquals(3, history.size(), "two changes of the check and the version it came with: " + history);
		assertTrue(history.get(2).first());
		HistoryEntry newest = history.get(0);
		assertEquals("査閲者 太郎", newest.author());
		assertEquals("reviewer@example.org", newest.email());
		assertEquals(1, newest.changes().size(), newest.lines().toString());
		assertTrue(newest.lines().get(0).contains("査閲で確認"), newest.lines().toString());
		HistoryEntry older = history.get(1);
		assertEquals("作成者 花子", older.author());
		assertTrue(older.lines().get(0).contains("C-2 × 2-A-9-①") && older.lines().get(0).contains("→"),
				older.lines().toString());

		List<HistoryEntry> all = new EngagementHistory(Locale.JAPANESE).of(reviewer.resolve(FILE), null);
		assertEquals(3, all.size(), "the first version and two changes");
		assertTrue(all.get(2).first());
		assertTrue(new EngagementHistory(Locale.JAPANESE)
				.compare(reviewer.resolve(FILE), all.get(2).commit(), all.get(0).commit()).differences().size() >= 3);
	}
}

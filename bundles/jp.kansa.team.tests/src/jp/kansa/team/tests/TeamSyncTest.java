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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Responsibility;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamRepository;

/** Two auditors' clones of one engagement against a bare repository on disk. */
class TeamSyncTest {

	@TempDir
	Path root;

	private Path bare;
	private Path preparer;
	private Path reviewer;

	private void shareAndClone() throws Exception {
		bare = root.resolve("shared/minato.git");
		preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, "kansa merge %O %A %B --path %P", null, null);
		reviewer = root.resolve("reviewer");
		TeamRepository.clone(bare.toUri().toString(), reviewer, "kansa merge %O %A %B --path %P", null, null);
	}

	@Test
	void shareWritesAttributesAndDriverAndTheFirstVersionReachesTheBareRepository() throws Exception {
		shareAndClone();
		assertTrue(Files.readString(preparer.resolve(".gitattributes")).contains("*.kansa merge=kansa"));
		assertTrue(Files.readString(preparer.resolve(".gitignore")).contains("*.conflicts.json"));
		String config = Files.readString(preparer.resolve(".git/config"));
		assertTrue(config.contains("driver = kansa merge %O %A %B --path %P"), config);
		assertEquals(Files.readString(preparer.resolve(FILE)), Files.readString(reviewer.resolve(FILE)));
		assertTrue(Files.exists(reviewer.resolve("evidence")), "evidence travels with the engagement");
		String log = git(bare, "log", "--format=%an <%ae>|%s", "main");
		assertEquals("作成者 花子 <preparer@example.org>|" + jp.kansa.team.internal.Messages.firstVersion, log.strip());
	}

	@Test
	void editsOnBothSidesMergeAndBothSeeEachOther() throws Exception {
		shareAndClone();
		edit(preparer, e -> check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING));
		SyncReport first = sync(preparer, PREPARER);
		assertTrue(first.sent());
		assertNotNull(first.committed());
		assertTrue(first.committed().contains("C-2 × 2-A-9-①"), first.committed());

		edit(reviewer, e -> check(e, "C-1/2-A-9-①").setResponsibility(Responsibility.VENDOR));
		SyncReport second = sync(reviewer, REVIEWER);
		assertEquals(1, second.received());
		assertTrue(second.sent());
		assertTrue(second.conflicts().isEmpty());

		SyncReport third = sync(preparer, PREPARER);
		assertEquals(2, third.received(), "the reviewer's change and the merge");
		for (Path side : new Path[] { preparer, reviewer }) {
			assertEquals(AssessmentStatus.CONFORMING, check(load(side), "C-2/2-A-9-①").getAssessment());
			assertEquals(Responsibility.VENDOR, check(load(side), "C-1/2-A-9-①").getResponsibility());
		}
		String authors = git(bare, "log", "--format=%an", "main");
		assertTrue(authors.contains("査閲者 太郎") && authors.contains("作成者 花子"), authors);
		assertTrue(sync(preparer, PREPARER).nothingToDo());
	}

	@Test
	void offlineWorkIsKeptAndSentByTheNextSync() throws Exception {
		shareAndClone();
		Path moved = root.resolve("shared/elsewhere.git");
		Files.move(bare, moved);
		edit(reviewer, e -> check(e, "C-1/1-A-1-①").setConclusion("オフラインで記入"));
		SyncReport offline = sync(reviewer, REVIEWER);
		assertNotNull(offline.offline());
		assertFalse(offline.sent());
		assertNotNull(offline.committed(), "the work is committed locally");
		Files.move(moved, bare);
		SyncReport later = sync(reviewer, REVIEWER);
		assertNull(later.offline());
		assertTrue(later.sent());
		// nothing new to record, but the earlier work went out: the report must not say "up to date"
		assertTrue(later.pushed() && !later.nothingToDo(), later.summary());
		assertTrue(later.summary().contains(jp.kansa.team.internal.Messages.reportSent), later.summary());
		String subjects = git(bare, "log", "--format=%s", "main");
		assertTrue(subjects.contains("C-1 × 1-A-1-①"), subjects);
	}

	@Test
	void sameFieldChangedOnBothSidesLeavesAConflictsFile() throws Exception {
		shareAndClone();
		edit(preparer, e -> check(e, "C-2/2-A-9-①").setConclusion("作成者の結論"));
		sync(preparer, PREPARER);
		edit(reviewer, e -> check(e, "C-2/2-A-9-①").setConclusion("査閲者の結論"));
		SyncReport report = sync(reviewer, REVIEWER);
		assertEquals(1, report.conflicts().size());
		Path conflicts = reviewer.resolve(FILE + ".conflicts.json");
		String json = Files.readString(conflicts, StandardCharsets.UTF_8);
		assertTrue(json.contains("\"kind\": \"FIELD\"") && json.contains("作成者の結論") && json.contains("査閲者の結論"), json);
		assertEquals("査閲者の結論", check(load(reviewer), "C-2/2-A-9-①").getConclusion(), "ours kept until decided");
		assertTrue(report.sent(), "the merged version is shared; the decision follows");
	}
}

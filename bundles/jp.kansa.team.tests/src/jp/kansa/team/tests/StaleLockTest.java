/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import static jp.kansa.team.tests.TeamFixture.PREPARER;
import static jp.kansa.team.tests.TeamFixture.edit;
import static jp.kansa.team.tests.TeamFixture.engagementFolder;
import static jp.kansa.team.tests.TeamFixture.check;
import static jp.kansa.team.tests.TeamFixture.git;
import static jp.kansa.team.tests.TeamFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamException;
import jp.kansa.team.TeamRepository;
import jp.kansa.team.internal.SyncLock;

/**
 * The lock files a sync clears are only those no one holds: a fresh lock of another program at
 * work (command-line git) is left alone and the sync says so; one abandoned long ago is cleared;
 * two syncs of one repository never run at once.
 */
class StaleLockTest {

	@TempDir
	Path root;

	private Path shared() throws Exception {
		Path folder = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(folder, root.resolve("shared.git").toString(), PREPARER, null, null, null);
		edit(folder, e -> check(e, "C-1/1-A-1-①").setConclusion("作成者の記入"));
		return folder;
	}

	@Test
	void aFreshLockOfAnotherGitIsLeftAloneAndTheNextSyncGoesThrough() throws Exception {
		Path folder = shared();
		Path indexLock = Files.writeString(folder.resolve(".git/index.lock"), ""); // command-line git at work
		TeamException refused = assertThrows(TeamException.class, () -> sync(folder, PREPARER));
		assertNotNull(refused.getMessage());
		assertTrue(Files.exists(indexLock), "another program's lock is never taken away");
		assertTrue(Files.readString(folder.resolve(".git/kansa-sync")).startsWith("done"),
				"a failed sync is no killed sync: the next does not clear fresh locks either");

		Files.delete(indexLock); // the other git is done
		SyncReport next = sync(folder, PREPARER);
		assertNull(next.offline());
		assertTrue(next.sent(), next.summary());
		assertEquals("", git(folder, "status", "--porcelain"));
	}

	@Test
	void aLockAbandonedLongAgoIsCleared() throws Exception {
		Path folder = shared();
		Path refLock = Files.writeString(folder.resolve(".git/refs/heads/main.lock"), "");
		Files.setLastModifiedTime(refLock, FileTime.from(Instant.now().minus(SyncLock.ABANDONED_AFTER).minus(Duration.ofMinutes(1))));
		SyncReport report = sync(folder, PREPARER);
		assertTrue(report.sent(), report.summary());
		assertTrue(Files.notExists(refLock));
	}

	@Test
	void aSecondSyncWhileOneRunsIsRefusedAndTouchesNothing() throws Exception {
		Path folder = shared();
		Path indexLock;
		try (SyncLock running = SyncLock.acquire(folder.resolve(".git"))) {
			assertNotNull(running);
			indexLock = Files.writeString(folder.resolve(".git/index.lock"), ""); // the running sync's own
			assertNull(SyncLock.acquire(folder.resolve(".git")), "one sync at a time");
			TeamException refused = assertThrows(TeamException.class, () -> sync(folder, PREPARER));
			assertTrue(refused.getMessage().contains(org.eclipse.osgi.util.NLS.bind(jp.kansa.team.internal.Messages.syncRunning, folder)),
					refused.getMessage());
			assertTrue(Files.exists(indexLock), "the running sync's lock is untouched");
		}
		// the holder was killed (its state says running): its lock is cleared and the sync completes
		SyncReport report = sync(folder, PREPARER);
		assertTrue(report.sent(), report.summary());
		assertTrue(Files.notExists(indexLock));
	}
}

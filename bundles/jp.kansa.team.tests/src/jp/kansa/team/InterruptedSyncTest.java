/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFiles;

/**
 * A sync stopped after the merged files were written and before the branch moved — with the
 * lock file a killed git operation leaves — loses nothing, and the next sync completes.
 */
class InterruptedSyncTest {

	private static final Identity PREPARER = new Identity("作成者 花子", "preparer@example.org");
	private static final Identity REVIEWER = new Identity("査閲者 太郎", "reviewer@example.org");
	private static final String FILE = "sample-hospital.kansa";

	@TempDir
	Path root;

	@AfterEach
	void noHook() {
		TeamSync.afterFilesWritten = null;
	}

	@Test
	void killedBetweenFilesAndBranchTheNextSyncCompletes() throws Exception {
		Path preparer = Files.createDirectories(root.resolve("preparer"));
		Files.copy(Path.of("../jp.kansa.model/samples", FILE), preparer.resolve(FILE));
		Path bare = root.resolve("shared.git");
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		Path reviewer = root.resolve("reviewer");
		TeamRepository.clone(bare.toString(), reviewer, null, null, null);

		edit(preparer, "C-2/2-A-9-①", e -> e.setAssessment(AssessmentStatus.CONFORMING));
		sync(preparer, PREPARER);
		edit(reviewer, "C-1/1-A-1-①", e -> e.setConclusion("査閲者の記入"));

		TeamSync.afterFilesWritten = () -> {
			try {
				// what a kill leaves: the files written, a lock held, the branch not moved
				Files.writeString(reviewer.resolve(".git/index.lock"), "");
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
			throw new Killed();
		};
		assertThrows(Killed.class, () -> sync(reviewer, REVIEWER));
		TeamSync.afterFilesWritten = null;
		assertTrue(Files.exists(reviewer.resolve(".git/index.lock")));

		SyncReport next = sync(reviewer, REVIEWER);
		assertNull(next.offline());
		assertTrue(next.sent(), next.summary());
		sync(preparer, PREPARER);
		for (Path side : new Path[] { preparer, reviewer }) {
			Engagement e = EngagementFiles.load(side.resolve(FILE));
			assertEquals(AssessmentStatus.CONFORMING, check(e, "C-2/2-A-9-①").getAssessment(), side.toString());
			assertEquals("査閲者の記入", check(e, "C-1/1-A-1-①").getConclusion(), side.toString());
		}
		assertTrue(new TeamSync(REVIEWER, null, Locale.JAPANESE).sync(reviewer, null).nothingToDo());
	}

	/** Stands for the process being killed: nothing after it runs. */
	private static final class Killed extends Error {
		private static final long serialVersionUID = 1L;
	}

	private static ContractCheck check(Engagement e, String id) {
		return (ContractCheck) e.eResource().getEObject(id);
	}

	private static void edit(Path folder, String id, java.util.function.Consumer<ContractCheck> change) throws Exception {
		Engagement e = EngagementFiles.load(folder.resolve(FILE));
		change.accept(check(e, id));
		EngagementFiles.save(e);
		Files.deleteIfExists(EngagementFiles.backupOf(folder.resolve(FILE)));
	}

	private static SyncReport sync(Path folder, Identity who) throws TeamException {
		return new TeamSync(who, null, Locale.JAPANESE).sync(folder, null);
	}
}

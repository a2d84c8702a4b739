/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.team.Identity;
import jp.kansa.team.TeamRepository;

/** {@code kansa sync DIR} and {@code kansa log FILE --check-point ID} on a shared engagement. */
class SyncLogCommandTest extends CapturedCli {

	private static final String FILE = "engagement.kansa";

	@TempDir
	Path root;

	@Test
	void syncCommitsAndSendsThenLogShowsWhoChangedWhatForTheCheckPoint() throws Exception {
		Path folder = Files.createDirectories(root.resolve("minato"));
		Files.copy(Path.of(MergeCommandTest.SAMPLE), folder.resolve(FILE));
		TeamRepository.share(folder, root.resolve("shared.git").toString(), new Identity("作成者 花子", "p@example.org"),
				null, null, null);
		Engagement e = EngagementFiles.load(folder.resolve(FILE));
		MergeCommandTest.check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING);
		EngagementFiles.save(e);

		assertEquals(0, run("sync", folder.toString(), "--name", "査閲者 太郎", "--email", "r@example.org"), stderr.toString());
		assertTrue(stdout.toString(StandardCharsets.UTF_8).contains(jp.kansa.team.internal.Messages.reportSent.strip()),
				stdout.toString(StandardCharsets.UTF_8));
		assertEquals(0, run("sync", folder.toString(), "--name", "査閲者 太郎", "--email", "r@example.org"));
		assertTrue(stdout.toString(StandardCharsets.UTF_8).contains(jp.kansa.team.internal.Messages.reportNothing),
				stdout.toString(StandardCharsets.UTF_8));

		stdout.reset();
		assertEquals(0, run("log", folder.resolve(FILE).toString(), "--check-point", "2-A-9-①", "--lang", "ja"));
		String log = stdout.toString(StandardCharsets.UTF_8);
		assertTrue(log.contains("査閲者 太郎 <r@example.org>"), log);
		assertTrue(log.contains("C-2 × 2-A-9-① 評価: 未評価 → 適合"), log);
		assertTrue(log.contains("作成者 花子 <p@example.org>"), "the first version: " + log);
	}

	@Test
	void syncOfAFolderThatIsNotSharedSaysSo() {
		assertEquals(2, run("sync", root.toString(), "--name", "a", "--email", "a@example.org"));
		assertTrue(stderr.toString(StandardCharsets.UTF_8).contains(root.toString()), stderr.toString());
	}

}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.team.Identity;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamException;
import jp.kansa.team.TeamSync;

/** Engagement folders, edits through the model and Debian's git for the team tests. */
final class TeamFixture {

	static final Path SAMPLE_FOLDER = Path.of("../jp.kansa.model/samples").toAbsolutePath().normalize();
	static final String FILE = "sample-hospital.kansa";
	static final Identity PREPARER = new Identity("作成者 花子", "preparer@example.org");
	static final Identity REVIEWER = new Identity("査閲者 太郎", "reviewer@example.org");

	private TeamFixture() {
	}

	/** The sample with its evidence, copied into {@code folder}. */
	static Path engagementFolder(Path folder) throws IOException {
		Files.createDirectories(folder);
		try (var files = Files.walk(SAMPLE_FOLDER)) {
			for (Path p : files.toList()) {
				Path target = folder.resolve(SAMPLE_FOLDER.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
		return folder;
	}

	static void edit(Path folder, Consumer<Engagement> change) throws IOException {
		Engagement e = EngagementFiles.load(folder.resolve(FILE));
		change.accept(e);
		EngagementFiles.save(e);
		java.nio.file.Files.deleteIfExists(EngagementFiles.backupOf(folder.resolve(FILE)));
	}

	static Engagement load(Path folder) throws IOException {
		return EngagementFiles.load(folder.resolve(FILE));
	}

	static ContractCheck check(Engagement engagement, String id) {
		return (ContractCheck) engagement.eResource().getEObject(id);
	}

	static SyncReport sync(Path folder, Identity who) throws TeamException {
		return new TeamSync(who, null, Locale.JAPANESE).sync(folder, null);
	}

	/** Debian's git in {@code dir}; fails the test on a non-zero exit. */
	static String git(Path dir, String... args) throws IOException, InterruptedException {
		Result r = run(dir, args);
		assertEquals(0, r.code, () -> "git " + String.join(" ", args) + ":\n" + r.output);
		return r.output;
	}

	record Result(int code, String output) {
	}

	static Result run(Path dir, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("/usr/bin/git");
		command.add("-c");
		command.add("commit.gpgsign=false");
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		pb.environment().put("GIT_AUTHOR_NAME", "CLI 利用者");
		pb.environment().put("GIT_AUTHOR_EMAIL", "cli@example.org");
		pb.environment().put("GIT_COMMITTER_NAME", "CLI 利用者");
		pb.environment().put("GIT_COMMITTER_EMAIL", "cli@example.org");
		pb.environment().put("HOME", dir.toString());
		Process p = pb.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS)) {
			p.destroyForcibly();
		}
		return new Result(p.exitValue(), out);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Engagement;
import jp.kansa.model.Responsibility;
import jp.kansa.model.engagement.EngagementFiles;

/**
 * Debian's git (/usr/bin/git) merging two branches that both edited the sample, with
 * {@code merge.kansa.driver} configured. The driver git runs is a small shell script that hands
 * git's %O %A %B %P to this test JVM (a request file) and exits with the code it gets back; the
 * test runs {@code kansa merge} in process on those paths. So git really calls the driver, and what
 * git commits (or leaves conflicted) is what the merge command wrote into %A.
 */
class GitMergeDriverTest {

	private static final String FILE = "engagement.kansa";

	@TempDir
	Path root;
	private Path repository;
	private Path requests;
	private final List<List<String>> driverCalls = new ArrayList<>();

	@BeforeEach
	void repositoryWithTwoBranches() throws Exception {
		repository = Files.createDirectories(root.resolve("repo"));
		requests = Files.createDirectories(root.resolve("requests"));
		Path driver = root.resolve("kansa-merge-driver.sh");
		Files.writeString(driver, """
				#!/bin/sh
				# hands git's merge-driver arguments to the test JVM and exits with its answer
				req="%s/req-$$"
				{ realpath "$1"; realpath "$2"; realpath "$3"; printf '%%s\\n' "$4"; } > "$req.tmp" && mv "$req.tmp" "$req"
				i=0
				while [ ! -f "$req.rc" ]; do
				  i=$((i+1)); [ $i -gt 1200 ] && exit 2
				  sleep 0.05
				done
				exit "$(cat "$req.rc")"
				""".formatted(requests));
		git("init", "-q", "-b", "main");
		git("config", "user.name", "作成者 テスト");
		git("config", "user.email", "preparer@example.org");
		git("config", "commit.gpgsign", "false");
		git("config", "merge.kansa.name", "Kansa model merge");
		git("config", "merge.kansa.driver", "sh " + driver + " %O %A %B %P");
		Files.writeString(repository.resolve(".gitattributes"), "*.kansa merge=kansa\n");
		Files.copy(Path.of(MergeCommandTest.SAMPLE), repository.resolve(FILE));
		git("add", "-A");
		git("commit", "-q", "-m", "sample");
		git("checkout", "-q", "-b", "theirs");
	}

	@Test
	void gitCommitsWhatTheDriverMerged() throws Exception {
		edit(
				e -> MergeCommandTest.check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING));
		git("commit", "-q", "-am", "theirs: assessment");
		git("checkout", "-q", "main");
		edit(
				e -> MergeCommandTest.check(e, MergeCommandTest.CHECK).setResponsibility(Responsibility.VENDOR));
		git("commit", "-q", "-am", "ours: responsibility");

		assertEquals(0, gitMerge(), () -> driverCalls.toString());

		assertEquals(1, driverCalls.size(), driverCalls::toString);
		assertEquals(FILE, driverCalls.get(0).get(3));
		// a merge commit with two parents, whose engagement has both changes
		assertEquals(3, git("rev-list", "--parents", "-n", "1", "HEAD").strip().split(" ").length);
		Path committed = root.resolve("committed.kansa");
		Files.writeString(committed, git("show", "HEAD:" + FILE));
		Engagement merged = EngagementFiles.load(committed);
		assertEquals(Responsibility.VENDOR, MergeCommandTest.check(merged, MergeCommandTest.CHECK).getResponsibility());
		assertEquals(AssessmentStatus.CONFORMING, MergeCommandTest.check(merged, "C-2/2-A-9-①").getAssessment());
		assertEquals("", git("status", "--porcelain"));
	}

	@Test
	void aConflictLeavesTheFileConflictedButValid() throws Exception {
		edit(e -> MergeCommandTest.check(e, MergeCommandTest.CHECK)
				.setAssessment(AssessmentStatus.NON_CONFORMING));
		git("commit", "-q", "-am", "theirs: non-conforming");
		git("checkout", "-q", "main");
		edit(
				e -> MergeCommandTest.check(e, MergeCommandTest.CHECK).setAssessment(AssessmentStatus.CONFORMING));
		git("commit", "-q", "-am", "ours: conforming");

		assertNotEquals(0, gitMerge());

		assertEquals(1, driverCalls.size(), driverCalls::toString);
		assertTrue(git("status", "--porcelain").contains("UU " + FILE), () -> status());
		Engagement kept = EngagementFiles.load(repository.resolve(FILE));
		assertEquals(AssessmentStatus.CONFORMING, MergeCommandTest.check(kept, MergeCommandTest.CHECK).getAssessment());
		String conflicts = Files.readString(repository.resolve(FILE + MergeCommand.CONFLICTS_SUFFIX));
		assertTrue(conflicts.contains("\"assessment\""), conflicts);
	}

	/** An auditor's edit and save, without the save's backup (which a team would not commit). */
	private void edit(Consumer<Engagement> change) throws Exception {
		MergeCommandTest.edit(repository.resolve(FILE), change);
		Files.deleteIfExists(EngagementFiles.backupOf(repository.resolve(FILE)));
	}

	private String status() {
		try {
			return git("status");
		} catch (Exception e) {
			return e.toString();
		}
	}

	/** Runs {@code git merge theirs}, answering the driver's requests in process meanwhile. */
	private int gitMerge() throws Exception {
		Process merge = new ProcessBuilder("/usr/bin/git", "merge", "--no-edit", "theirs").directory(repository.toFile())
				.redirectErrorStream(true).redirectOutput(root.resolve("merge.log").toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (merge.isAlive() && System.nanoTime() < deadline) {
			serveDriverRequests();
			merge.waitFor(50, TimeUnit.MILLISECONDS);
		}
		assertTrue(merge.waitFor(1, TimeUnit.SECONDS), "git merge did not finish");
		return merge.exitValue();
	}

	private void serveDriverRequests() throws IOException {
		try (var files = Files.list(requests)) {
			for (Path request : files.filter(p -> p.getFileName().toString().matches("req-\\d+")).toList()) {
				Path answer = Path.of(request + ".rc");
				if (Files.exists(answer)) {
					continue;
				}
				List<String> args = Files.readAllLines(request, StandardCharsets.UTF_8);
				driverCalls.add(args);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(out, true, StandardCharsets.UTF_8)).run(new String[] { "merge", args.get(0),
								args.get(1), args.get(2), "--path", repository.resolve(args.get(3)).toString() });
				Path tmp = Path.of(request + ".rc.tmp");
				Files.writeString(tmp, Integer.toString(code));
				Files.move(tmp, answer);
			}
		}
	}

	private String git(String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add("/usr/bin/git");
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), () -> String.join(" ", args) + ": " + output);
		return output;
	}
}

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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Engagement;
import jp.kansa.model.compare.merge.MergeResult;
import jp.kansa.model.compare.merge.ModelMerge;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamRepository;

/**
 * The product's repositories with Debian's git and the other way round, and two workspaces
 * syncing through {@code git daemon} on 127.0.0.1.
 */
class GitInteropTest {

	@TempDir
	Path root;

	@Test
	void twoWorkspacesSyncThroughGitDaemon() throws Exception {
		Path served = Files.createDirectories(root.resolve("served"));
		git(served, "init", "-q", "--bare", "-b", "main", "minato.git");
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			port = free.getLocalPort();
		}
		Process daemon = new ProcessBuilder("/usr/bin/git", "daemon", "--reuseaddr", "--export-all",
				"--enable=receive-pack", "--listen=127.0.0.1", "--port=" + port, "--base-path=" + served, served.toString())
				.redirectErrorStream(true).redirectOutput(root.resolve("daemon.log").toFile()).start();
		try {
			waitForPort(port);
			String url = "git://127.0.0.1:" + port + "/minato.git";
			Path preparer = engagementFolder(root.resolve("preparer"));
			TeamRepository.share(preparer, url, PREPARER, null, null, null);
			Path reviewer = root.resolve("reviewer");
			TeamRepository.clone(url, reviewer, null, null, null);

			edit(preparer, e -> check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING));
			edit(reviewer, e -> check(e, "C-3/2-A-9-①").setConclusion("査閲済み"));
			assertTrue(sync(preparer, PREPARER).sent());
			SyncReport reviewerSync = sync(reviewer, REVIEWER);
			assertTrue(reviewerSync.sent(), reviewerSync.summary());
			assertEquals(1, reviewerSync.received());
			sync(preparer, PREPARER);
			for (Path side : List.of(preparer, reviewer)) {
				Engagement e = load(side);
				assertEquals(AssessmentStatus.CONFORMING, check(e, "C-2/2-A-9-①").getAssessment());
				assertEquals("査閲済み", check(e, "C-3/2-A-9-①").getConclusion());
			}
			String log = git(served.resolve("minato.git"), "log", "--format=%an", "main");
			assertTrue(log.contains("査閲者 太郎") && log.contains("作成者 花子"), log);
		} finally {
			daemon.destroy();
			if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
				daemon.destroyForcibly();
			}
		}
	}

	@Test
	void repositoryOfTheProductWorksWithGitCliCloneLogAndMergeDriver() throws Exception {
		Path bare = root.resolve("shared.git");
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		edit(preparer, e -> check(e, "C-2/2-A-9-①").setConclusion("作成者の結論"));
		sync(preparer, PREPARER);

		Path cli = root.resolve("cli");
		git(root, "clone", "-q", bare.toString(), cli.toString());
		String log = git(cli, "log", "--format=%an|%s");
		assertTrue(log.lines().anyMatch(l -> l.startsWith("作成者 花子|") && l.contains("C-2 × 2-A-9-①") && l.contains("作成者の結論")),
				log);
		assertEquals("*.kansa merge=kansa\n", Files.readString(cli.resolve(".gitattributes")));

		// the CLI user changes another field, the preparer too; git merges through the driver
		Path driver = driverScript();
		git(cli, "config", "merge.kansa.driver", "sh " + driver + " %O %A %B %P");
		Path requests = root.resolve("requests");
		edit(cli, e -> check(e, "C-1/1-A-1-①").setConclusion("CLI 側の結論"));
		git(cli, "commit", "-q", "-am", "CLI の変更");
		edit(preparer, e -> check(e, "C-3/2-A-9-①").setConclusion("作成者の追記"));
		sync(preparer, PREPARER);
		git(cli, "fetch", "-q");
		AtomicInteger calls = new AtomicInteger();
		Thread server = serveDriver(requests, calls);
		git(cli, "merge", "-q", "--no-edit", "origin/main");
		server.interrupt();
		assertEquals(1, calls.get(), "git ran the model merge for the .kansa file");
		Engagement merged = load(cli);
		assertEquals("CLI 側の結論", check(merged, "C-1/1-A-1-①").getConclusion());
		assertEquals("作成者の追記", check(merged, "C-3/2-A-9-①").getConclusion());
		git(cli, "push", "-q", "origin", "HEAD:main");

		// and the product takes what the CLI sent
		SyncReport report = sync(preparer, PREPARER);
		assertTrue(report.received() >= 2, report.summary());
		assertEquals("CLI 側の結論", check(load(preparer), "C-1/1-A-1-①").getConclusion());
	}

	@Test
	void repositoryMadeWithGitCliIsClonedAndSyncedByTheProduct() throws Exception {
		Path bare = root.resolve("cli-made.git");
		git(root, "init", "-q", "--bare", "-b", "main", bare.toString());
		Path cli = engagementFolder(root.resolve("cli"));
		git(cli, "init", "-q", "-b", "main");
		Files.writeString(cli.resolve(".gitattributes"), "*.kansa merge=kansa\n");
		git(cli, "add", "-A");
		git(cli, "commit", "-q", "-m", "CLI で作成");
		git(cli, "push", "-q", bare.toString(), "main");

		Path reviewer = root.resolve("reviewer");
		TeamRepository.clone(bare.toString(), reviewer, null, null, null);
		assertTrue(Files.exists(reviewer.resolve(FILE)));
		edit(reviewer, e -> check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.NON_CONFORMING));
		assertTrue(sync(reviewer, REVIEWER).sent());
		git(cli, "pull", "-q", bare.toString(), "main");
		assertEquals(AssessmentStatus.NON_CONFORMING, check(load(cli), "C-2/2-A-9-①").getAssessment());
		String log = git(cli, "log", "--format=%an <%ae>", "-1");
		assertEquals("査閲者 太郎 <reviewer@example.org>", log.strip());
	}

	private Path driverScript() throws IOException {
		Path requests = Files.createDirectories(root.resolve("requests"));
		Path driver = root.resolve("driver.sh");
		Files.writeString(driver, """
				#!/bin/sh
				req="%s/req-$$"
				{ realpath "$1"; realpath "$2"; realpath "$3"; } > "$req.tmp" && mv "$req.tmp" "$req"
				i=0
				while [ ! -f "$req.rc" ]; do i=$((i+1)); [ $i -gt 1200 ] && exit 2; sleep 0.05; done
				exit "$(cat "$req.rc")"
				""".formatted(requests));
		return driver;
	}

	/** Answers the driver script's requests with the model merge, as {@code kansa merge} does. */
	private static Thread serveDriver(Path requests, AtomicInteger calls) {
		Thread t = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try (var files = Files.list(requests)) {
					for (Path req : files.filter(p -> p.getFileName().toString().matches("req-\\d+")).toList()) {
						if (Files.exists(Path.of(req + ".rc"))) {
							continue;
						}
						List<String> args = Files.readAllLines(req, StandardCharsets.UTF_8);
						Engagement base = EngagementFiles.load(Path.of(args.get(0)));
						Engagement ours = EngagementFiles.load(Path.of(args.get(1)));
						Engagement theirs = EngagementFiles.load(Path.of(args.get(2)));
						MergeResult result = ModelMerge.merge(base, ours, theirs);
						EngagementFiles.save(result.merged().eResource(), Path.of(args.get(1)));
						Files.deleteIfExists(EngagementFiles.backupOf(Path.of(args.get(1))));
						calls.incrementAndGet();
						Files.writeString(Path.of(req + ".rc"), result.isClean() ? "0" : "1");
					}
					Thread.sleep(20);
				} catch (InterruptedException e) {
					return;
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}
		});
		t.setDaemon(true);
		t.start();
		return t;
	}

	private static void waitForPort(int port) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			try (Socket s = new Socket("127.0.0.1", port)) {
				return;
			} catch (IOException e) {
				Thread.sleep(50);
			}
		}
		throw new AssertionError("git daemon did not listen on " + port);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import static jp.kansa.team.tests.TeamFixture.PREPARER;
import static jp.kansa.team.tests.TeamFixture.REVIEWER;
import static jp.kansa.team.tests.TeamFixture.check;
import static jp.kansa.team.tests.TeamFixture.edit;
import static jp.kansa.team.tests.TeamFixture.engagementFolder;
import static jp.kansa.team.tests.TeamFixture.git;
import static jp.kansa.team.tests.TeamFixture.load;
import static jp.kansa.team.tests.TeamFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.team.SyncLoop;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamRepository;
import jp.kansa.team.TeamSync;

/**
 * A sync killed midway loses nothing: the reviewer's sync runs in a real child JVM
 * ({@link SyncLoop}) and is killed with SIGKILL at a random moment inside it, trial after trial,
 * while the preparer keeps sending work; in the last trials the kill comes exactly after the merge
 * has written its files and before the branch moves. After each kill Debian's {@code git fsck} finds the
 * repository whole, the next sync completes and sends, and both clones end up with every edit and
 * every evidence file either side made.
 */
class KilledSyncTest {

	/** The last trials kill the sync held right after the merged files were written. */
	private static final int HELD = 2;

	@TempDir
	Path root;

	@Test
	void childJvmKilledWhileSyncingLosesNothingAndTheNextSyncCompletes() throws Exception {
		Path bare = root.resolve("shared.git");
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		Path reviewer = root.resolve("reviewer");
		TeamRepository.clone(bare.toString(), reviewer, null, null, null);
		for (Path side : List.of(preparer, reviewer)) {
			// JGit's automatic gc (after enough fetches) then runs inside the sync, where a kill can
			// land, and never in the background of this JVM while the test looks for lock files
			git(side, "config", "gc.autoDetach", "false");
		}
		List<String> ids = contractCheckIds(load(preparer));
		Random random = new Random(11);
		long syncMillis = 0;
		int trials = 9;
		int killedInside = 0;
		int locksLeft = 0;
		java.util.Map<String, Integer> phases = new java.util.TreeMap<>();
		for (int trial = 0; trial < trials; trial++) {
			Child child = new Child(reviewer);
			// a first sync warms the child JVM up (classes loaded, code compiled), so that the killed
			// second one spends its time where a working sync does: commit, fetch, merge, send
			newWorkOnBothSides(preparer, reviewer, ids, 2 * trial);
			child.go(false);
			child.await("synced true");
			newWorkOnBothSides(preparer, reviewer, ids, 2 * trial + 1);

			String headBefore = git(reviewer, "rev-parse", "HEAD");
			String sharedBefore = git(bare, "rev-parse", "main");
			boolean hold = trial >= trials - HELD;
			child.go(hold);
			child.await("syncing");
			long started = System.nanoTime();
			if (trial == 0) {
				// the sync runs to its end: how long one takes
				child.await("synced true");
				syncMillis = (System.nanoTime() - started) / 1_000_000;
				child.kill();
			} else if (hold) {
				child.await("files written");
				child.kill();
				killedInside++;
				locksLeft += lockFiles(reviewer.resolve(".git")).size();
				String phase = phase(reviewer, bare, headBefore, sharedBefore);
				assertEquals("3 merged files written, branch not moved", phase);
				phases.merge(phase, 1, Integer::sum);
			} else {
				// each kill at a random moment of its own slice of the sync, so that the kills spread over all of it
				double slice = (trial - 1 + random.nextDouble()) / (trials - 1 - HELD);
				// (over the first 80 %: later syncs of a warm child are a little quicker than the one measured)
				Thread.sleep((long) (slice * syncMillis * 0.8));
				child.kill(); // SIGKILL on Linux: no finally block, no shutdown hook
				if (!child.said("synced true")) {
					killedInside++;
				}
				locksLeft += lockFiles(reviewer.resolve(".git")).size();
				phases.merge(phase(reviewer, bare, headBefore, sharedBefore), 1, Integer::sum);
			}
			git(reviewer, "fsck", "--full", "--no-dangling");
			git(bare, "fsck", "--full", "--no-dangling");

			SyncReport next = sync(reviewer, REVIEWER);
			assertNull(next.offline(), next.summary());
			assertTrue(next.sent(), next.summary());
			assertTrue(next.conflicts().isEmpty(), next.summary());
			sync(preparer, PREPARER);
			assertTrue(sync(reviewer, REVIEWER).nothingToDo(), "converged after trial " + trial);
			assertTrue(sync(preparer, PREPARER).nothingToDo(), "converged after trial " + trial);

			for (Path side : List.of(preparer, reviewer)) {
				git(side, "fsck", "--full", "--no-dangling");
				assertEquals("", git(side, "status", "--porcelain"), side + " has nothing left to record");
				Engagement e = load(side);
				for (int k = 0; k <= 2 * trial + 1; k++) {
					assertEquals("作成者の記入 " + k, check(e, ids.get(2 * k)).getConclusion(), side + " round " + k);
					assertEquals("査閲者の記入 " + k, check(e, ids.get(2 * k + 1)).getConclusion(), side + " round " + k);
					assertEquals("作成者の証跡 " + k, Files.readString(side.resolve("evidence/preparer-" + k + ".txt")));
					assertEquals("査閲者の証跡 " + k, Files.readString(side.resolve("evidence/reviewer-" + k + ".txt")));
				}
				assertEquals(List.of(), lockFiles(side.resolve(".git")), side + ": no lock file is left");
			}
			assertEquals(git(preparer, "rev-parse", "HEAD"), git(reviewer, "rev-parse", "HEAD"), "both sides converge");
			assertEquals(git(preparer, "rev-parse", "HEAD"), git(bare, "rev-parse", "main"));
			assertEquals(List.of(), files(preparer).stream().filter(f -> !files(reviewer).contains(f)).toList(), "same files");
		}
		System.out.println("KilledSyncTest: " + (trials - 1) + " child JVMs killed within a " + syncMillis + " ms sync (warm), "
				+ killedInside + " inside the sync, " + locksLeft + " git lock files left by the kills, all cleared by the next sync; "
				+ "where the kills landed: " + phases);
		assertTrue(killedInside > 0, "at least one kill landed inside a sync");
	}

	/** The preparer changes a check and adds a file, and sends them; the reviewer does the same and keeps them. */
	private static void newWorkOnBothSides(Path preparer, Path reviewer, List<String> ids, int round) throws Exception {
		edit(preparer, e -> check(e, ids.get(2 * round)).setConclusion("作成者の記入 " + round));
		Files.writeString(preparer.resolve("evidence/preparer-" + round + ".txt"), "作成者の証跡 " + round);
		assertTrue(sync(preparer, PREPARER).sent());
		edit(reviewer, e -> check(e, ids.get(2 * round + 1)).setConclusion("査閲者の記入 " + round));
		Files.writeString(reviewer.resolve("evidence/reviewer-" + round + ".txt"), "査閲者の証跡 " + round);
	}

	/** How far the killed sync got, from what it left behind. */
	private static String phase(Path reviewer, Path bare, String headBefore, String sharedBefore) throws Exception {
		String head = git(reviewer, "rev-parse", "HEAD");
		boolean dirty = !git(reviewer, "status", "--porcelain").isBlank();
		boolean merged = git(reviewer, "rev-list", "--parents", "-1", "HEAD").strip().split(" ").length > 2;
		if (!git(bare, "rev-parse", "main").equals(sharedBefore)) {
			return "4 sent";
		}
		if (head.equals(headBefore)) {
			return dirty ? "1 before the local commit" : "1 nothing to record";
		}
		if (dirty) {
			return "3 merged files written, branch not moved";
		}
		return merged ? "3 merged, not sent" : "2 committed, not merged";
	}

	private static List<String> contractCheckIds(Engagement engagement) {
		List<String> ids = new ArrayList<>();
		engagement.eAllContents().forEachRemaining(o -> {
			if (o instanceof ContractCheck c) {
				ids.add(c.eResource().getURIFragment(c));
			}
		});
		return ids;
	}

	private static List<String> lockFiles(Path gitDir) throws IOException {
		try (Stream<Path> files = Files.walk(gitDir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".lock")).map(p -> gitDir.relativize(p).toString())
					.sorted().toList();
		}
	}

	private static List<String> files(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> Files.isRegularFile(p) && !folder.relativize(p).startsWith(".git"))
					.map(p -> folder.relativize(p).toString()).sorted().toList();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** A child JVM running {@link SyncLoop} on one folder. */
	private static final class Child {
		private final Process process;
		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		private final List<String> seen = new ArrayList<>();
		private final Thread reader;
		private final Writer input;

		Child(Path folder) throws IOException {
			process = new ProcessBuilder(javaExecutable(), "-cp", classpath(), SyncLoop.class.getName(), folder.toString(),
					REVIEWER.name(), REVIEWER.email()).redirectErrorStream(true).start();
			reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						lines.add(line);
					}
				} catch (IOException closedByTheKill) {
					// the rest of the output went with the process
				}
			});
			reader.start();
			input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		}

		void go(boolean hold) throws IOException {
			seen.clear(); // what this sync says, not the one before
			input.write(hold ? "hold\n" : "go\n");
			input.flush();
		}

		void await(String expected) throws InterruptedException {
			for (String line = lines.poll(120, TimeUnit.SECONDS); !expected.equals(line); line = lines.poll(120, TimeUnit.SECONDS)) {
				if (line == null) {
					process.destroyForcibly();
					throw new AssertionError("the child JVM never said " + expected + ": " + seen);
				}
				seen.add(line);
			}
			seen.add(expected);
		}

		void kill() throws InterruptedException {
			process.destroyForcibly();
			assertTrue(process.waitFor(30, TimeUnit.SECONDS));
			reader.join(10_000);
			lines.drainTo(seen);
		}

		boolean said(String line) {
			return seen.contains(line);
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/** jp.kansa.team, this fragment and every bundle they are wired to, wherever the test runtime has them. */
	private static String classpath() {
		Set<String> entries = new LinkedHashSet<>();
		Bundle team = FrameworkUtil.getBundle(TeamSync.class);
		Deque<Bundle> todo = new ArrayDeque<>(List.of(team));
		Set<Bundle> done = new LinkedHashSet<>();
		while (!todo.isEmpty()) {
			Bundle bundle = todo.pop();
			if (!done.add(bundle)) {
				continue;
			}
			entries.addAll(bundleFolders(bundle));
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring == null) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				todo.add(wire.getProvider().getBundle());
			}
			for (BundleWire wire : wiring.getProvidedWires("osgi.wiring.host")) {
				todo.add(wire.getRequirer().getBundle()); // fragments: this test's SyncLoop
			}
		}
		for (Class<?> type : List.of(SyncLoop.class, org.eclipse.osgi.util.NLS.class)) {
			URL source = type.getProtectionDomain().getCodeSource() == null ? null
					: type.getProtectionDomain().getCodeSource().getLocation();
			if (source != null && "file".equals(source.getProtocol())) {
				entries.add(new File(source.getPath()).getPath());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/** A jar, or a project folder whose classes are in target/classes or bin (the test runtime's dev mode). */
	private static List<String> bundleFolders(Bundle bundle) {
		List<String> found = new ArrayList<>();
		Optional<File> location = FileLocator.getBundleFileLocation(bundle);
		if (location.isEmpty()) {
			return found;
		}
		File root = location.get();
		if (root.isFile()) {
			found.add(root.getPath());
			return found;
		}
		for (String output : List.of("target/classes", "bin", "")) {
			File candidate = new File(root, output);
			if (new File(candidate, "jp").isDirectory() || new File(candidate, "org").isDirectory()) {
				found.add(candidate.getPath());
			}
		}
		return found;
	}
}

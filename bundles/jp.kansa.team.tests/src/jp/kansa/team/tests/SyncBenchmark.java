/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import jp.kansa.team.Identity;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamRepository;
import jp.kansa.team.TeamSync;

/**
 * Micro-benchmark, not a test (merge-benchmark.sh runs it in a plain JVM after the merge): a
 * sync with nothing to do — status of the work tree, fetch from a bare repository on the local
 * disk, nothing to merge or send — on a clone of the sample engagement with its evidence. Issue
 * 8's target is ≤ 0.5 s. Prints the median of the measured runs after uncounted warm-ups.
 */
public final class SyncBenchmark {

	private SyncBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int warmUps = Integer.getInteger("bench.warmUps", 3).intValue(); //$NON-NLS-1$
		int runs = Integer.getInteger("bench.runs", 5).intValue(); //$NON-NLS-1$
		Path work = Files.createTempDirectory("kansa-sync-bench"); //$NON-NLS-1$
		Identity who = new Identity("ベンチマーク", "bench@example.org"); //$NON-NLS-1$ //$NON-NLS-2$
		Path folder = TeamFixture.engagementFolder(work.resolve("preparer")); //$NON-NLS-1$
		TeamRepository.share(folder, work.resolve("shared.git").toString(), who, null, null, null); //$NON-NLS-1$
		Path clone = work.resolve("reviewer"); //$NON-NLS-1$
		TeamRepository.clone(work.resolve("shared.git").toString(), clone, null, null, null); //$NON-NLS-1$
		TeamSync sync = new TeamSync(who, null, Locale.JAPANESE);
		long[] took = new long[runs];
		for (int i = 0; i < warmUps + runs; i++) {
			long start = System.nanoTime();
			SyncReport report = sync.sync(clone, null);
			long t = System.nanoTime() - start;
			if (!report.nothingToDo()) {
				throw new IllegalStateException("expected nothing to do: " + report.summary()); //$NON-NLS-1$
			}
			if (i >= warmUps) {
				took[i - warmUps] = t;
			}
		}
		try (var files = Files.walk(work)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		Arrays.sort(took);
		System.out.printf("sync with nothing to do (local bare repository, sample + evidence): median %d ms, min %d ms, max %d ms (%d runs after %d warm-ups; target <= 500 ms)%n", //$NON-NLS-1$
				Long.valueOf(took[runs / 2] / 1_000_000), Long.valueOf(took[0] / 1_000_000),
				Long.valueOf(took[runs - 1] / 1_000_000), Integer.valueOf(runs), Integer.valueOf(warmUps));
	}
}

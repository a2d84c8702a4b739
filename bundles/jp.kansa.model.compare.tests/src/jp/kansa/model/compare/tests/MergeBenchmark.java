/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.Engagement;
import jp.kansa.model.compare.merge.MergeResult;
import jp.kansa.model.compare.merge.ModelMerge;

/**
 * Micro-benchmark, not a test (merge-benchmark.sh runs it in a plain JVM): the engagement of
 * {@link CompareBenchmark} (200 contracts, 10,800 checks, 50,000 evidence, 20,000 annotations),
 * two copies with 1,000 changed fields each, merged and resolved as a whole: classification,
 * copy of ours, theirs applied, conflicts collected, {@code resolve()}. Issue 8's target is
 * ≤ 1 s. Prints the median of the measured runs after uncounted warm-ups.
 */
public final class MergeBenchmark {

	private MergeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int warmUps = Integer.getInteger("bench.warmUps", 3).intValue(); //$NON-NLS-1$
		int runs = Integer.getInteger("bench.runs", 5).intValue(); //$NON-NLS-1$
		List<String> checkPoints = CompareBenchmark
				.checkPointIds(Path.of(args.length > 0 ? args[0] : Samples.SAMPLE.toString()));
		CompareBenchmark shapes = new CompareBenchmark();
		Engagement base = shapes.engagement(checkPoints);
		Engagement ours = EcoreUtil.copy(base);
		Engagement theirs = EcoreUtil.copy(base);
		shapes.change(ours, new Random(1));
		shapes.change(theirs, new Random(2));

		long[] merge = new long[runs];
		long[] mergeCpu = new long[runs];
		long[] resolve = new long[runs];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int conflicts = 0;
		for (int i = 0; i < warmUps + runs; i++) {
			long start = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			MergeResult result = ModelMerge.merge(base, ours, theirs);
			long took = System.nanoTime() - start;
			long tookCpu = threads.getCurrentThreadCpuTime() - cpu;
			conflicts = result.decisions().size();
			start = System.nanoTime();
			result.resolve();
			long resolved = System.nanoTime() - start;
			if (i >= warmUps) {
				merge[i - warmUps] = took;
				mergeCpu[i - warmUps] = tookCpu;
				resolve[i - warmUps] = resolved;
			}
		}
		System.out.printf("engagement: %d checks, %d evidence; 1,000 changed fields per side%n", //$NON-NLS-1$
				base.getContractChecks().size(), base.getEvidence().size());
		System.out.printf("merge (classify + apply): %d conflicts, median %d ms (min %d), CPU median %d ms%n", //$NON-NLS-1$
				conflicts, CompareBenchmark.median(merge), CompareBenchmark.min(merge), CompareBenchmark.median(mergeCpu));
		System.out.printf("resolve (copy + choices): median %d ms%n", CompareBenchmark.median(resolve)); //$NON-NLS-1$
		System.out.printf("load average at the end: %.1f on %d cores%n", //$NON-NLS-1$
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
		System.out.printf("(%d warm-ups, %d measured runs, %s)%n", warmUps, runs, Runtime.version()); //$NON-NLS-1$
	}
}

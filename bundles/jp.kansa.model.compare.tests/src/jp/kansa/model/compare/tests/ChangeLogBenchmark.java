/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ChangeKind;
import jp.kansa.model.ChangeLog;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.changelog.StateFingerprint;
import jp.kansa.model.compare.log.ChangeRecorder;
import jp.kansa.model.engagement.EngagementFiles;

/**
 * Micro-benchmark, not a test (run by releng/changelog-benchmark.sh in a plain JVM): the sample
 * with a 変更履歴 of 100,000 entries. Prints the median load time with and without the log (load
 * includes the verification of every hash and of the content's fingerprint), the cost of one
 * append at the start and at the end of the log, and of recording one save with an empty and with
 * a full log.
 */
public final class ChangeLogBenchmark {

	private static final int ENTRIES = Integer.getInteger("bench.entries", 100_000).intValue();
	private static final int WARM_UPS = Integer.getInteger("bench.warmUps", 3).intValue();
	private static final int RUNS = Integer.getInteger("bench.runs", 7).intValue();
	private static final int SAMPLE_APPENDS = 1_000;

	private ChangeLogBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path sample = Path.of(args[0]);
		Path folder = Files.createTempDirectory("kansa-changelog-bench");
		Path plain = folder.resolve("plain.kansa");
		Path logged = folder.resolve("logged.kansa");
		Files.copy(sample, plain);

		Engagement engagement = EngagementFiles.load(plain);
		List<ContractCheck> checks = new ArrayList<>();
		engagement.getContractChecks().forEach(checks::add);
		ChangeLog log = ChangeLogs.logOf(engagement);
		Instant when = Instant.parse("2026-10-01T00:00:00Z");
		long firstAppends = 0;
		long lastAppends = 0;
		long batchStart = 0;
		for (int i = 0; i < ENTRIES; i++) {
			ContractCheck check = checks.get(i % checks.size());
			if (i == 0 || i == ENTRIES - SAMPLE_APPENDS) {
				// CPU time of the batch: on a busy machine the wall time of a 2 µs call is mostly waiting
				batchStart = THREADS.getCurrentThreadCpuTime();
			}
			ChangeLogs.append(log, ChangeKind.CHANGED, "監査 太郎 <taro@example.jp>", when.plusSeconds(i), check.getId(), //$NON-NLS-1$
					check.getContract().getId() + " × " + check.getCheckPointId(), "conclusion", "結論 " + i, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"結論 " + (i + 1)); //$NON-NLS-1$
			if (i == SAMPLE_APPENDS - 1) {
				firstAppends = THREADS.getCurrentThreadCpuTime() - batchStart;
			} else if (i == ENTRIES - 1) {
				lastAppends = THREADS.getCurrentThreadCpuTime() - batchStart;
			}
		}
		ChangeLogs.seal(log, StateFingerprint.of(engagement));
		EngagementFiles.save(engagement.eResource(), logged);
		System.out.printf("log: %,d entries, file %,d bytes (without the log %,d bytes)%n", ENTRIES, Files.size(logged), //$NON-NLS-1$
				Files.size(plain));
		System.out.printf("append: %.2f µs CPU per entry for the first %,d, %.2f µs for the last %,d (O(1): reads only the last entry)%n", //$NON-NLS-1$
				firstAppends / 1e3 / SAMPLE_APPENDS, SAMPLE_APPENDS, lastAppends / 1e3 / SAMPLE_APPENDS, SAMPLE_APPENDS);

		double plainLoad = median(() -> load(plain));
		double loggedLoad = median(() -> load(logged));
		double plainCpu = median(() -> cpu(() -> load(plain).longValue()));
		double loggedCpu = median(() -> cpu(() -> load(logged).longValue()));
		Engagement loaded = EngagementFiles.load(logged);
		if (ChangeLogVerifier.verdictOf(loaded).broken()) {
			throw new IllegalStateException("the benchmark's log does not verify"); //$NON-NLS-1$
		}
		double verifyOnly = scanCpu(logged);
		double materialize = median(() -> {
			Engagement opened = load(logged, true);
			long start = THREADS.getCurrentThreadCpuTime();
			ChangeLogs.entries(opened).size();
			return Long.valueOf(THREADS.getCurrentThreadCpuTime() - start);
		});
		System.out.printf("load (EngagementFiles.load, verification included), median of %d after %d warm-ups:%n", RUNS, //$NON-NLS-1$
				WARM_UPS);
		System.out.printf("  without a log       %8.1f ms%n", plainLoad); //$NON-NLS-1$
		System.out.printf("  with %,d entries %8.1f ms%n", ENTRIES, loggedLoad); //$NON-NLS-1$
		System.out.printf("  extra               %8.1f ms (target <= 300 ms)%n", loggedLoad - plainLoad); //$NON-NLS-1$
		System.out.printf("  CPU time of the loading thread: %.1f ms without, %.1f ms with the log, extra %.1f ms%n", //$NON-NLS-1$
				plainCpu, loggedCpu, loggedCpu - plainCpu);
		System.out.printf("  of which the scan of the records (every number and hash, the last fingerprint): %.1f ms CPU%n", //$NON-NLS-1$
				verifyOnly);
		System.out.printf("entries made when first asked for (the view, the sheet, kansa verify): %.1f ms CPU%n", //$NON-NLS-1$
				materialize);

		double sax = median(() -> {
			long start = System.nanoTime();
			try {
				javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser().parse(logged.toFile(),
						new org.xml.sax.helpers.DefaultHandler());
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			return Long.valueOf(System.nanoTime() - start);
		});
		System.out.printf("  (a bare SAX parse of the file with the log, no model: %.1f ms)%n", sax); //$NON-NLS-1$

		double recordEmpty = median(() -> recordOneSave(plain));
		double recordFull = median(() -> recordOneSave(logged));
		System.out.printf("record one save (compare + fingerprint + append), median: empty log %.1f ms, %,d entries %.1f ms%n", //$NON-NLS-1$
				recordEmpty, ENTRIES, recordFull);
		// 20 MB per run: not left behind in /tmp
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(folder);
	}

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
			.getThreadMXBean();

	/** CPU nanoseconds of this thread for the work: what a busy machine's waiting leaves out. */
	private static Long cpu(Runnable work) {
		long start = THREADS.getCurrentThreadCpuTime();
		work.run();
		return Long.valueOf(THREADS.getCurrentThreadCpuTime() - start);
	}

	private static Engagement load(Path file, boolean quietly) {
		try {
			return EngagementFiles.load(file);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * CPU time of the scan that opening a file does over the records (package-private: reached by
	 * reflection, this is a benchmark in a plain JVM), on the block of records as the file holds it.
	 */
	private static double scanCpu(Path file) {
		try {
			String text = Files.readString(file);
			int start = text.indexOf("<records>") + "<records>".length(); //$NON-NLS-1$ //$NON-NLS-2$
			String block = text.substring(start, text.indexOf("</records>", start)).replace("&lt;", "<") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.replace("&amp;", "&"); //$NON-NLS-1$ //$NON-NLS-2$
			java.lang.reflect.Method of = Class.forName("jp.kansa.model.changelog.RecordScan") //$NON-NLS-1$
					.getDeclaredMethod("of", String.class); //$NON-NLS-1$
			of.setAccessible(true);
			return median(() -> cpu(() -> {
				try {
					of.invoke(null, block);
				} catch (ReflectiveOperationException e) {
					throw new IllegalStateException(e);
				}
			}));
		} catch (java.io.IOException | ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Long load(Path file) {
		long start = System.nanoTime();
		try {
			EngagementFiles.load(file);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return Long.valueOf(System.nanoTime() - start);
	}

	/** One change recorded as the editor does at Ctrl+S; only the recording is timed. */
	private static Long recordOneSave(Path file) {
		try {
			Engagement engagement = EngagementFiles.load(file);
			Engagement saved = ChangeRecorder.baseline(engagement);
			engagement.getContractChecks().get(7).setAssessment(AssessmentStatus.NON_CONFORMING);
			long start = System.nanoTime();
			ChangeRecorder.record(saved, engagement, "花子", Instant.now()); //$NON-NLS-1$
			return Long.valueOf(System.nanoTime() - start);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Median in milliseconds of the measured runs, after the warm-ups. */
	private static double median(Supplier<Long> nanos) {
		for (int i = 0; i < WARM_UPS; i++) {
			nanos.get();
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			times.add(nanos.get());
		}
		times.sort(null);
		return times.get(times.size() / 2) / 1e6;
	}
}

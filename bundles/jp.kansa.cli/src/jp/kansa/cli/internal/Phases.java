/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.time.Duration;

/**
 * Where a command line's time goes, for releng/cli-benchmark.sh: with {@code -Dkansa.cli.phases=true}
 * (KANSA_CLI_PHASES=1 in kansa-cli.sh) each phase's end prints, on stderr, the elapsed time and the
 * CPU time of the whole process (every thread: the compiler's and the collector's too) since the
 * previous mark, the first one since the JVM started (its CPU since the process started). Off, it costs one field read.
 */
public final class Phases {

	public static final String PROPERTY = "kansa.cli.phases"; //$NON-NLS-1$

	private static final boolean ON = Boolean.getBoolean(PROPERTY);
	private static long lastWallNanos = -1;
	private static Duration lastCpu = Duration.ZERO;

	private Phases() {
	}

	/** The phase {@code name} ends now. */
	public static void mark(String name) {
		if (!ON) {
			return;
		}
		long now = System.nanoTime();
		ProcessHandle.Info info = ProcessHandle.current().info();
		Duration cpu = info.totalCpuDuration().orElse(Duration.ZERO);
		// the first phase from the JVM's own start: the process's start instant is computed from the
		// kernel's boot time, which /proc gives to the second, so it was up to a second off
		long wallMillis = lastWallNanos < 0 ? java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
				: (now - lastWallNanos) / 1_000_000;
		System.err.printf("phase %-14s elapsed %6d ms   process cpu %6d ms   (cpu so far %6d ms)%n", name, //$NON-NLS-1$
				wallMillis, cpu.minus(lastCpu).toMillis(), cpu.toMillis());
		lastWallNanos = now;
		lastCpu = cpu;
	}
}

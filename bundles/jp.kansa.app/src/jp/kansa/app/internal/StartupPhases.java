/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The milestones of a start, in milliseconds since the JVM started, with the process's CPU time
 * (user + system, all threads) at each: releng/measure-startup.sh prints them per phase, so that
 * a slower start says where it lost its time and whether it waited or computed.
 */
final class StartupPhases {

	/** Equinox is up and has launched our application. */
	static final String APPLICATION = "application"; //$NON-NLS-1$
	/** GTK is initialised (the X connection, fonts, settings). */
	static final String DISPLAY = "display"; //$NON-NLS-1$
	/** The e4 model, services, commands, key bindings exist; no window yet. */
	static final String WORKBENCH = "workbench"; //$NON-NLS-1$
	/** The first window and its perspective's views are created. */
	static final String WINDOW = "window"; //$NON-NLS-1$
	/** The first window is drawn and the event queue has run dry: a user can click. */
	static final String READY = "ready"; //$NON-NLS-1$

	private static final Map<String, long[]> MARKS = new LinkedHashMap<>();

	private StartupPhases() {
	}

	/** Records the first time a phase is reached; later calls (a second window) change nothing. */
	static synchronized void mark(String phase) {
		MARKS.putIfAbsent(phase, new long[] { sinceJvmStart(), cpuMillis() });
	}

	static long sinceJvmStart() {
		return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
	}

	private static long cpuMillis() {
		// read from /proc on Linux; -1 where the platform cannot tell
		return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
	}

	/** {@code application=812/1030 display=…}: wall/CPU milliseconds of each phase reached. */
	static synchronized String describe() {
		return MARKS.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]) //$NON-NLS-1$ //$NON-NLS-2$
				.collect(Collectors.joining(" ")); //$NON-NLS-1$
	}
}

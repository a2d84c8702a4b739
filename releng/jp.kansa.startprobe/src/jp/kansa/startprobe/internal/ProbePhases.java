/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.startprobe.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The milestones of a probe start, with the same names, clock and line format as the product's
 * StartupPhases and StartupProbe (jp.kansa.app, package-private there): wall milliseconds since
 * the JVM started and the process's CPU milliseconds at each phase, printed as the KANSA_PHASES
 * and KANSA_READY lines that releng/measure-startup.sh reads. A probe start and a product start
 * are thus timed by the very same script from the very same lines.
 */
public final class ProbePhases {

	/**
	 * Plain SWT: main() runs. e4: the framework has reached the probe's start level, right before
	 * it launches the application (ProbeActivator).
	 */
	public static final String APPLICATION = "application"; //$NON-NLS-1$
	/** GTK is initialised (the display exists). */
	public static final String DISPLAY = "display"; //$NON-NLS-1$
	/** The e4 model is loaded and its add-ons (services, commands, bindings) exist; no window yet. */
	public static final String WORKBENCH = "workbench"; //$NON-NLS-1$
	/** The first window and its parts are created. */
	public static final String WINDOW = "window"; //$NON-NLS-1$
	/** The first window is drawn and the event queue has run dry: a user can click. */
	public static final String READY = "ready"; //$NON-NLS-1$

	/** System property shared with the product: close as soon as usable (a training start). */
	public static final String EXIT_WHEN_READY = "kansa.exitWhenReady"; //$NON-NLS-1$

	private static final Map<String, long[]> MARKS = new LinkedHashMap<>();
	private static int parts;

	private ProbePhases() {
	}

	/** Records the first time a phase is reached; later calls change nothing. */
	public static synchronized void mark(String phase) {
		MARKS.putIfAbsent(phase, new long[] { sinceJvmStart(), cpuMillis() });
	}

	/** A part (a Label with Japanese text) was created: the ready line says how many. */
	public static synchronized void partCreated() {
		parts++;
	}

	/**
	 * Marks ready and prints the two lines, phases first, so that whoever waits for the ready
	 * line finds the phases already written. Call it from an asyncExec queued once the window
	 * exists, as the product does: it runs when the event loop has drawn the window and found
	 * nothing else to do.
	 */
	public static synchronized void reportReady(String probe) {
		mark(READY);
		System.out.println("KANSA_PHASES " + describe()); //$NON-NLS-1$
		System.out.println("KANSA_READY " + MARKS.get(READY)[0] + " ms since JVM start; probe=" + probe + "; parts=" + parts); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		System.out.flush();
	}

	public static boolean exitWhenReady() {
		return Boolean.getBoolean(EXIT_WHEN_READY);
	}

	private static long sinceJvmStart() {
		return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
	}

	private static long cpuMillis() {
		return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
	}

	private static String describe() {
		return MARKS.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]) //$NON-NLS-1$ //$NON-NLS-2$
				.collect(Collectors.joining(" ")); //$NON-NLS-1$
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The phase line that releng/measure-startup.sh reads: wall/CPU per phase, the first time each is reached. */
class StartupPhasesTest {

	@Test
	void aPhaseKeepsItsFirstTimeAndCarriesWallAndCpu() throws InterruptedException {
		StartupPhases.mark("test-first"); //$NON-NLS-1$
		Matcher first = phase("test-first"); //$NON-NLS-1$
		long wall = Long.parseLong(first.group(1));
		long cpu = Long.parseLong(first.group(2));
		assertTrue(wall > 0, "wall time since the JVM started: " + StartupPhases.describe()); //$NON-NLS-1$
		assertTrue(cpu > 0, "the process has used CPU by now: " + StartupPhases.describe()); //$NON-NLS-1$

		Thread.sleep(20);
		StartupPhases.mark("test-first"); //$NON-NLS-1$
		StartupPhases.mark("test-second"); //$NON-NLS-1$
		Matcher again = phase("test-first"); //$NON-NLS-1$
		assertEquals(wall, Long.parseLong(again.group(1)), "a second mark of the same phase changes nothing"); //$NON-NLS-1$
		assertTrue(Long.parseLong(phase("test-second").group(1)) >= wall + 20); //$NON-NLS-1$
		String line = StartupPhases.describe();
		assertTrue(line.indexOf("test-first=") < line.indexOf("test-second="), "phases in the order reached: " + line); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static Matcher phase(String name) {
		Matcher m = Pattern.compile("(?:^| )" + Pattern.quote(name) + "=(\\d+)/(\\d+)(?: |$)").matcher(StartupPhases.describe()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(m.find(), name + " in " + StartupPhases.describe()); //$NON-NLS-1$
		return m;
	}
}

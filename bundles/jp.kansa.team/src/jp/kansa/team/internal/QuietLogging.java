/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.internal;

/**
 * JGit logs through slf4j, whose provider in the product is the no-op one (JGit's lines are not
 * for auditors). Inside OSGi slf4j may not find that provider before the service-loader weaving
 * has run, and would then print its own warning on stderr of {@code kansa sync}: its internal
 * messages are limited to errors.
 */
public final class QuietLogging {

	private QuietLogging() {
	}

	public static void apply() {
		if (System.getProperty("slf4j.internal.verbosity") == null) { //$NON-NLS-1$
			System.setProperty("slf4j.internal.verbosity", "ERROR"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}

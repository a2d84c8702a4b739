/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the diff command; Japanese in messages-diff_ja.properties. */
public final class DiffMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.cli.internal.messages-diff"; //$NON-NLS-1$

	public static String diffSummary;
	public static String diffHelp;
	public static String usageMissingArgument;
	public static String usageBadDiffFormat;
	public static String diffTotal;
	public static String diffNone;

	static {
		NLS.initializeMessages(BUNDLE_NAME, DiffMessages.class);
	}

	private DiffMessages() {
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the sync and log commands; Japanese in messages-team_ja.properties. */
public final class TeamMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.cli.internal.messages-team"; //$NON-NLS-1$

	public static String syncSummary;
	public static String syncHelp;
	public static String usageMissingFolder;
	public static String notShared;
	public static String syncNoIdentity;
	public static String logSummary;
	public static String logHelp;
	public static String logVersion;
	public static String logEmpty;

	static {
		NLS.initializeMessages(BUNDLE_NAME, TeamMessages.class);
	}

	private TeamMessages() {
	}
}

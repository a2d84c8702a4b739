/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the roll-forward command; Japanese in messages-rollforward_ja.properties. */
public final class RollForwardMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.cli.internal.messages-rollforward"; //$NON-NLS-1$

	public static String summary;
	public static String help;
	public static String usageBadDate;
	public static String written;
	public static String dates;
	public static String carried;
	public static String fresh;
	public static String endingHeading;
	public static String endDate;
	public static String expiredHeading;
	public static String expiryDate;
	public static String notCopiedHeading;

	static {
		NLS.initializeMessages(BUNDLE_NAME, RollForwardMessages.class);
	}

	private RollForwardMessages() {
	}
}

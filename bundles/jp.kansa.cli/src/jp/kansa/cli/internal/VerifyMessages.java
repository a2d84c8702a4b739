/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the verify command; Japanese in messages-verify_ja.properties. */
public final class VerifyMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.cli.internal.messages-verify"; //$NON-NLS-1$

	public static String summary;
	public static String help;
	public static String noLog;
	public static String intact;
	public static String broken;

	static {
		NLS.initializeMessages(BUNDLE_NAME, VerifyMessages.class);
	}

	private VerifyMessages() {
	}
}

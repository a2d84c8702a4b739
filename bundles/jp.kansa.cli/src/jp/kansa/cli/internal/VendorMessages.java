/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the vendor-request and vendor-reply commands; Japanese in messages-vendor_ja.properties. */
public final class VendorMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.cli.internal.messages-vendor"; //$NON-NLS-1$

	public static String requestSummary;
	public static String requestHelp;
	public static String replySummary;
	public static String replyHelp;
	public static String usageMissingArgument;
	public static String usageMissingOption;
	public static String usageBadDate;
	public static String unknownParty;
	public static String notAVendor;
	public static String noContracts;
	public static String outputExists;
	public static String requestWritten;
	public static String requestSaved;
	public static String replyHeading;
	public static String changesHeading;
	public static String changeLine;
	public static String problemsHeading;
	public static String problemLine;
	public static String emptyCell;
	public static String outcomeProblems;
	public static String outcomeDryRun;
	public static String outcomeApplied;
	public static String outcomeNoChanges;
	public static String outcomeReceived;
	public static String disagreementsHeading;
	public static String disagreementLine;

	static {
		NLS.initializeMessages(BUNDLE_NAME, VendorMessages.class);
	}

	private VendorMessages() {
	}
}

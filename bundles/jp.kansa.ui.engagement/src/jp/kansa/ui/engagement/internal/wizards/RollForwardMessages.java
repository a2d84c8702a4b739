/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Texts of ファイル > 新年度へ繰越 and of 前年度の結論; Japanese in messages-rollforward_ja.properties. */
public final class RollForwardMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.ui.engagement.internal.wizards.messages-rollforward"; //$NON-NLS-1$

	public static String windowTitle;
	public static String filesTitle;
	public static String filesDescription;
	public static String priorFile;
	public static String newFile;
	public static String name;
	public static String referenceDate;
	public static String periodStart;
	public static String periodEnd;
	public static String browse;
	public static String priorMissing;
	public static String priorUnreadable;
	public static String newFileInvalid;
	public static String newFileExists;
	public static String nameMissing;
	public static String dateInvalid;
	public static String optionsTitle;
	public static String optionsDescription;
	public static String carryParties;
	public static String carryContracts;
	public static String carryClauses;
	public static String carryRoles;
	public static String carryEvidence;
	public static String carryFindings;
	public static String carryAnnotations;
	public static String keepDates;
	public static String alwaysFresh;
	public static String failed;
	public static String rolling;
	public static String priorConclusion;
	public static String priorNone;
	public static String flagsNone;
	public static String flagsEnding;
	public static String flagsExpired;
	public static String carriedEvidence;

	static {
		NLS.initializeMessages(BUNDLE_NAME, RollForwardMessages.class);
	}

	private RollForwardMessages() {
	}
}

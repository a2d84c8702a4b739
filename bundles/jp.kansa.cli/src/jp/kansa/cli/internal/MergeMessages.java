/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the merge command; Japanese in messages-merge_ja.properties. */
public final class MergeMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.cli.internal.messages-merge"; //$NON-NLS-1$

	public static String mergeSummary;
	public static String mergeHelp;
	public static String usageMissingArgument;
	public static String mergeUnknownVersion;
	public static String mergeCannotWrite;
	public static String mergeClean;
	public static String mergeConflicts;
	public static String mergeRemoved;
	public static String conflictField;
	public static String conflictEditDelete;
	public static String conflictReferenceToDeleted;
	public static String noteRenumbered;
	public static String noteEvidenceBothKept;
	public static String noteSignOffStale;

	static {
		NLS.initializeMessages(BUNDLE_NAME, MergeMessages.class);
	}

	private MergeMessages() {
	}
}

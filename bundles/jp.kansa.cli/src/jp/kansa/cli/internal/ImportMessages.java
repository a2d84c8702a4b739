/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the import command; Japanese in messages-import_ja.properties. */
public final class ImportMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.cli.internal.messages-import"; //$NON-NLS-1$

	public static String importSummary;
	public static String importHelp;
	public static String usageMissingArgument;
	public static String usageBadImportFormat;
	public static String changesHeading;
	public static String problemsHeading;
	public static String problemLine;
	public static String emptyCell;
	public static String outcomeProblems;
	public static String outcomeNoChanges;
	public static String outcomeDryRun;
	public static String outcomeApplied;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ImportMessages.class);
	}

	private ImportMessages() {
	}
}

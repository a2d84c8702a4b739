/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Texts of ファイル > カタログ版の移行; Japanese in messages-migrate_ja.properties. */
public final class MigrateMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.ui.engagement.internal.wizards.messages-migrate"; //$NON-NLS-1$

	public static String windowTitle;
	public static String filesTitle;
	public static String filesDescription;
	public static String engagementFile;
	public static String mappingFile;
	public static String newFile;
	public static String browse;
	public static String engagementMissing;
	public static String mappingMissing;
	public static String fileNotFound;
	public static String newFileInvalid;
	public static String newFileExists;
	public static String newFileIsOriginal;
	public static String unsavedChanges;
	public static String reportTitle;
	public static String reportDescription;
	public static String reportNothing;
	public static String reportNoCatalog;
	public static String reportTarget;
	public static String reportOverwrites;
	public static String reportColumn;
	public static String previewFailed;
	public static String overwriteTitle;
	public static String overwriteQuestion;
	public static String overwriteOriginalQuestion;
	public static String openInEditor;
	public static String failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, MigrateMessages.class);
	}

	private MigrateMessages() {
	}
}

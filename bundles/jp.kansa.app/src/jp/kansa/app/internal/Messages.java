/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the application window; Japanese in messages_ja.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.app.internal.messages"; //$NON-NLS-1$

	public static String windowTitle;
	public static String menuFile;
	public static String menuNew;
	public static String menuEdit;
	public static String menuWindow;
	public static String menuShowView;
	public static String menuHelp;
	public static String menuRecentFiles;
	public static String menuRecentFilesNone;
	public static String menuRecentFileEntry;
	public static String recentFileMissingTitle;
	public static String recentFileMissing;
	public static String recentFileOpenFailed;
	public static String menuAbout;
	public static String menuPreferences;
	public static String aboutTitle;
	public static String aboutVersion;
	public static String aboutLicense;
	public static String aboutCatalogHeading;
	public static String aboutCatalogEdition;
	public static String aboutCatalogPublisher;
	public static String aboutCatalogSource;
	public static String aboutCatalogUnavailable;
	public static String aboutThirdPartyHeading;
	public static String aboutThirdPartyEntry;
	public static String aboutNotInstalled;
	public static String preferencesDescription;
	public static String preferencesAuditorName;
	public static String preferencesAuditorEmail;
	public static String preferencesAuditorEmailInvalid;
	public static String preferencesDefaultPreparer;
	public static String preferencesDefaultReviewer;
	public static String preferencesLanguageNote;
	public static String preferencesSyncAfterSave;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

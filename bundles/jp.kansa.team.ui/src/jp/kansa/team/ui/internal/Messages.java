/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the チーム menu, its dialogs and the 履歴 view; Japanese in messages_ja.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.team.ui.internal.messages"; //$NON-NLS-1$

	public static String jobShare;
	public static String jobSync;
	public static String jobResolve;
	public static String jobHistory;
	public static String stepCommit;
	public static String shareTitle;
	public static String shareMessage;
	public static String shareBrowse;
	public static String shareChooserTitle;
	public static String shareChooserMessage;
	public static String shareFolderNotEmpty;
	public static String shareFolderFailed;
	public static String identityTitle;
	public static String identityNeeded;
	public static String identityOpenPreferences;
	public static String shareDone;
	public static String syncTitle;
	public static String conflictsTitle;
	public static String noConflicts;
	public static String conflictsIntro;
	public static String columnPlace;
	public static String columnField;
	public static String columnMine;
	public static String columnTheirs;
	public static String columnKept;
	public static String keptMine;
	public static String keptTheirs;
	public static String noteRow;
	public static String removed;
	public static String buttonMine;
	public static String buttonTheirs;
	public static String buttonAllMine;
	public static String buttonAllTheirs;
	public static String resolveButton;
	public static String historyNoSelection;
	public static String historyNotShared;
	public static String historyFor;
	public static String historyColumnWhen;
	public static String historyColumnWho;
	public static String historyColumnWhat;
	public static String historyFirst;
	public static String historyCompare;
	public static String historyCompareTitle;
	public static String historyCompareNone;
	public static String credentialsTitle;
	public static String credentialsUser;
	public static String credentialsPassword;
	public static String credentialsNote;
	public static String credentialsRefused;
	public static String hostKeyTitle;
	public static String hostKeyMessage;
	public static String hostKeyTrust;
	public static String hostKeyRefuse;
	public static String passphraseTitle;
	public static String passphraseMessage;
	public static String passphraseRefused;
	public static String secureStorageUnavailable;
	public static String failed;
	public static String cloneTitle;
	public static String cloneMessage;
	public static String cloneFolder;
	public static String jobClone;
	public static String masterTitle;
	public static String masterNew;
	public static String masterAsk;
	public static String masterTooShort;
	public static String autoSyncDone;
	public static String autoSyncOffline;
	public static String autoSyncConflicts;
	public static String autoSyncStillEdited;
	public static String autoSyncFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

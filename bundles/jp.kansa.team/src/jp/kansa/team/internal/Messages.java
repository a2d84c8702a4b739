/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of sharing and syncing (commit messages included); Japanese in messages_ja.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.team.internal.messages"; //$NON-NLS-1$

	public static String alreadyShared;
	public static String cancelled;
	public static String cloneFailed;
	public static String conflictsChanged;
	public static String conflictsUnreadable;
	public static String conflictsWithoutVersions;
	public static String engagementAdded;
	public static String engagementChanges;
	public static String engagementStampsOnly;
	public static String engagementUnreadable;
	public static String fileAdded;
	public static String fileChanged;
	public static String fileRemoved;
	public static String firstVersion;
	public static String historyFailed;
	public static String identityMissing;
	public static String keptBoth;
	public static String mergeMessage;
	public static String moreLines;
	public static String noRemote;
	public static String notShared;
	public static String nothingNamed;
	public static String pushKeptFailing;
	public static String reportCommitted;
	public static String reportConflicts;
	public static String reportNothing;
	public static String reportOffline;
	public static String reportReceived;
	public static String reportSent;
	public static String resolveFailed;
	public static String resolvedMessage;
	public static String shareFailed;
	public static String subjectMany;
	public static String syncFailed;
	public static String syncRunning;
	public static String httpsNotAuthorized;
	public static String httpsUntrusted;
	public static String sshAuthFailed;
	public static String sshHostChanged;
	public static String sshHostRevoked;
	public static String sshHostUnknown;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** Texts of the 変更履歴 view; Japanese in messages-changelog_ja.properties. */
public final class ChangeLogMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.ui.engagement.internal.i18n.messages-changelog"; //$NON-NLS-1$

	public static String noEditor;
	public static String whole;
	public static String element;
	public static String noLog;
	public static String broken;
	public static String onlySelected;
	public static String colSequence;
	public static String colWhen;
	public static String colWho;
	public static String colKind;
	public static String colPath;
	public static String colField;
	public static String colOld;
	public static String colNew;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ChangeLogMessages.class);
	}

	private ChangeLogMessages() {
	}
}

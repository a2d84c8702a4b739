/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;

/**
 * The keys of the auditor's settings (設定 > 監査ワークベンチ). Other bundles, which cannot depend
 * on the application, read them with
 * {@code Platform.getPreferencesService().getString(QUALIFIER, AUDITOR_NAME, "", null)}.
 */
public final class KansaPreferences {

	public static final String QUALIFIER = "jp.kansa.app"; //$NON-NLS-1$
	/** The auditor's name: the identity of this user's sign-offs. */
	public static final String AUDITOR_NAME = "auditorName"; //$NON-NLS-1$
	public static final String AUDITOR_EMAIL = "auditorEmail"; //$NON-NLS-1$
	/** The 作成者 and 査閲者 a new engagement's team starts with. */
	public static final String DEFAULT_PREPARER = "defaultPreparer"; //$NON-NLS-1$
	public static final String DEFAULT_REVIEWER = "defaultReviewer"; //$NON-NLS-1$
	/** 保存のたびに同期する: jp.kansa.team.ui syncs an engagement in a shared folder after each save. */
	public static final String SYNC_AFTER_SAVE = "syncAfterSave"; //$NON-NLS-1$

	/** Something@domain.tld with no spaces: enough to catch a slip, not a full RFC 5322 parser. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"); //$NON-NLS-1$

	private KansaPreferences() {
	}

	/** Empty (not given) or a plausible address. */
	static boolean isEmailAddress(String text) {
		String trimmed = text == null ? "" : text.strip(); //$NON-NLS-1$
		return trimmed.isEmpty() || EMAIL.matcher(trimmed).matches();
	}

	/** A setting as stored, "" when not set. */
	public static String get(String key) {
		return Platform.getPreferencesService().getString(QUALIFIER, key, "", null); //$NON-NLS-1$
	}
}

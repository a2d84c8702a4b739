/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal;

import org.eclipse.core.runtime.Platform;

/**
 * The auditor's settings from 設定 > 監査ワークベンチ, read without depending on the application
 * bundle that owns the page. The qualifier and keys must stay those of
 * {@code jp.kansa.app.internal.KansaPreferences}; every value is trimmed, "" when not set.
 */
public final class AuditorIdentity {

	/** {@code KansaPreferences.QUALIFIER}. */
	public static final String QUALIFIER = "jp.kansa.app"; //$NON-NLS-1$
	/** {@code KansaPreferences.AUDITOR_NAME}. */
	public static final String AUDITOR_NAME = "auditorName"; //$NON-NLS-1$
	/** {@code KansaPreferences.AUDITOR_EMAIL}. */
	public static final String AUDITOR_EMAIL = "auditorEmail"; //$NON-NLS-1$
	/** {@code KansaPreferences.DEFAULT_PREPARER}. */
	public static final String DEFAULT_PREPARER = "defaultPreparer"; //$NON-NLS-1$
	/** {@code KansaPreferences.DEFAULT_REVIEWER}. */
	public static final String DEFAULT_REVIEWER = "defaultReviewer"; //$NON-NLS-1$

	private AuditorIdentity() {
	}

	/** The auditor's own name: the signer offered first on the 評価 page. */
	public static String name() {
		return get(AUDITOR_NAME);
	}

	/** The auditor's e-mail address. */
	public static String email() {
		return get(AUDITOR_EMAIL);
	}

	/** Who the 変更履歴 says made a change: 氏名 <mail>, else the system user. */
	public static String who() {
		return jp.kansa.model.changelog.ChangeLogs.who(name(), email());
	}

	/** The 作成者 a new engagement's team starts with. */
	public static String defaultPreparer() {
		return get(DEFAULT_PREPARER);
	}

	/** The 査閲者 a new engagement's team starts with. */
	public static String defaultReviewer() {
		return get(DEFAULT_REVIEWER);
	}

	private static String get(String key) {
		return Platform.getPreferencesService().getString(QUALIFIER, key, "", null).strip(); //$NON-NLS-1$
	}
}

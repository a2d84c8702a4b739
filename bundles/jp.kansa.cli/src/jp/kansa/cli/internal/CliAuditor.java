/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import jp.kansa.model.changelog.ChangeLogs;

/**
 * Who the 変更履歴 names for a change made from the command line. The CLI runs without the
 * workbench's workspace, so the auditor's name and address (設定 > 監査ワークベンチ in the
 * workbench) come from {@code KANSA_AUDITOR} and {@code KANSA_AUDITOR_EMAIL}; without them, the
 * operating-system user.
 */
final class CliAuditor {

	private CliAuditor() {
	}

	static String who() {
		return ChangeLogs.who(System.getenv("KANSA_AUDITOR"), System.getenv("KANSA_AUDITOR_EMAIL")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

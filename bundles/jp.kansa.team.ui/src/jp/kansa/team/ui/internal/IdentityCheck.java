/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * Before 共有 or 同期 records anything: the auditor's 氏名 and メールアドレス, which the
 * team's history puts on every change. When they are missing the auditor is asked first — before
 * typing a shared place or waiting for a job that would only fail — and can open the setting page
 * from the question and go on at once.
 */
final class IdentityCheck {

	/** The page of 設定 where the auditor's name and e-mail are kept (jp.kansa.app). */
	static final String PREFERENCE_PAGE = "jp.kansa.app.preferences"; //$NON-NLS-1$

	private IdentityCheck() {
	}

	/** {@code true} when the name and e-mail are set, if need be after the auditor set them now. */
	static boolean ensure(Shell shell) {
		if (TeamUi.identity().isComplete()) {
			return true;
		}
		MessageDialog question = new MessageDialog(shell, Messages.identityTitle, null, Messages.identityNeeded,
				MessageDialog.INFORMATION, 0, Messages.identityOpenPreferences, IDialogConstants.CANCEL_LABEL);
		if (question.open() != 0) {
			return false;
		}
		PreferencesUtil.createPreferenceDialogOn(shell, PREFERENCE_PAGE, new String[] { PREFERENCE_PAGE }, null).open();
		return TeamUi.identity().isComplete();
	}
}

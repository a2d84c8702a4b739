/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/**
 * What an SSH connection asks of the auditor, in their language: whether to trust a server seen
 * for the first time (its key's fingerprint shown, "do not connect" the default), and the
 * passphrase of a key. Called on the UI thread.
 */
final class SshQuestions {

	/** The button ids of the trust question, in order: trust is never the default. */
	static final int TRUST = 0;
	static final int REFUSE = 1;

	private SshQuestions() {
	}

	static boolean trustHostKey(Shell parent, String host, String keyType, String fingerprint) {
		MessageDialog dialog = new MessageDialog(parent, NLS.bind(Messages.hostKeyTitle, host), null,
				NLS.bind(Messages.hostKeyMessage, new Object[] { host, keyType, fingerprint }), MessageDialog.WARNING,
				REFUSE, Messages.hostKeyTrust, Messages.hostKeyRefuse);
		return dialog.open() == TRUST;
	}

	static char[] passphrase(Shell parent, String keyFile, boolean refused) {
		String message = NLS.bind(Messages.passphraseMessage, keyFile)
				+ (refused ? "\n\n" + Messages.passphraseRefused : ""); //$NON-NLS-1$ //$NON-NLS-2$
		InputDialog dialog = new InputDialog(parent, Messages.passphraseTitle, message, "", null) { //$NON-NLS-1$
			@Override
			protected int getInputTextStyle() {
				return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
			}
		};
		if (dialog.open() != Window.OK) {
			return null;
		}
		return dialog.getValue().toCharArray();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The master password of Eclipse secure storage, asked of the auditor (once per session): the
 * server passwords are encrypted with it, and it is never written anywhere. Without a provider
 * the platform has no way to encrypt on Linux (its own dialog is in a bundle not on Maven Central).
 */
public final class MasterPasswordProvider extends PasswordProvider {

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		boolean create = (passwordType & CREATE_NEW_PASSWORD) != 0;
		String[] answer = new String[1];
		display.syncExec(() -> {
			InputDialog dialog = new InputDialog(display.getActiveShell(), Messages.masterTitle,
					create ? Messages.masterNew : Messages.masterAsk, "", //$NON-NLS-1$
					v -> v.length() < 4 ? Messages.masterTooShort : null) {
				@Override
				protected int getInputTextStyle() {
					return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
				}

				@Override
				protected Control createDialogArea(Composite parent) {
					Control area = super.createDialogArea(parent);
					getText().setMessage(""); //$NON-NLS-1$
					return area;
				}
			};
			if (dialog.open() == Window.OK) {
				answer[0] = dialog.getValue();
			}
		});
		return answer[0] == null ? null : new PBEKeySpec(answer[0].toCharArray());
	}

}

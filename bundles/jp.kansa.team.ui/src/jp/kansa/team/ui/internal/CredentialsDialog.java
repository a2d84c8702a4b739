/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** User and password for a shared repository on a server; the caller keeps them in secure storage. */
final class CredentialsDialog extends Dialog {

	private final String host;
	private final String initialUser;
	private final boolean refused;
	private Text userText;
	private Text passwordText;
	private String user;
	private String password;

	CredentialsDialog(Shell parent, String host, String initialUser) {
		this(parent, host, initialUser, false);
	}

	/** {@code refused}: the server refused the password stored or typed before; the dialog says so. */
	CredentialsDialog(Shell parent, String host, String initialUser, boolean refused) {
		super(parent);
		this.host = host;
		this.initialUser = initialUser;
		this.refused = refused;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.credentialsTitle, host));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite grid = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(grid);
		if (refused) {
			Label refusal = new Label(grid, SWT.WRAP);
			refusal.setText(NLS.bind(Messages.credentialsRefused, host));
			GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(refusal);
		}
		new Label(grid, SWT.NONE).setText(Messages.credentialsUser);
		userText = new Text(grid, SWT.BORDER);
		userText.setText(initialUser == null ? "" : initialUser); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(userText);
		new Label(grid, SWT.NONE).setText(Messages.credentialsPassword);
		passwordText = new Text(grid, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(passwordText);
		Label note = new Label(grid, SWT.WRAP);
		note.setText(Messages.credentialsNote);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(note);
		return area;
	}

	@Override
	protected void okPressed() {
		user = userText.getText().strip();
		password = passwordText.getText();
		super.okPressed();
	}

	String user() {
		return user;
	}

	String password() {
		return password;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * ヘルプ > バージョン情報: the product, its version and build, the 確認表 it embeds (edition and
 * source, which an auditor cites in a report) and the third-party parts with their licences.
 * The text can be selected and copied into a report or a support request.
 */
final class AboutDialog extends Dialog {

	AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.aboutTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label name = new Label(area, SWT.NONE);
		name.setText(Messages.windowTitle);
		name.setFont(JFaceResources.getHeaderFont());
		Text details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		details.setText(String.join("\n", ProductInfo.lines())); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(80), convertHeightInCharsToPixels(16))
				.applyTo(details);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}

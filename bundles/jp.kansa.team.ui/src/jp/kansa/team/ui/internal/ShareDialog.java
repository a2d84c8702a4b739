/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * 共有's question: where the team shares the engagement. A path or URL typed into the field, or a
 * folder on a file share chosen with 参照… (auditors usually share through a file server, where
 * typing a long UNC path is error-prone). A folder that cannot become the shared place (it holds
 * other files and is no repository) is named before anything is shared.
 */
final class ShareDialog extends Dialog {

	/** The message wraps at this width: the dialog fits a 1024×700 screen. */
	private static final int MESSAGE_WIDTH_CHARS = 70;

	private Text field;
	private Label problem;
	private String value = ""; //$NON-NLS-1$

	ShareDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.shareTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(convertHorizontalDLUsToPixels(IDialogConstants.HORIZONTAL_MARGIN),
				convertVerticalDLUsToPixels(IDialogConstants.VERTICAL_MARGIN)).applyTo(area);
		Label message = new Label(area, SWT.WRAP);
		message.setText(Messages.shareMessage);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false)
				.hint(convertWidthInCharsToPixels(MESSAGE_WIDTH_CHARS), SWT.DEFAULT).applyTo(message);
		field = new Text(area, SWT.SINGLE | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(field);
		field.addModifyListener(e -> check());
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(Messages.shareBrowse);
		browse.addListener(SWT.Selection, e -> browse());
		problem = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false)
				.hint(convertWidthInCharsToPixels(MESSAGE_WIDTH_CHARS), SWT.DEFAULT).applyTo(problem);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		applyDialogFont(area);
		field.setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	/** Opens GTK's (or the system's) folder chooser where the typed place is, else in the home folder. */
	private void browse() {
		DirectoryDialog chooser = new DirectoryDialog(getShell());
		chooser.setText(Messages.shareChooserTitle);
		chooser.setMessage(Messages.shareChooserMessage);
		chooser.setFilterPath(SharedPlace.startFolder(field.getText()).toString());
		String chosen = chooser.open();
		if (chosen != null) {
			field.setText(chosen);
			field.setFocus();
			field.setSelection(chosen.length());
		}
	}

	private void check() {
		if (field == null || problem == null) {
			return;
		}
		Path unusable = SharedPlace.unusableFolder(field.getText());
		String text = unusable == null ? "" : NLS.bind(Messages.shareFolderNotEmpty, unusable); //$NON-NLS-1$
		if (!text.equals(problem.getText())) {
			problem.setText(text);
			fitHeight();
		}
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(unusable == null);
		}
	}

	/** A message that wraps to more lines than the dialog has room for makes it taller, never wider. */
	private void fitHeight() {
		Shell shell = getShell();
		if (shell == null || !shell.isVisible()) {
			return; // before opening, the initial size is computed with the message in place
		}
		Point size = shell.getSize();
		int wanted = shell.computeSize(size.x, SWT.DEFAULT).y;
		if (wanted > size.y) {
			shell.setSize(size.x, wanted);
		}
		shell.layout(true, true);
	}

	@Override
	protected void okPressed() {
		value = field.getText().strip();
		super.okPressed();
	}

	/** The shared place as typed or chosen, trimmed; empty to share later. */
	String getValue() {
		return value;
	}

}

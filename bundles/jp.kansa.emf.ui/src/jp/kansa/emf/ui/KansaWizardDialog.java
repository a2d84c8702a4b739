/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The wizard dialog of every wizard of the product: a JFace WizardDialog whose message line is
 * high enough for two lines of Japanese (see {@link TitleMessageHeight}), so that a long error or
 * warning is read whole instead of losing its second line.
 */
public class KansaWizardDialog extends WizardDialog {

	private Text message;

	public KansaWizardDialog(Shell parentShell, IWizard wizard) {
		super(parentShell, wizard);
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		if (contents instanceof Composite composite) {
			message = TitleMessageHeight.messageControl(composite);
			// before the shell takes its initial size, which then includes the taller line
			TitleMessageHeight.fit(message);
		}
		return contents;
	}

	@Override
	public void setMessage(String newMessage, int newType) {
		super.setMessage(newMessage, newType);
		TitleMessageHeight.fit(message);
	}

	@Override
	public void setErrorMessage(String newErrorMessage) {
		super.setErrorMessage(newErrorMessage);
		TitleMessageHeight.fit(message);
	}

	/** The title area's message line (for tests and for subclasses that measure it). */
	public Text messageControl() {
		return message;
	}
}

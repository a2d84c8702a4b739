/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import jp.kansa.ui.engagement.internal.wizards.NewEngagementPage;
import jp.kansa.ui.engagement.internal.wizards.NewEngagementWizard;

/** The new-engagement wizard opened over the workbench, for the tests of its page. */
final class NewEngagementWizards {

	private NewEngagementWizards() {
	}

	/**
	 * Opens the wizard (not through the menu: these tests are about the page), hands its page to
	 * {@code user} and closes the wizard whatever happened, unless 完了 closed it already.
	 */
	static void inWizard(Consumer<NewEngagementPage> user) {
		NewEngagementWizard wizard = new NewEngagementWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Workbench.spin();
			user.accept(wizard.page());
		} finally {
			if (dialog.getShell() != null) {
				dialog.close();
			}
			Workbench.spin();
		}
	}

	/** The wizard's 完了 button. */
	static Button finish(NewEngagementPage page) {
		return Widgets.find(page.getShell(), Button.class, b -> IDialogConstants.FINISH_LABEL.equals(b.getText())).get(0);
	}
}

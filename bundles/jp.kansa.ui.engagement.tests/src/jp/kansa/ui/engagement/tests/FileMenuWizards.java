/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.testing.Menus;
import jp.kansa.ui.testing.ModalDialogs;
import jp.kansa.ui.testing.UserEvents;

/** The wizards of the ファイル menu, opened as a user does: Alt+F, then the item's mnemonic. */
final class FileMenuWizards {

	private FileMenuWizards() {
	}

	/**
	 * Opens ファイル by Alt+F, picks the item by {@code mnemonic} and, once a wizard of
	 * {@code wizardType} shows, hands its shell to {@code answer} inside the modal dialog's loop.
	 */
	static void answer(char mnemonic, Class<? extends IWizard> wizardType, ModalDialogs.Answer answer) throws Exception {
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		main.forceActive();
		Workbench.spin();
		ModalDialogs.answer(() -> Menus.chooseByKeys(main, "ファイル", 'f', mnemonic), //$NON-NLS-1$
				shell -> shell.getData() instanceof WizardDialog wizard && wizard.getCurrentPage() != null
						&& wizardType.isInstance(wizard.getCurrentPage().getWizard()),
				answer, 15_000);
	}

	/**
	 * Clicks 完了 and answers the question it asks with the button labelled {@code answer}
	 * (JFace's label, in whatever language its NLS fragments provide); returns the question's texts.
	 */
	static String finishAnswering(Shell wizard, String answer) throws Exception {
		return ModalDialogs.answer(() -> UserEvents.click(button(wizard, IDialogConstants.FINISH_LABEL)),
				ModalDialogs.ANY, question -> UserEvents.click(button(question, answer)), 10_000);
	}

	/** A button of the dialog by its label, or a failure listing what the dialog shows. */
	static Button button(Shell dialog, String label) {
		return UserActions.find(dialog, Button.class, b -> b.getText().equals(label)).orElseThrow(
				() -> new AssertionError("no button " + label + " in\n" + UserActions.texts(dialog))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The engagement editor in front, or null. */
	static EngagementEditor activeEditor() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getActiveEditor() instanceof EngagementEditor editor ? editor : null;
	}
}

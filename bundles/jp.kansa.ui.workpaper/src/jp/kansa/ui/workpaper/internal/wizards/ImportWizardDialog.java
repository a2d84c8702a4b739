/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Reads the workbook when the user presses Next on the file page, rather than while JFace merely
 * asks for the next page (which it does whenever it updates the buttons).
 */
public final class ImportWizardDialog extends WizardDialog {

	private final ImportWizard wizard;

	public ImportWizardDialog(Shell parent, ImportWizard wizard) {
		super(parent, wizard);
		this.wizard = wizard;
	}

	@Override
	protected void nextPressed() {
		if (getCurrentPage() == wizard.filePage() && !wizard.readPreview()) {
			return;
		}
		super.nextPressed();
	}
}

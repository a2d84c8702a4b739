/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import org.eclipse.swt.widgets.Shell;

import jp.kansa.emf.ui.KansaWizardDialog;

/**
 * Reads the workbook when the user presses Next on the file page, rather than while JFace merely
 * asks for the next page (which it does whenever it updates the buttons). The wizard must
 * therefore name the preview page as the next page before any read: JFace enables Next (the
 * button, Alt+N and Enter) only for a page that has a next page, and a wizard that answered "no
 * next page until a preview exists" kept Next disabled for good. A failed read stays on the file
 * page with the reason.
 */
public final class ImportWizardDialog extends KansaWizardDialog {

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

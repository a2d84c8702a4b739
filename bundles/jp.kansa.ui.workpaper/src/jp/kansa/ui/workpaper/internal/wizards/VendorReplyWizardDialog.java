/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import org.eclipse.swt.widgets.Shell;

import jp.kansa.emf.ui.KansaWizardDialog;

/** Reads the reply when 次へ is pressed on the file page (as {@link ImportWizardDialog} does for workpapers). */
public final class VendorReplyWizardDialog extends KansaWizardDialog {

	private final VendorReplyWizard wizard;

	public VendorReplyWizardDialog(Shell parent, VendorReplyWizard wizard) {
		super(parent, wizard);
		this.wizard = wizard;
	}

	@Override
	protected void nextPressed() {
		if (getCurrentPage() == wizard.filePage() && !wizard.read()) {
			return;
		}
		super.nextPressed();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.nio.file.Path;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.ui.IWorkbenchPage;

import jp.kansa.ui.engagement.internal.wizards.RollForwardWizard;

/** ファイル > 新年度へ繰越: opens the wizard, starting from the engagement being edited if any. */
public class RollForwardHandler extends EngagementWizardHandler {

	public static final String COMMAND_ID = "jp.kansa.ui.engagement.rollForward"; //$NON-NLS-1$

	@Override
	IWizard createWizard(IWorkbenchPage page, Path activeEngagement) {
		return new RollForwardWizard(page, activeEngagement);
	}
}

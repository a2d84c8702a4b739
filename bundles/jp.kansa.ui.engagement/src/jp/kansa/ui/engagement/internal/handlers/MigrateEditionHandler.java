/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.nio.file.Path;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.ui.IWorkbenchPage;

import jp.kansa.ui.engagement.internal.wizards.MigrateEditionWizard;

/** ファイル > カタログ版の移行: opens the wizard, starting from the engagement being edited if any. */
public class MigrateEditionHandler extends EngagementWizardHandler {

	public static final String COMMAND_ID = "jp.kansa.ui.engagement.migrateEdition"; //$NON-NLS-1$

	@Override
	IWizard createWizard(IWorkbenchPage page, Path activeEngagement) {
		return new MigrateEditionWizard(page, activeEngagement);
	}
}

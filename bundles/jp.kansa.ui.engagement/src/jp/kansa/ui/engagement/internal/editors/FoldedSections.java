/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * Which sections of the 概要 page the auditor folded, kept in the workbench's dialog settings: an
 * auditor who folded 監査 to reach the progress tables on a small screen finds it folded in the
 * next engagement opened, and after a restart.
 */
final class FoldedSections {

	private static final String SETTINGS = "OverviewPage.folded"; //$NON-NLS-1$

	private FoldedSections() {
	}

	static boolean isFolded(String section) {
		return settings().getBoolean(section);
	}

	static void setFolded(String section, boolean folded) {
		settings().put(section, folded);
	}

	private static IDialogSettings settings() {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(FoldedSections.class))
				.getDialogSettings();
		IDialogSettings folded = all.getSection(SETTINGS);
		return folded != null ? folded : all.addNewSection(SETTINGS);
	}
}

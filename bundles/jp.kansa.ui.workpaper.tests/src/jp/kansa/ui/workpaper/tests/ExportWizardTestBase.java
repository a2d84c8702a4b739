/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.tests;

import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the export wizard start from: a folder of their own for the workbooks, and
 * neither the wizard (when a test left it open) nor an editor open for the next test.
 */
abstract class ExportWizardTestBase {

	@TempDir
	Path temp;

	/** The export wizard's dialog the test opened, {@code null} before. */
	WizardDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		Ui.closeAll();
	}
}

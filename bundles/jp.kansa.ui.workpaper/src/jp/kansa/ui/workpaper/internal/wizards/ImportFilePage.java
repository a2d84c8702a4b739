/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jp.kansa.ui.workpaper.internal.i18n.Messages;

/** The workbook to import; Next reads it (see {@link ImportWizardDialog}). */
final class ImportFilePage extends WorkbookFilePage {

	ImportFilePage(Path folder) {
		super("file", folder, new Words(Messages.ImportFilePage_title, Messages.ImportFilePage_description, //$NON-NLS-1$
				Messages.ImportFilePage_file, Messages.Wizard_browse, Messages.ImportFilePage_noFile,
				Messages.ImportFilePage_missing));
	}

	@Override
	void createControlsBelow(Composite body) {
		Label hint = new Label(body, SWT.WRAP);
		hint.setText(Messages.ImportFilePage_hint);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(hint);
	}
}

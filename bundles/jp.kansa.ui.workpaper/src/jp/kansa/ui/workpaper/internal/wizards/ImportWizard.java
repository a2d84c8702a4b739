/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.ImportPreview;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.i18n.Messages;

/**
 * File > Import > 監査調書 / 確認表 (Excel): choose a workbook, read it (progress and cancel in the
 * wizard), look at every change and problem, and apply as one undoable command.
 */
public final class ImportWizard extends Wizard {

	private final ImportSession session;
	private ImportFilePage filePage;
	private ImportPreviewPage previewPage;

	public ImportWizard(ActiveEngagement active) {
		this.session = new ImportSession(active);
		setWindowTitle(Messages.ImportWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		filePage = new ImportFilePage(session.active().folder());
		previewPage = new ImportPreviewPage(session);
		addPage(filePage);
		addPage(previewPage);
	}

	ImportFilePage filePage() {
		return filePage;
	}

	public ImportPreviewPage previewPage() {
		return previewPage;
	}

	public ImportSession session() {
		return session;
	}

	/** Types {@code workbook} into the file page, as the user would. */
	public void setWorkbook(Path workbook) {
		filePage.setWorkbook(workbook);
	}

	/**
	 * Reads the chosen workbook with the wizard's progress bar and Cancel button. A refused file
	 * stays on the file page with the importer's message; nothing is read into the engagement.
	 *
	 * @return whether a preview was made
	 */
	public boolean readPreview() {
		Path workbook = filePage.workbook();
		if (workbook == null) {
			return false;
		}
		try {
			getContainer().run(true, true, monitor -> {
				try {
					session.read(workbook, monitor);
				} catch (WorkpaperRefusedException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			filePage.setErrorMessage(cause instanceof WorkpaperRefusedException refused ? refused.getMessage()
					: NLS.bind(Messages.ImportWizard_readFailed, cause == null ? e : cause));
			filePage.setPageComplete(true);
			return false;
		} catch (InterruptedException e) {
			filePage.setErrorMessage(Messages.ImportWizard_canceled);
			return false;
		}
		filePage.setErrorMessage(null);
		previewPage.show(session.preview());
		return true;
	}

	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == previewPage
				&& session.canApply(previewPage.policy());
	}

	@Override
	public boolean performFinish() {
		try {
			session.apply(previewPage.policy());
			return true;
		} catch (IllegalStateException e) {
			// the engagement changed after the read (or nothing applies): the user reads again
			previewPage.setErrorMessage(NLS.bind(Messages.ImportWizard_applyFailed, e.getMessage()));
			return false;
		}
	}

	/** The preview of the last read, or {@code null}. */
	public ImportPreview preview() {
		return session.preview();
	}
}

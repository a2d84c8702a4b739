/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Catalog;
import jp.kansa.model.edition.EditionMapping;
import jp.kansa.model.edition.EditionMappingException;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.compare.log.PreparedMigration;
import jp.kansa.ui.engagement.internal.AuditorIdentity;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.EngagementEditors;

/**
 * ファイル > カタログ版の移行: an engagement moved to another 確認表 edition by an edition mapping,
 * through the same core as {@code kansa migrate} ({@link jp.kansa.model.edition.EditionMigration}).
 * Page 2 shows the report of the migration done in memory; 完了 writes it, with the migration in the
 * 変更履歴, to a new file — an existing one, above all the original, only after the auditor agrees.
 * Reading and migrating one engagement takes well under a second, so it runs on the UI thread as a
 * save does.
 */
public class MigrateEditionWizard extends Wizard {

	private final IWorkbenchPage page;
	private final Path initialEngagement;
	private MigrateFilesPage files;
	private MigrateReportPage report;
	private PreparedMigration prepared;
	private Path created;

	public MigrateEditionWizard(IWorkbenchPage page, Path initialEngagement) {
		this.page = page;
		this.initialEngagement = initialEngagement;
		setWindowTitle(MigrateMessages.windowTitle);
	}

	@Override
	public void addPages() {
		files = new MigrateFilesPage(initialEngagement, file -> {
			EngagementEditor editor = editorOf(file);
			return editor != null && editor.isDirty();
		});
		report = new MigrateReportPage() {
			@Override
			public void setVisible(boolean visible) {
				if (visible) {
					preview();
				}
				super.setVisible(visible);
			}
		};
		addPage(files);
		addPage(report);
	}

	@Override
	public boolean canFinish() {
		// the report is what the auditor must see before anything is written
		return getContainer().getCurrentPage() == report && report.isPageComplete();
	}

	/** Migrates in memory what page 1 names; the files are not touched. */
	void preview() {
		prepared = null;
		EditionMapping mapping = files.mapping();
		Path output = files.newFile();
		Catalog embedded = EmbeddedCatalog.load();
		Catalog target = mapping.toEdition().equals(embedded.getEdition()) ? embedded : null;
		try {
			prepared = PreparedMigration.of(files.engagementFile(), mapping, target, Locale.getDefault());
		} catch (EditionMappingException | EngagementFileException e) {
			report.failed(e.getMessage());
			return;
		}
		report.show(prepared.report(), output.toString(), Files.exists(output),
				target == null ? mapping.toEdition() : null);
	}

	@Override
	public boolean performFinish() {
		Path output = files.newFile();
		Path source = files.engagementFile();
		EngagementEditor open = editorOf(output);
		if (open != null && open.isDirty()) {
			report.setErrorMessage(NLS.bind(MigrateMessages.openInEditor, output.getFileName()));
			return false;
		}
		boolean replace = Files.exists(output);
		if (replace && !replaceAgreed(output, source)) {
			return false;
		}
		if (open != null) {
			page.closeEditor(open, false); // saved: it reopens below with the migrated content
		}
		try {
			prepared.write(output, replace, AuditorIdentity.who(), Instant.now(), Locale.getDefault());
		} catch (IOException e) {
			preview(); // the written attempt used the prepared engagement up
			report.setErrorMessage(NLS.bind(MigrateMessages.failed, e.getMessage()));
			return false;
		}
		created = output;
		if (page != null) {
			EngagementEditors.open(page, output);
		}
		return true;
	}

	/** はい/いいえ with いいえ as the default: Enter alone never replaces a file. */
	private boolean replaceAgreed(Path output, Path source) {
		String question = NLS.bind(
				output.equals(source) ? MigrateMessages.overwriteOriginalQuestion : MigrateMessages.overwriteQuestion,
				output);
		MessageDialog dialog = new MessageDialog(getShell(), MigrateMessages.overwriteTitle, null, question,
				MessageDialog.QUESTION, 1, IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL);
		return dialog.open() == 0;
	}

	private EngagementEditor editorOf(Path file) {
		if (page == null || file == null) {
			return null;
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			if (part instanceof EngagementEditor editor && file.equals(editor.file())) {
				return editor;
			}
		}
		return null;
	}

	public MigrateFilesPage filesPage() {
		return files;
	}

	public MigrateReportPage reportPage() {
		return report;
	}

	/** The file written by the last finish. */
	public Path created() {
		return created;
	}
}

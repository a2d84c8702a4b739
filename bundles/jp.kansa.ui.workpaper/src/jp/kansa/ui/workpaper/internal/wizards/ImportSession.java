/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.importer.xlsx.ApplyPolicy;
import jp.kansa.importer.xlsx.ImportPreview;
import jp.kansa.importer.xlsx.WorkpaperImporter;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.i18n.Messages;

/**
 * The import without widgets: read a workbook into a preview in a job, then apply the preview as
 * one command on the editor's command stack. The wizard drives it; tests drive it directly.
 */
public final class ImportSession {

	private final ActiveEngagement active;
	private ImportPreview preview;

	public ImportSession(ActiveEngagement active) {
		this.active = active;
	}

	public ActiveEngagement active() {
		return active;
	}

	/** The preview of the last successful {@link #read}, or {@code null}. */
	public ImportPreview preview() {
		return preview;
	}

	/**
	 * Reads the workbook in a job and waits for it while {@code monitor} is not canceled. The
	 * importer takes no monitor, so cancel cannot stop the read itself: it abandons its result,
	 * which changes nothing because a preview never touches the engagement.
	 *
	 * @throws WorkpaperRefusedException if the file is refused; the previous preview is dropped
	 * @throws InterruptedException      if the user canceled
	 */
	public ImportPreview read(Path workbook, IProgressMonitor monitor)
			throws WorkpaperRefusedException, InterruptedException {
		preview = null;
		ReadJob job = new ReadJob(workbook);
		monitor.beginTask(NLS.bind(Messages.ImportSession_reading, workbook.getFileName()), IProgressMonitor.UNKNOWN);
		try {
			job.schedule();
			job.join(0, monitor);
		} catch (OperationCanceledException e) {
			job.cancel();
			throw new InterruptedException(e.getMessage());
		} finally {
			monitor.done();
		}
		if (job.refused != null) {
			throw job.refused;
		}
		if (job.failure != null) {
			throw new IllegalStateException(job.failure.getMessage(), job.failure);
		}
		preview = job.result;
		return preview;
	}

	/** Whether Finish may apply the preview with this policy (the importer's rule). */
	public boolean canApply(ApplyPolicy policy) {
		return preview != null && preview.canApply(policy);
	}

	/**
	 * Executes the preview on the editor's command stack as one command, so one undo takes the
	 * whole import back and the editor becomes dirty like after any edit.
	 *
	 * @throws IllegalStateException if the engagement changed since the read: read again
	 */
	public Command apply(ApplyPolicy policy) {
		return preview.apply(active.domain(), policy);
	}

	/** The read itself, a job of its own so that it shows in the Progress view like the export. */
	private final class ReadJob extends Job {

		private final Path workbook;
		private ImportPreview result;
		private WorkpaperRefusedException refused;
		private RuntimeException failure;

		ReadJob(Path workbook) {
			super(NLS.bind(Messages.ImportSession_reading, workbook.getFileName()));
			this.workbook = workbook;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				result = WorkpaperImporter.create().preview(workbook, active.engagement(), EmbeddedCatalog.load());
			} catch (WorkpaperRefusedException e) {
				refused = e;
			} catch (RuntimeException e) {
				failure = e;
			}
			return Status.OK_STATUS;
		}
	}
}

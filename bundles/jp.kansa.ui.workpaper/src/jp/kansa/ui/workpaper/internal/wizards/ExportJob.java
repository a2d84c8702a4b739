/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.export.xlsx.ExportCanceledException;
import jp.kansa.export.xlsx.ExportException;
import jp.kansa.export.xlsx.ExportMonitor;
import jp.kansa.export.xlsx.ExportOptions;
import jp.kansa.export.xlsx.WorkpaperExporter;
import jp.kansa.model.Engagement;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.i18n.Messages;

/**
 * Writes the workpaper of an engagement in the background, with progress in rows and cancel.
 * The target file is replaced only when the whole workbook is written (the exporter's promise),
 * so a canceled or failed job leaves nothing new on disk.
 */
public final class ExportJob extends Job {

	private static final String PLUGIN_ID = "jp.kansa.ui.workpaper"; //$NON-NLS-1$

	private final Engagement snapshot;
	private final Path folder;
	private final Path target;
	private final ExportOptions options;

	/**
	 * Call on the UI thread: the engagement is copied here, because the auditor keeps editing
	 * while the job runs and an EMF model must not be read on one thread while written on another.
	 */
	public ExportJob(ActiveEngagement active, Path target, Locale locale) {
		super(NLS.bind(Messages.ExportJob_name, target.getFileName()));
		this.snapshot = snapshot(active.engagement());
		this.folder = active.folder();
		this.target = target;
		this.options = ExportOptions.defaults().withLocale(locale).withTitle(active.engagement().getName());
		setUser(true);
		// the wizard's listener tells the outcome in a dialog of its own; no second error prompt
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	private static Engagement snapshot(Engagement engagement) {
		Engagement copy = EcoreUtil.copy(engagement);
		// same URI as the original, so anything resolved relative to the resource still resolves
		Resource original = engagement.eResource();
		Resource resource = new ResourceImpl(original == null ? null : original.getURI());
		resource.getContents().add(copy);
		return copy;
	}

	public Path target() {
		return target;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			WorkpaperExporter.create().export(snapshot, EmbeddedCatalog.load(), folder, target, options,
					new ProgressAdapter(monitor, getName()));
			return Status.OK_STATUS;
		} catch (ExportCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (ExportException e) {
			return new Status(IStatus.ERROR, PLUGIN_ID, e.getMessage(), e);
		} catch (RuntimeException e) {
			return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(Messages.ExportJob_unexpected, e), e);
		} finally {
			monitor.done();
		}
	}

	/** The exporter counts rows; the progress dialog and the Progress view count work units. */
	private record ProgressAdapter(IProgressMonitor monitor, String task) implements ExportMonitor {

		@Override
		public void begin(int totalRows) {
			monitor.beginTask(task, Math.max(totalRows, 1));
		}

		@Override
		public void worked(int rows) {
			monitor.worked(rows);
		}

		@Override
		public boolean isCanceled() {
			return monitor.isCanceled();
		}
	}
}

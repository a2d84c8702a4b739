/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.wizards;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
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
import jp.kansa.model.Catalog;
import jp.kansa.model.Engagement;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.i18n.Messages;

/**
 * Writes the workpaper of an engagement off the UI thread — as a job, or in the export wizard's
 * progress area ({@link #export}) — with its steps named, progress in rows and cancel.
 * The target file is replaced only when the whole workbook is written (the exporter's promise),
 * so a canceled or failed job leaves nothing new on disk.
 */
public final class ExportJob extends Job {

	private static final String PLUGIN_ID = "jp.kansa.ui.workpaper"; //$NON-NLS-1$

	/** Work units of the steps: the rows are most of an export, the first sheets and the save the rest. */
	private static final int PREPARE = 5;
	private static final int SUMMARY = 15;
	private static final int ROWS = 70;
	private static final int SAVE = 10;
	private static final int TOTAL = PREPARE + SUMMARY + ROWS + SAVE;

	private final Engagement snapshot;
	private final Path folder;
	private final Path target;
	private final ExportOptions options;

	/**
	 * Call on the UI thread: the engagement is copied here, because the auditor keeps editing
	 * while the job runs and an EMF model must not be read on one thread while written on another.
	 */
	public ExportJob(ActiveEngagement active, Path target, Locale locale) {
		this(active, target, locale, null);
	}

	/**
	 * With a 比較 sheet of the differences from {@code before} (another engagement, loaded by the
	 * caller and not shared with an editor), or none when it is null.
	 */
	public ExportJob(ActiveEngagement active, Path target, Locale locale, Engagement before) {
		super(NLS.bind(Messages.ExportJob_name, target.getFileName()));
		this.snapshot = snapshot(active.engagement());
		this.folder = active.folder();
		this.target = target;
		this.options = ExportOptions.defaults().withLocale(locale).withTitle(active.engagement().getName())
				.withComparison(before);
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
		return export(monitor);
	}

	/**
	 * Writes the workpaper on the calling thread (a job's, or the export wizard's progress
	 * context), telling {@code monitor} each step by name — preparing, cover and summary, the rows
	 * of the sheets counted, saving — so that the auditor sees where the seconds go. Cancel is
	 * polled between rows; a canceled export leaves no file.
	 */
	public IStatus export(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), TOTAL);
		try {
			progress.subTask(Messages.ExportJob_stepPrepare);
			Catalog catalog = EmbeddedCatalog.load();
			progress.worked(PREPARE);
			progress.subTask(Messages.ExportJob_stepSummary);
			WorkpaperExporter.create().export(snapshot, catalog, folder, target, options, new Steps(progress));
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

	/**
	 * The exporter counts rows; this names the steps around them. The exporter calls
	 * {@link #begin} once the cover and summary are built, {@link #worked} as rows go out, and
	 * returns after saving.
	 */
	private static final class Steps implements ExportMonitor {

		private final SubMonitor progress;
		private SubMonitor rows;
		private int total;
		private int done;

		Steps(SubMonitor progress) {
			this.progress = progress;
		}

		@Override
		public void begin(int totalRows) {
			progress.worked(SUMMARY);
			total = Math.max(totalRows, 1);
			rows = progress.newChild(ROWS).setWorkRemaining(total);
			report();
		}

		@Override
		public void worked(int count) {
			done += count;
			rows.worked(count);
			report();
		}

		private void report() {
			if (done >= total) {
				progress.subTask(Messages.ExportJob_stepSave);
			} else {
				progress.subTask(NLS.bind(Messages.ExportJob_stepRows, String.format("%,d", done), //$NON-NLS-1$
						String.format("%,d", total))); //$NON-NLS-1$
			}
		}

		@Override
		public boolean isCanceled() {
			return progress.isCanceled();
		}
	}
}

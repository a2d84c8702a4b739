/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.ui.progress.UIJob;

import jp.kansa.model.Engagement;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Re-validates an engagement after edits, debounced: a burst of edits (typing, undo held down)
 * causes one run, {@value #DELAY_MS} ms after the last.
 * <p>
 * The run is a UIJob, i.e. on the UI thread, reading the live model: the model is only ever
 * changed on the UI thread, so a run there can never see a half-applied command, and no copy
 * of a 10,800-check engagement has to be made. It is cheap enough: measured 10-20 ms for the
 * sample and about 100 ms for 200 contracts × 54 check points (see the editor benchmark), and
 * it only runs once the user has paused.
 */
public final class ValidationService {

	public static final int DELAY_MS = 300;

	private final Engagement engagement;
	private final java.util.List<String> checkPointIds;
	private final ListenerList<Consumer<ValidationResults>> listeners = new ListenerList<>();
	private final UIJob job;
	private ValidationResults results = ValidationResults.EMPTY;
	private boolean disposed;

	public ValidationService(Engagement engagement) {
		this.engagement = engagement;
		this.checkPointIds = CatalogRows.checkPointIds();
		this.job = new UIJob(Messages.Validation_jobName) {
			@Override
			public IStatus runInUIThread(IProgressMonitor monitor) {
				if (!disposed && !monitor.isCanceled()) {
					validateNow();
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
	}

	/** Validates {@value #DELAY_MS} ms from now unless another change comes first. */
	public void schedule() {
		job.cancel();
		job.schedule(DELAY_MS);
	}

	/** Whether a run is waiting for its delay or running. */
	public boolean isPending() {
		return job.getState() != org.eclipse.core.runtime.jobs.Job.NONE;
	}

	public ValidationResults validateNow() {
		long start = System.nanoTime();
		Map<Object, Object> context = new HashMap<>();
		context.put(EngagementValidator.CATALOG, CatalogRows.catalog());
		context.put(EngagementValidator.LOCALE, uiLocale());
		Diagnostic result = EngagementValidation.validate(engagement, context);
		long millis = (System.nanoTime() - start) / 1_000_000;
		results = new ValidationResults(ValidationResults.leaves(result), checkPointIds, millis);
		for (Consumer<ValidationResults> listener : listeners) {
			listener.accept(results);
		}
		return results;
	}

	public ValidationResults results() {
		return results;
	}

	public void addListener(Consumer<ValidationResults> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ValidationResults> listener) {
		listeners.remove(listener);
	}

	public void dispose() {
		disposed = true;
		job.cancel();
		listeners.clear();
	}

	/** The language the UI runs in (-nl ja), which is what the rule messages must be in. */
	static Locale uiLocale() {
		String nl = Platform.getNL();
		return nl == null ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
	}
}

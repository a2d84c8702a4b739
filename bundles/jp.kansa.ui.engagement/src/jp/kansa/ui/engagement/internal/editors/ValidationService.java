/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.widgets.Display;

import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.engagement.EvidenceCheck;
import jp.kansa.model.engagement.EvidenceChecker;
import jp.kansa.model.engagement.EvidenceFiles;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Re-validates an engagement after edits, debounced: a burst of edits (typing, undo held down)
 * causes one run, {@value #DELAY_MS} ms after the last.
 * <p>
 * The work is split by what it touches. Evidence files (hashing a 1 GB scan, a share that
 * hangs) are checked in a background job, cancellable ({@link #cancel()}, the 検証結果 view's stop
 * button), from a snapshot of paths and recorded hashes taken on the UI thread. The rules then run
 * on the UI thread, reading the live model (which only ever changes there, so a run never sees a
 * half-applied command) and no file at all: measured 10-20 ms for the sample and about 100 ms for
 * 200 contracts × 54 check points. A check made for a path or hash that has been edited since is
 * not applied ({@link EvidenceCheck#isFor}); the edit has scheduled a new run.
 */
public final class ValidationService {

	public static final int DELAY_MS = 300;

	/** What the background job needs of one evidence file, copied on the UI thread. */
	private record Input(Evidence evidence, String path, String sha256) {
	}

	private record Snapshot(Path folder, List<Input> inputs) {
	}

	private final Engagement engagement;
	private final List<String> checkPointIds;
	private final ListenerList<Consumer<ValidationResults>> listeners = new ListenerList<>();
	private final ListenerList<Runnable> stateListeners = new ListenerList<>();
	private final EvidenceChecker checker;
	private final Display display;
	private final Job job;
	/** Replaced on the UI thread only. */
	private Map<Evidence, EvidenceCheck> evidenceChecks = Map.of();
	private ValidationResults results = ValidationResults.EMPTY;
	private volatile boolean publishing;
	private volatile boolean disposed;

	public ValidationService(Engagement engagement) {
		this(engagement, new EvidenceChecker());
	}

	/** @param checker shared with the 評価 page, whose evidence column reuses the hashes computed here */
	public ValidationService(Engagement engagement, EvidenceChecker checker) {
		this.engagement = engagement;
		this.checker = checker;
		this.checkPointIds = CatalogRows.checkPointIds();
		this.display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		this.job = new Job(Messages.Validation_jobName) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return checkEvidence(monitor);
			}
		};
		job.setSystem(true);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				fireStateChanged();
			}

			@Override
			public void done(IJobChangeEvent event) {
				fireStateChanged();
			}
		});
	}

	/** Validates {@value #DELAY_MS} ms from now unless another change comes first. */
	public void schedule() {
		job.cancel();
		job.schedule(DELAY_MS);
	}

	/** Whether a run is waiting for its delay, checking evidence files, or about to show its results. */
	public boolean isPending() {
		return job.getState() != Job.NONE || publishing;
	}

	/** Whether evidence files are being read right now (the view offers to stop it). */
	public boolean isCheckingEvidence() {
		return job.getState() == Job.RUNNING;
	}

	/** Stops checking evidence files; the rules that read no file keep their last results. */
	public void cancel() {
		job.cancel();
	}

	/**
	 * Runs the rules now, on the calling (UI) thread, with the evidence checks made so far; when
	 * evidence has no current check, the background job is started to make it.
	 */
	public ValidationResults validateNow() {
		long start = System.nanoTime();
		Map<Evidence, EvidenceCheck> checks = evidenceChecks;
		Map<Object, Object> context = new HashMap<>();
		context.put(EngagementValidator.CATALOG, CatalogRows.catalog());
		context.put(EngagementValidator.LOCALE, uiLocale());
		context.put(EngagementValidator.EVIDENCE_CHECKS, (Function<Evidence, EvidenceCheck>) checks::get);
		Diagnostic result = EngagementValidation.validate(engagement, context);
		long millis = (System.nanoTime() - start) / 1_000_000;
		results = new ValidationResults(ValidationResults.leaves(result), checkPointIds, millis);
		for (Consumer<ValidationResults> listener : listeners) {
			listener.accept(results);
		}
		if (!disposed && job.getState() == Job.NONE && needsEvidenceCheck(checks)) {
			job.schedule();
		}
		return results;
	}

	private boolean needsEvidenceCheck(Map<Evidence, EvidenceCheck> checks) {
		if (EvidenceFiles.folderOf(engagement).isEmpty()) {
			return false;
		}
		for (Evidence evidence : engagement.getEvidence()) {
			EvidenceCheck check = checks.get(evidence);
			if (evidence.getKind() == EvidenceKind.FILE && (check == null || !check.isFor(evidence))) {
				return true;
			}
		}
		return false;
	}

	/** The background part: reads evidence files, then hands the rules run back to the UI thread. */
	private IStatus checkEvidence(IProgressMonitor monitor) {
		Snapshot snapshot = snapshotOnUiThread();
		if (snapshot == null) {
			return Status.OK_STATUS;
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Validation_jobName, snapshot.inputs().size());
		Map<Evidence, EvidenceCheck> checks = new HashMap<>();
		try {
			for (Input input : snapshot.inputs()) {
				checks.put(input.evidence(), checker.check(snapshot.folder(), input.path(), input.sha256(), progress.split(1)));
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		if (monitor.isCanceled() || disposed) {
			return Status.CANCEL_STATUS;
		}
		publishing = true;
		display.asyncExec(() -> {
			publishing = false;
			if (!disposed) {
				evidenceChecks = checks;
				validateNow();
			}
		});
		return Status.OK_STATUS;
	}

	private Snapshot snapshotOnUiThread() {
		Snapshot[] snapshot = new Snapshot[1];
		if (display.isDisposed()) {
			return null;
		}
		display.syncExec(() -> {
			if (disposed) {
				return;
			}
			Path folder = EvidenceFiles.folderOf(engagement).orElse(null);
			List<Input> inputs = new ArrayList<>();
			if (folder != null) {
				for (Evidence evidence : engagement.getEvidence()) {
					if (evidence.getKind() == EvidenceKind.FILE) {
						inputs.add(new Input(evidence, evidence.getPath(), evidence.getSha256()));
					}
				}
			}
			snapshot[0] = new Snapshot(folder, inputs);
		});
		return snapshot[0];
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

	/** Told on the UI thread when checking evidence files starts or ends. */
	public void addStateListener(Runnable listener) {
		stateListeners.add(listener);
	}

	public void removeStateListener(Runnable listener) {
		stateListeners.remove(listener);
	}

	private void fireStateChanged() {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				for (Runnable listener : stateListeners) {
					listener.run();
				}
			});
		}
	}

	public void dispose() {
		disposed = true;
		job.cancel();
		listeners.clear();
		stateListeners.clear();
	}

	/** The language the UI runs in (-nl ja), which is what the rule messages must be in. */
	static Locale uiLocale() {
		String nl = Platform.getNL();
		return nl == null ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
	}
}

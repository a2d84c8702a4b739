/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.widgets.Display;

import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.LogVerdict;
import jp.kansa.model.engagement.EvidenceCheck;
import jp.kansa.model.engagement.EvidenceChecker;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Re-validates an engagement after edits, debounced and off the UI thread: a burst of edits
 * (typing, undo held down) causes one run, {@value #DELAY_MS} ms after the last, and the UI
 * thread never runs the rules (about 100-400 ms for 200 contracts × 54 check points).
 * <p>
 * A run works on a worker: it copies the model ({@link ValidationSnapshot}) under the editor's
 * model lock, which every command holds for writing (LockingCommandStack), then runs the rules on
 * the copy with the evidence checks known
 * so far (those results are shown at once), then, if some evidence file has no current check,
 * reads those files (hashing a 1 GB scan, a share that hangs: cancellable by {@link #cancel()},
 * the 検証結果 view's stop button) and runs the rules again. Results are translated back to the
 * live objects and handed to the listeners on the UI thread — unless an edit came after the
 * snapshot: every edit bumps a generation number, and a run's results are dropped when their
 * generation is no longer the current one, so a stale run never overwrites a newer one (the edit
 * has scheduled that newer run).
 */
public final class ValidationService {

	public static final int DELAY_MS = 300;

	/** How the last run went, for the benchmark: what it cost the UI thread and what ran elsewhere. */
	public record RunStats(long snapshotMillis, long rulesMillis, long publishMillis, String rulesThread) {
	}

	private final Engagement engagement;
	private final List<String> checkPointIds;
	private final ListenerList<Consumer<ValidationResults>> listeners = new ListenerList<>();
	private final ListenerList<Runnable> stateListeners = new ListenerList<>();
	private final EvidenceChecker checker;
	private final Display display;
	private final Job job;
	/** Bumped on the UI thread by every edit (under the model's write lock): results of an older snapshot are stale. */
	private volatile long generation;
	/** Held for reading while the worker copies the model; commands hold it for writing. */
	private final ReadWriteLock modelLock;
	/** The change log's verdict as the live engagement keeps it, read on the UI thread at every schedule. */
	private volatile LogVerdict verdict;
	/** Replaced on the UI thread only (read by the worker through the snapshot's run). */
	private volatile Map<Evidence, EvidenceCheck> evidenceChecks = Map.of();
	private ValidationResults results = ValidationResults.EMPTY;
	private final AtomicInteger publishing = new AtomicInteger();
	private volatile boolean readingEvidence;
	private volatile boolean disposed;
	private volatile RunStats lastRun;
	/** Total time the UI thread spent for validation (handing results over), for the benchmark. */
	private long uiThreadNanos;
	/** Runs on the worker after the rules, before their results are handed over; tests hold a run there to overtake it with an edit. */
	private volatile Runnable afterRules = () -> {
		// nothing by default
	};

	/**
	 * @param checker   shared with the 評価 page, whose evidence column reuses the hashes computed here
	 * @param modelLock the editor's: held for writing by every change of the model (see
	 *                  LockingCommandStack), for reading here while the model is copied
	 */
	public ValidationService(Engagement engagement, EvidenceChecker checker, ReadWriteLock modelLock) {
		this.engagement = engagement;
		this.checker = checker;
		this.modelLock = modelLock;
		this.verdict = ChangeLogVerifier.verdictOf(engagement);
		this.checkPointIds = CatalogRows.checkPointIds();
		this.display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		this.job = new Job(Messages.Validation_jobName) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return validate(monitor);
			}
		};
		job.setSystem(true);
	}

	/** An edit was made: validates {@value #DELAY_MS} ms from now unless another edit comes first. */
	public void schedule() {
		generation++;
		verdict = ChangeLogVerifier.verdictOf(engagement);
		job.cancel();
		job.schedule(DELAY_MS);
	}

	/** Validates as soon as possible (the editor has just opened), off the UI thread. */
	public void start() {
		job.schedule();
	}

	/** Whether a run is waiting for its delay, running, or about to show its results. */
	public boolean isPending() {
		return job.getState() != Job.NONE || publishing.get() > 0;
	}

	/** Whether evidence files are being read right now (the view offers to stop it). */
	public boolean isCheckingEvidence() {
		return readingEvidence;
	}

	/** Stops checking evidence files; the results of the rules that read no file stay. */
	public void cancel() {
		job.cancel();
	}

	/**
	 * Runs the rules now on the calling thread and shows their results; for tests that compare
	 * with the background run. The editor itself never calls this.
	 */
	public ValidationResults validateNow() {
		ValidationSnapshot snapshot = ValidationSnapshot.take(engagement, generation, ChangeLogVerifier.verdictOf(engagement));
		ValidationResults now = rules(snapshot, evidenceChecks);
		publish(snapshot, now, null);
		return now;
	}

	/** The worker: snapshot, rules, evidence files if needed, rules again; only the results go to the UI thread. */
	private IStatus validate(IProgressMonitor monitor) {
		ValidationSnapshot snapshot = snapshot();
		if (snapshot == null || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Map<Evidence, EvidenceCheck> known = evidenceChecks;
		ValidationResults found = rules(snapshot, known);
		afterRules.run();
		post(snapshot, found, null); // even if cancelled meanwhile: publish() drops what is stale
		List<ValidationSnapshot.EvidenceInput> unchecked = snapshot.evidence().stream()
				.filter(input -> !isCurrent(known.get(input.live()), input)).toList();
		if (unchecked.isEmpty()) {
			return Status.OK_STATUS;
		}
		Map<Evidence, EvidenceCheck> checks = new HashMap<>(known);
		setReadingEvidence(true);
		try {
			SubMonitor progress = SubMonitor.convert(monitor, Messages.Validation_jobName, unchecked.size());
			for (ValidationSnapshot.EvidenceInput input : unchecked) {
				checks.put(input.live(), checker.check(snapshot.folder(), input.path(), input.sha256(), progress.split(1)));
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} finally {
			setReadingEvidence(false);
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		found = rules(snapshot, checks);
		afterRules.run();
		post(snapshot, found, checks);
		return Status.OK_STATUS;
	}

	private static boolean isCurrent(EvidenceCheck check, ValidationSnapshot.EvidenceInput input) {
		return check != null && java.util.Objects.equals(check.path(), input.path())
				&& java.util.Objects.equals(check.recordedSha256(), input.sha256());
	}

	private ValidationResults rules(ValidationSnapshot snapshot, Map<Evidence, EvidenceCheck> checks) {
		long start = System.nanoTime();
		Map<Object, Object> context = new HashMap<>();
		context.put(EngagementValidator.CATALOG, CatalogRows.catalog());
		context.put(EngagementValidator.LOCALE, uiLocale());
		context.put(EngagementValidator.EVIDENCE_CHECKS, snapshot.evidenceChecks(checks));
		if (snapshot.folder() != null) {
			context.put(EngagementValidator.ENGAGEMENT_FOLDER, snapshot.folder());
		}
		Diagnostic result = EngagementValidation.validate(snapshot.copy(), context);
		List<Diagnostic> problems = ValidationResults.leaves(result).stream().map(snapshot::toLive).toList();
		long millis = (System.nanoTime() - start) / 1_000_000;
		lastRun = new RunStats(snapshot.copyNanos() / 1_000_000, millis, 0, Thread.currentThread().getName());
		return new ValidationResults(problems, checkPointIds, millis, snapshot::cellOf);
	}

	/**
	 * Copies the model here, on the worker, while no command can change it. The UI thread is not
	 * involved: a copy of 200 contracts took 40-70 ms of its time per run when it was made there.
	 */
	private ValidationSnapshot snapshot() {
		if (disposed) {
			return null;
		}
		modelLock.readLock().lock();
		try {
			return ValidationSnapshot.take(engagement, generation, verdict);
		} catch (RuntimeException e) {
			// a change made outside the command stack while copying: that run is lost, the next edit makes another
			return null;
		} finally {
			modelLock.readLock().unlock();
		}
	}

	/** Hands the results to the UI thread; they are shown only if no edit came after the snapshot. */
	private void post(ValidationSnapshot snapshot, ValidationResults found, Map<Evidence, EvidenceCheck> checks) {
		if (disposed || display.isDisposed()) {
			return;
		}
		publishing.incrementAndGet();
		display.asyncExec(() -> {
			try {
				publish(snapshot, found, checks);
			} finally {
				publishing.decrementAndGet();
			}
		});
	}

	private void publish(ValidationSnapshot snapshot, ValidationResults found, Map<Evidence, EvidenceCheck> checks) {
		if (disposed || snapshot.generation() != generation) {
			return; // stale: an edit came after the snapshot, and its own run follows
		}
		long start = System.nanoTime();
		if (checks != null) {
			evidenceChecks = Map.copyOf(checks);
		}
		results = found;
		for (Consumer<ValidationResults> listener : listeners) {
			listener.accept(results);
		}
		long nanos = System.nanoTime() - start;
		uiThreadNanos += nanos;
		RunStats run = lastRun;
		if (run != null) {
			lastRun = new RunStats(run.snapshotMillis(), run.rulesMillis(), nanos / 1_000_000, run.rulesThread());
		}
	}

	private void setReadingEvidence(boolean reading) {
		readingEvidence = reading;
		fireStateChanged();
	}

	/** How the last run went. */
	public RunStats lastRun() {
		return lastRun;
	}

	/** Milliseconds the UI thread has spent for validation since the editor opened (handing results over to the pages and views). */
	public long uiThreadMillis() {
		return uiThreadNanos / 1_000_000;
	}

	/** For tests: runs on the worker thread after the rules of every run, before the results are handed over. */
	public void setAfterRules(Runnable hook) {
		afterRules = hook == null ? () -> {
			// nothing
		} : hook;
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

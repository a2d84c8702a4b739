/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.engagement.EvidenceCheck;
import jp.kansa.model.engagement.EvidenceChecker;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Whether an evidence file is still the one examined, as the 評価 page shows it. The files are
 * read by a background job (a scan of hundreds of MB takes seconds, a share may hang): until
 * its result is in, a row says 確認中…, and the page is told to redraw when it arrives. The UI
 * thread never reads a file here. {@link #restart()} (another check selected) and
 * {@link #dispose()} (page closed) stop the reading; results of a stopped run are dropped.
 * <p>
 * All methods but the job's own run on the UI thread.
 */
final class EvidenceStatus {

	/** What the job needs of one evidence file, copied on the UI thread; generation tells a stopped run. */
	private record Request(Evidence evidence, Path folder, String path, String sha256, int generation) {
	}

	private final EvidenceChecker checker;
	private final Consumer<Evidence> changed;
	private final Display display;
	private final Job job;
	private final ConcurrentLinkedQueue<Request> queue = new ConcurrentLinkedQueue<>();
	private final Map<Evidence, EvidenceCheck> known = new HashMap<>();
	private final Set<Evidence> requested = new HashSet<>();
	private volatile int generation;
	private volatile boolean disposed;

	/**
	 * @param checker the editor's, shared with its validation so that each file is hashed once
	 * @param changed told on the UI thread of each evidence whose state became known: redraw its row
	 */
	EvidenceStatus(EvidenceChecker checker, Consumer<Evidence> changed) {
		this.checker = checker;
		this.changed = changed;
		this.display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		this.job = new Job(Messages.Evidence_checkJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return checkQueued(monitor);
			}
		};
		job.setSystem(true);
	}

	/** The state to show now: known, or 確認中… while the job reads the file. */
	String of(Path folder, Evidence evidence) {
		if (evidence.getKind() != EvidenceKind.FILE) {
			return Messages.Evidence_notAFile;
		}
		if (folder == null) {
			return Messages.Evidence_missing;
		}
		EvidenceCheck check = known.get(evidence);
		if (check != null && check.isFor(evidence)) {
			return text(check);
		}
		if (requested.add(evidence) && !disposed) {
			queue.add(new Request(evidence, folder, evidence.getPath(), evidence.getSha256(), generation));
			job.schedule();
		}
		return Messages.Evidence_checking;
	}

	/** Whether files are being read (or about to be) for rows shown. */
	boolean isChecking() {
		return !requested.isEmpty();
	}

	/**
	 * Stops reading and forgets what was found: another check is shown, whose rows are asked for
	 * afresh (a file unchanged since is not read again: the checker remembers its hash by size and
	 * modification time).
	 */
	void restart() {
		generation++;
		queue.clear();
		requested.clear();
		known.clear();
		job.cancel();
	}

	void dispose() {
		disposed = true;
		restart();
	}

	private IStatus checkQueued(IProgressMonitor monitor) {
		for (Request request; (request = queue.poll()) != null;) {
			if (monitor.isCanceled() || disposed) {
				return Status.CANCEL_STATUS;
			}
			if (request.generation() != generation) {
				continue;
			}
			EvidenceCheck check;
			try {
				check = checker.check(request.folder(), request.path(), request.sha256(), monitor);
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			Request done = request;
			if (!display.isDisposed()) {
				display.asyncExec(() -> apply(done, check));
			}
		}
		return Status.OK_STATUS;
	}

	private void apply(Request request, EvidenceCheck check) {
		if (disposed || request.generation() != generation) {
			return;
		}
		known.put(request.evidence(), check);
		requested.remove(request.evidence());
		changed.accept(request.evidence());
	}

	private static String text(EvidenceCheck check) {
		return switch (check.state()) {
		case MATCHES -> Messages.Evidence_matches;
		case CHANGED -> Messages.Evidence_changed;
		case NOT_RECORDED -> Messages.Evidence_notRecorded;
		case MISSING -> Messages.Evidence_missing;
		case OUTSIDE -> Messages.Evidence_outside;
		case NOT_REGULAR -> Messages.Evidence_notRegular;
		case UNCHECKED -> check.detail() == null ? Messages.Evidence_unreadable
				: Messages.Evidence_unreadable + " " + check.detail(); //$NON-NLS-1$
		};
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.log;

import java.time.Instant;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.ChangeKind;
import jp.kansa.model.ChangeLog;
import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.Engagement;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.changelog.LoggedValues;
import jp.kansa.model.changelog.LogVerdict;
import jp.kansa.model.changelog.LogVerdict.FieldChange;
import jp.kansa.model.changelog.LogVerdict.UnloggedChange;
import jp.kansa.model.changelog.StateFingerprint;
import jp.kansa.model.compare.Difference;
import jp.kansa.model.compare.DifferenceKind;
import jp.kansa.model.compare.EngagementComparison;
import jp.kansa.model.compare.internal.ElementIndex;

/**
 * Writes what changed since the last save into the engagement's 変更履歴, just before it is
 * saved. What changed is what the compare core says changed between the state last saved and the
 * state about to be saved: one definition of "changed" for 比較, merge and the log, and every way
 * of changing a model (editor commands, import, merge, undo and redo) is covered without hooking
 * each of them — an edit undone before saving leaves no entry.
 * <p>
 * The differences are appended in the compare core's order (the document order of the new
 * version, then removals), and the last entry is sealed with the fingerprint of the content.
 */
public final class ChangeRecorder {

	private ChangeRecorder() {
	}

	/**
	 * The state to compare the next save with: a copy of the content, without the log (which can
	 * be long and is never compared).
	 */
	public static Engagement baseline(Engagement engagement) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier() {
			private static final long serialVersionUID = 1L;

			@Override
			protected void copyContainment(EReference reference, EObject object, EObject copyEObject) {
				if (!ElementIndex.notCompared(reference)) {
					super.copyContainment(reference, object, copyEObject);
				}
			}
		};
		Engagement copy = (Engagement) copier.copy(engagement);
		copier.copyReferences();
		return copy;
	}

	/**
	 * Appends the changes from {@code saved} to {@code current} to {@code current}'s log and seals
	 * it. A file without a log starts one ({@code started}); changes found outside the tool when
	 * the file was opened are written first ({@code outside}).
	 *
	 * @param saved the state last saved ({@link #baseline}), {@code null} for a new file
	 * @return the number of entries appended (0 when nothing changed)
	 */
	public static int record(Engagement saved, Engagement current, String who, Instant when) {
		LogVerdict verdict = ChangeLogVerifier.verdictOf(current);
		StateFingerprint state = StateFingerprint.of(current);
		ChangeLog existing = current.getChangeLog();
		boolean starting = existing == null || ChangeLogs.size(existing) == 0;
		if (!starting && verdict.problem() != LogVerdict.Problem.UNLOGGED_CHANGE
				&& state.hash().equals(lastState(existing))) {
			return 0;
		}
		ChangeLog log = ChangeLogs.logOf(current);
		// sizes, not the list: a long log read from a file stays text while it is appended to
		int before = ChangeLogs.size(log);
		if (starting) {
			ChangeLogs.append(log, ChangeKind.STARTED, who, when, current.getId(), current.getName(), null, null,
					null);
		}
		if (verdict.problem() == LogVerdict.Problem.UNLOGGED_CHANGE) {
			appendOutside(log, verdict, who, when);
		}
		if (saved != null) {
			appendDifferences(log, saved, current, who, when);
		}
		if (ChangeLogs.size(log) == before) {
			// only what the log leaves out changed (a tool stamp): still a new state, so say so
			ChangeLogs.append(log, ChangeKind.CHANGED, who, when, current.getId(), current.getName(), null, null,
					null);
		}
		ChangeLogs.seal(log, state);
		ChangeLogVerifier.remember(current, verdict.chainBroken() ? verdict : LogVerdict.INTACT);
		return ChangeLogs.size(log) - before;
	}

	/**
	 * The log as it is now, to be put back when the save that recorded into it fails: a retried
	 * save records the same changes again, and must not find them twice.
	 */
	public static Runnable checkpoint(Engagement engagement) {
		ChangeLog log = engagement.getChangeLog();
		int size = log == null ? 0 : ChangeLogs.size(log);
		String digests = log == null ? null : log.getElementDigests();
		LogVerdict verdict = ChangeLogVerifier.verdictOf(engagement);
		return () -> {
			if (log == null) {
				engagement.setChangeLog(null);
			} else {
				ChangeLogs.truncate(log, size);
				log.setElementDigests(digests);
			}
			ChangeLogVerifier.remember(engagement, verdict);
		};
	}

	private static String lastState(ChangeLog log) {
		ChangeLogEntry last = ChangeLogs.last(log);
		return last == null ? null : last.getState();
	}

	private static void appendOutside(ChangeLog log, LogVerdict verdict, String who, Instant when) {
		for (UnloggedChange change : verdict.unlogged()) {
			if (change.fields().isEmpty()) {
				ChangeLogs.append(log, ChangeKind.OUTSIDE, who, when, change.elementId(), change.elementId(), null,
						null, change.kind().name().toLowerCase(Locale.ROOT));
			}
			for (FieldChange field : change.fields()) {
				ChangeLogs.append(log, ChangeKind.OUTSIDE, who, when, change.elementId(), change.elementId(),
						field.feature(), field.logged(), field.actual());
			}
		}
	}

	private static void appendDifferences(ChangeLog log, Engagement saved, Engagement current, String who,
			Instant when) {
		EngagementComparison comparison = EngagementComparison.compare(saved, current, Locale.JAPANESE);
		boolean onlyStamps = comparison.differences().stream().allMatch(Difference::bookkeeping);
		for (Difference d : comparison.differences()) {
			if (d.bookkeeping() && !onlyStamps) {
				continue; // lastModified follows every change of a check: the change itself is logged
			}
			append(log, d, who, when);
		}
	}

	/** One difference as one entry: values in {@link LoggedValues} form, so the log can be replayed. */
	static void append(ChangeLog log, Difference d, String who, Instant when) {
		String elementId = d.element().id() != null ? d.element().id() : d.element().key();
		String oldValue;
		String newValue;
		if (d.kind() == DifferenceKind.CHANGED && d.feature() != null) {
			oldValue = LoggedValues.of(d.element().older(), d.feature());
			newValue = LoggedValues.of(d.element().newer(), d.feature());
		} else if (d.kind() == DifferenceKind.CHANGED) {
			oldValue = d.oldValue() == null ? null : String.valueOf(d.oldValue());
			newValue = d.newValue() == null ? null : String.valueOf(d.newValue());
		} else {
			oldValue = d.kind() == DifferenceKind.REMOVED ? d.oldText() : null;
			newValue = d.kind() == DifferenceKind.ADDED ? d.newText() : null;
		}
		ChangeLogs.append(log, kind(d.kind()), who, when, elementId, d.element().path(), d.field(), oldValue,
				newValue);
	}

	private static ChangeKind kind(DifferenceKind kind) {
		return switch (kind) {
		case ADDED -> ChangeKind.ADDED;
		case REMOVED -> ChangeKind.REMOVED;
		case CHANGED -> ChangeKind.CHANGED;
		};
	}
}

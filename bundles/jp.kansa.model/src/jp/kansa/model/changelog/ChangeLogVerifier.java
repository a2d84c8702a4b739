/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.changelog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import jp.kansa.model.ChangeKind;
import jp.kansa.model.ChangeLog;
import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.Engagement;
import jp.kansa.model.changelog.LogVerdict.FieldChange;
import jp.kansa.model.changelog.LogVerdict.Problem;
import jp.kansa.model.changelog.LogVerdict.UnloggedChange;

/**
 * Checks a 変更履歴 against itself (every hash, every link, every number) and the content against
 * the fingerprint of the last save. A file without a log is not broken: its log starts at its
 * next save.
 * <p>
 * The verdict is about the file as it was opened: {@link #verdictOf} keeps it on the engagement,
 * so edits made since (not saved yet, hence not logged yet) never read as changes made outside.
 */
public final class ChangeLogVerifier {

	private ChangeLogVerifier() {
	}

	/** The verdict kept since the engagement was opened or saved; checked now if there is none. */
	public static LogVerdict verdictOf(Engagement engagement) {
		for (Adapter adapter : engagement.eAdapters()) {
			if (adapter instanceof VerdictHolder holder) {
				return holder.verdict;
			}
		}
		LogVerdict verdict = verify(engagement);
		remember(engagement, verdict);
		return verdict;
	}

	/** Keeps a verdict on the engagement (after opening, after a save). */
	public static void remember(Engagement engagement, LogVerdict verdict) {
		engagement.eAdapters().removeIf(VerdictHolder.class::isInstance);
		engagement.eAdapters().add(new VerdictHolder(verdict));
	}

	/** Checks the log and the content now. */
	public static LogVerdict verify(Engagement engagement) {
		ChangeLog log = engagement.getChangeLog();
		if (log == null) {
			return LogVerdict.INTACT;
		}
		long sealedSequence;
		String sealedState;
		RecordScan scan = ChangeLogRecords.pendingScan(log);
		if (scan != null) {
			// still the file's text: what the scan found while reading, no entries made
			if (scan.chain().broken()) {
				return scan.chain();
			}
			// and the entries appended since, which follow the last record
			List<ChangeLogEntry> appended = ChangeLogRecords.appendedSinceRead(log);
			LogVerdict tail = verifyEntries(appended, scan.count() + 1, scan.lastHash(), null);
			if (tail.broken()) {
				return tail;
			}
			ChangeLogEntry sealed = lastSealed(appended);
			if (sealed != null) {
				sealedSequence = sealed.getSequence();
				sealedState = sealed.getState();
			} else if (scan.lastSealedState() != null) {
				sealedSequence = scan.lastSealedSequence();
				sealedState = scan.lastSealedState();
			} else {
				return new LogVerdict(Problem.ENTRY_CHANGED, ChangeLogs.last(log).getSequence(), List.of());
			}
		} else {
			if (log.getEntries().isEmpty()) {
				return LogVerdict.INTACT;
			}
			LogVerdict chain = verifyChain(log);
			if (chain.broken()) {
				return chain;
			}
			ChangeLogEntry sealed = lastSealed(log.getEntries());
			if (sealed == null) {
				return new LogVerdict(Problem.ENTRY_CHANGED, ChangeLogs.last(log).getSequence(), List.of());
			}
			sealedSequence = sealed.getSequence();
			sealedState = sealed.getState();
		}
		if (log.getElementDigests() == null || !ChangeLogs.sha256(log.getElementDigests()).equals(sealedState)) {
			return new LogVerdict(Problem.DIGESTS_CHANGED, sealedSequence, List.of());
		}
		StateFingerprint now = StateFingerprint.of(engagement);
		if (now.hash().equals(sealedState)) {
			return LogVerdict.INTACT;
		}
		return new LogVerdict(Problem.UNLOGGED_CHANGE, sealedSequence, unlogged(engagement, log, now));
	}

	/** The first entry whose number, link or hash is wrong; O(entries), one SHA-256 each. */
	static LogVerdict verifyChain(ChangeLog log) {
		// the records' hashes were checked on their text as the file was read
		return verifyEntries(log.getEntries(), 1, ChangeLogs.GENESIS, ReadCheck.of(log));
	}

	/** Entries in order from number {@code expected}, the first following {@code previous}. */
	private static LogVerdict verifyEntries(List<ChangeLogEntry> entries, long first, String previousHash,
			ReadCheck read) {
		String previous = previousHash;
		long expected = first;
		int alreadyHashed = read == null ? 0 : Math.min(read.checked, entries.size());
		int index = 0;
		for (ChangeLogEntry entry : entries) {
			if (entry.getSequence() > expected) {
				return new LogVerdict(Problem.ENTRY_MISSING, expected, List.of());
			}
			if (entry.getSequence() != expected || !previous.equals(entry.getPreviousHash())) {
				return new LogVerdict(Problem.ENTRY_OUT_OF_PLACE, entry.getSequence(), List.of());
			}
			int at = index++;
			if (at < alreadyHashed ? at == read.firstBadIndex : !ChangeLogs.hashOf(entry).equals(entry.getHash())) {
				return new LogVerdict(Problem.ENTRY_CHANGED, entry.getSequence(), List.of());
			}
			previous = entry.getHash();
			expected++;
		}
		return LogVerdict.INTACT;
	}

	private static ChangeLogEntry lastSealed(List<ChangeLogEntry> entries) {
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (entries.get(i).getState() != null) {
				return entries.get(i);
			}
		}
		return null;
	}

	private static List<UnloggedChange> unlogged(Engagement engagement, ChangeLog log, StateFingerprint now) {
		Map<String, String> logged = StateFingerprint.parse(log.getElementDigests());
		Map<String, String> actual = StateFingerprint.parse(now.table());
		Map<String, EObject> elements = StateFingerprint.elements(engagement);
		Map<String, String> lastValues = null;
		TreeSet<String> ids = new TreeSet<>(logged.keySet());
		ids.addAll(actual.keySet());
		List<UnloggedChange> changes = new ArrayList<>();
		for (String id : ids) {
			String before = logged.get(id);
			String after = actual.get(id);
			if (before == null) {
				changes.add(new UnloggedChange(id, LogVerdict.ChangeKind.ADDED, List.of()));
			} else if (after == null) {
				changes.add(new UnloggedChange(id, LogVerdict.ChangeKind.REMOVED, List.of()));
			} else if (!before.equals(after)) {
				if (lastValues == null) {
					lastValues = lastLoggedValues(log);
				}
				changes.add(new UnloggedChange(id, LogVerdict.ChangeKind.CHANGED,
						fields(elements.get(id), id, lastValues)));
			}
		}
		return changes;
	}

	/** The fields the log knows for this element whose value is not the last one it recorded. */
	private static List<FieldChange> fields(EObject element, String id, Map<String, String> lastValues) {
		List<FieldChange> fields = new ArrayList<>();
		if (element == null) {
			return fields;
		}
		EClass eClass = element.eClass();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			String key = id + '\u0000' + feature.getName();
			if (!LoggedValues.isContentField(eClass, feature) || !lastValues.containsKey(key)) {
				continue;
			}
			String recorded = lastValues.get(key);
			String value = LoggedValues.of(element, feature);
			if (recorded == null ? value != null : !recorded.equals(value)) {
				fields.add(new FieldChange(feature.getName(), recorded, value));
			}
		}
		return fields;
	}

	/** Replays the log: the last value recorded for each (element, field). */
	private static Map<String, String> lastLoggedValues(ChangeLog log) {
		Map<String, String> values = new HashMap<>();
		for (ChangeLogEntry entry : log.getEntries()) {
			if (entry.getFeature() != null
					&& (entry.getKind() == ChangeKind.CHANGED || entry.getKind() == ChangeKind.OUTSIDE)) {
				values.put(entry.getElementId() + '\u0000' + entry.getFeature(), entry.getNewValue());
			}
		}
		return values;
	}

	private static final class VerdictHolder extends AdapterImpl {
		final LogVerdict verdict;

		VerdictHolder(LogVerdict verdict) {
			this.verdict = verdict;
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import jp.kansa.model.ChangeKind;
import jp.kansa.model.ChangeLog;
import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.Engagement;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.changelog.LogVerdict;
import jp.kansa.model.changelog.LoggedValues;
import jp.kansa.model.changelog.StateFingerprint;

/**
 * The 変更履歴 of a merged engagement, in one defined order:
 * <ol>
 * <li>ours' log as it was (the merge result is ours with theirs' changes applied);</li>
 * <li>one {@code merged} entry naming ours' and theirs' last hashes;</li>
 * <li>theirs' entries made since the two logs parted (after the last entry both hold), in theirs'
 * order, with their own who and when, chained anew;</li>
 * <li>for each field that theirs' entries leave at a value the merge did not keep (a conflict
 * decided for ours), an entry by whoever merged, from theirs' value to the kept one;</li>
 * </ol>
 * then sealed with the fingerprint of the merged content. Ours' entries keep their hashes.
 */
public final class ChangeLogMerge {

	private ChangeLogMerge() {
	}

	/**
	 * Appends theirs' history to the merged engagement's log (which is ours').
	 *
	 * @return the number of entries appended
	 */
	public static int record(Engagement theirs, Engagement merged, String who, Instant when) {
		List<ChangeLogEntry> theirEntries = ChangeLogs.entries(theirs);
		ChangeLog existing = merged.getChangeLog();
		if (theirEntries.isEmpty() && (existing == null || existing.getEntries().isEmpty())) {
			return 0; // no history on either side: the log starts at the next save in the workbench
		}
		ChangeLog log = ChangeLogs.logOf(merged);
		int before = log.getEntries().size();
		Set<String> ours = new HashSet<>();
		log.getEntries().forEach(entry -> ours.add(entry.getHash()));
		List<ChangeLogEntry> theirsOnly = afterCommonPart(theirEntries, ours);
		if (log.getEntries().isEmpty()) {
			ChangeLogs.append(log, ChangeKind.STARTED, who, when, merged.getId(), merged.getName(), null, null, null);
		}
		ChangeLogEntry oursHead = ChangeLogs.last(log);
		ChangeLogEntry theirsHead = theirEntries.isEmpty() ? null : theirEntries.get(theirEntries.size() - 1);
		ChangeLogs.append(log, ChangeKind.MERGED, who, when, theirs.getId(), theirs.getName(), null,
				oursHead.getHash(), theirsHead == null ? null : theirsHead.getHash());
		Map<String, ChangeLogEntry> lastOfTheirs = new LinkedHashMap<>();
		for (ChangeLogEntry entry : theirsOnly) {
			ChangeLogs.append(log, entry.getKind(), entry.getWho(), entry.getWhen(), entry.getElementId(),
					entry.getPath(), entry.getFeature(), entry.getOldValue(), entry.getNewValue());
			if (entry.getFeature() != null && entry.getKind() == ChangeKind.CHANGED) {
				lastOfTheirs.put(entry.getElementId() + '\u0000' + entry.getFeature(), entry);
			}
		}
		appendKept(log, merged, lastOfTheirs.values(), who, when);
		LogVerdict kept = ChangeLogVerifier.verdictOf(merged);
		ChangeLogs.seal(log, StateFingerprint.of(merged));
		ChangeLogVerifier.remember(merged, kept.chainBroken() ? kept : LogVerdict.INTACT);
		return log.getEntries().size() - before;
	}

	private static List<ChangeLogEntry> afterCommonPart(List<ChangeLogEntry> theirs, Set<String> oursHashes) {
		int start = 0;
		for (int i = theirs.size() - 1; i >= 0; i--) {
			if (oursHashes.contains(theirs.get(i).getHash())) {
				start = i + 1;
				break;
			}
		}
		return new ArrayList<>(theirs.subList(start, theirs.size()));
	}

	private static void appendKept(ChangeLog log, Engagement merged, Iterable<ChangeLogEntry> theirsLast, String who,
			Instant when) {
		Map<String, EObject> elements = StateFingerprint.elements(merged);
		for (ChangeLogEntry entry : theirsLast) {
			EObject element = elements.get(entry.getElementId());
			if (element == null) {
				continue; // removed in the merge: the removal is in ours' log or theirs'
			}
			EStructuralFeature feature = element.eClass().getEStructuralFeature(entry.getFeature());
			if (feature == null) {
				continue;
			}
			String value = LoggedValues.of(element, feature);
			if (!Objects.equals(value, entry.getNewValue())) {
				ChangeLogs.append(log, ChangeKind.CHANGED, who, when, entry.getElementId(), entry.getPath(),
						entry.getFeature(), entry.getNewValue(), value);
			}
		}
	}
}

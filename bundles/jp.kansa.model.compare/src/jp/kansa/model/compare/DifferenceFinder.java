/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import jp.kansa.model.compare.internal.ElementFacts;
import jp.kansa.model.compare.internal.ElementIndex;
import jp.kansa.model.compare.internal.ElementIndex.Entry;
import jp.kansa.model.compare.internal.ModelLabels;
import jp.kansa.model.compare.internal.Values;

/**
 * The two-way walk: the newer tree in document order (added elements and changed fields as
 * they come), then the older tree in document order for what was removed. An element inside an
 * added or removed one is not reported again: it came or went with it.
 */
final class DifferenceFinder {

	private final ElementIndex older;
	private final ElementIndex newer;
	private final ModelLabels labels;

	DifferenceFinder(ElementIndex older, ElementIndex newer, ModelLabels labels) {
		this.older = older;
		this.newer = newer;
		this.labels = labels;
	}

	List<Difference> find() {
		List<Difference> out = new ArrayList<>();
		Set<String> added = new HashSet<>();
		for (Entry entry : newer.entries()) {
			Entry old = older.matching(entry);
			if (old == null) {
				added.add(entry.key());
				if (entry.parentKey() == null || !added.contains(entry.parentKey())) {
					out.add(whole(DifferenceKind.ADDED, null, entry));
				}
				continue;
			}
			boolean root = entry.parentKey() == null;
			if (!root && (!entry.parentKey().equals(old.parentKey())
					|| entry.object().eContainmentFeature() != old.object().eContainmentFeature())) {
				out.add(moved(old, entry));
			}
			for (EStructuralFeature feature : Values.compared(entry.object().eClass(), root)) {
				if (!Values.sameValue(old.object(), entry.object(), feature)) {
					out.add(changed(old, entry, feature, Values.machine(old.object(), feature),
							Values.machine(entry.object(), feature)));
				}
			}
		}
		Set<String> removed = new HashSet<>();
		for (Entry entry : older.entries()) {
			if (newer.matching(entry) == null) {
				removed.add(entry.key());
				if (entry.parentKey() == null || !removed.contains(entry.parentKey())) {
					out.add(whole(DifferenceKind.REMOVED, entry, null));
				}
			}
		}
		return out;
	}

	private ElementRef ref(Entry old, Entry now) {
		EObject either = now != null ? now.object() : old.object();
		Set<String> checkPoints = new LinkedHashSet<>();
		if (now != null) {
			ElementFacts.checkPointIds(now.object(), checkPoints);
		}
		if (old != null) {
			ElementFacts.checkPointIds(old.object(), checkPoints);
		}
		return new ElementRef(now != null ? now.key() : old.key(), either.eClass().getName(), labels.type(either.eClass()),
				Values.id(either), ElementFacts.path(either, labels), ElementFacts.contractId(either), checkPoints,
				old == null ? null : old.object(), now == null ? null : now.object());
	}

	private Difference whole(DifferenceKind kind, Entry old, Entry now) {
		Entry entry = now != null ? now : old;
		Set<String> parties = new LinkedHashSet<>();
		ElementFacts.partyIds(entry.object(), null, parties);
		String text = Values.describe(entry.object());
		return new Difference(kind, ref(old, now), null, null, null, old == null ? null : old.key(),
				now == null ? null : now.key(), old == null ? "" : text, now == null ? "" : text, parties, false); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Difference changed(Entry old, Entry now, EStructuralFeature feature, Object before, Object after) {
		Set<String> parties = new LinkedHashSet<>();
		ElementFacts.partyIds(old.object(), feature, parties);
		ElementFacts.partyIds(now.object(), feature, parties);
		return new Difference(DifferenceKind.CHANGED, ref(old, now), feature, feature.getName(), labels.feature(feature),
				before, after, Values.text(old.object(), feature, labels), Values.text(now.object(), feature, labels),
				parties, Values.isBookkeeping(feature));
	}

	private Difference moved(Entry old, Entry now) {
		String from = ElementFacts.path(old.object().eContainer(), labels);
		String to = ElementFacts.path(now.object().eContainer(), labels);
		Set<String> parties = new LinkedHashSet<>();
		ElementFacts.partyIds(now.object(), null, parties);
		return new Difference(DifferenceKind.CHANGED, ref(old, now), null, Difference.CONTAINER,
				labels.text("container"), old.parentKey(), now.parentKey(), from, to, parties, false); //$NON-NLS-1$
	}
}

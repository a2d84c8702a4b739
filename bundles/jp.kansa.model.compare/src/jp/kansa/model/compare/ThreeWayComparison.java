/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.compare.internal.ElementIndex;
import jp.kansa.model.compare.internal.ElementIndex.Entry;
import jp.kansa.model.compare.internal.ModelLabels;
import jp.kansa.model.compare.internal.Values;

/**
 * Base, ours and theirs classified per (element, field), on the same two-way comparison that
 * 比較 shows: ours against the base and theirs against the base, then each (element, field)
 * that either side touched is put in one {@link Classification}. Applying the merge is not done
 * here; every change keeps the feature and the elements of all three versions so it can be.
 * <p>
 * Granularity: a field of an element (many-valued fields as a whole, unordered, as in the
 * two-way comparison), or a whole element added or removed. An edit inside a removed element —
 * a changed field, an added annotation, a moved child — is an {@link Classification#EDIT_DELETE}
 * with the removal.
 */
public final class ThreeWayComparison {

	private final EngagementComparison ours;
	private final EngagementComparison theirs;
	private final ElementIndex[] indexes;
	private final List<ThreeWayChange> changes = new ArrayList<>();
	private final Map<String, ThreeWayChange> byField = new HashMap<>();

	public ThreeWayComparison(EObject base, EObject ours, EObject theirs) {
		this(base, ours, theirs, Locale.JAPANESE);
	}

	public ThreeWayComparison(EObject base, EObject ours, EObject theirs, Locale locale) {
		ModelLabels labels = ModelLabels.of(locale);
		ElementIndex b = ElementIndex.of(base);
		ElementIndex o = ElementIndex.of(ours);
		ElementIndex t = ElementIndex.of(theirs);
		this.indexes = new ElementIndex[] { b, o, t };
		this.ours = EngagementComparison.compare(b, o, labels);
		this.theirs = EngagementComparison.compare(b, t, labels);
		new Classifier(b, new SideView(Side.OURS, o, this.ours), new SideView(Side.THEIRS, t, this.theirs))
				.run();
	}

	/**
	 * The element index the comparison built of the base ({@code null}) or a side, so that the
	 * merge does not build it again. Internal: for {@code jp.kansa.model.compare.merge}.
	 */
	public ElementIndex index(Side side) {
		return indexes[side == null ? 0 : side == Side.OURS ? 1 : 2];
	}

	/** Ours against the base, the comparison the classification stands on. */
	public EngagementComparison ours() {
		return ours;
	}

	public EngagementComparison theirs() {
		return theirs;
	}

	/** Every (element, field) that is not unchanged: ours' document order, then what only theirs touched. */
	public List<ThreeWayChange> changes() {
		return List.copyOf(changes);
	}

	/** The changes a person has to decide. */
	public List<ThreeWayChange> conflicts() {
		return changes.stream().filter(c -> c.classification().isConflict()).toList();
	}

	/**
	 * @param elementKey {@link ElementRef#key()} (the id for an element with one)
	 * @param field      a feature name, or {@code null} for the element as a whole (added / removed)
	 */
	public Classification classification(String elementKey, String field) {
		ThreeWayChange change = byField.get(elementKey + '\u0000' + (field == null ? "" : field)); //$NON-NLS-1$
		return change == null ? Classification.UNCHANGED : change.classification();
	}

	/** One side: its index and its differences from the base, with what it removed and touched. */
	private static final class SideView {
		final Side side;
		final ElementIndex index;
		final Map<String, Difference> byField = new LinkedHashMap<>();
		/** Keys of base elements this side no longer has (at any depth). */
		final Set<String> removed = new HashSet<>();
		/** Base elements this side changed, added something into, or that contain one of those. */
		final Set<String> touched = new HashSet<>();

		SideView(Side side, ElementIndex index, EngagementComparison comparison) {
			this.side = side;
			this.index = index;
			comparison.differences().forEach(d -> byField.put(d.fieldKey(), d));
		}
	}

	private final class Classifier {
		private final ElementIndex base;
		private final SideView o;
		private final SideView t;

		Classifier(ElementIndex base, SideView o, SideView t) {
			this.base = base;
			this.o = o;
			this.t = t;
		}

		void run() {
			for (SideView side : List.of(o, t)) {
				for (Entry entry : base.entries()) {
					if (side.index.matching(entry) == null) {
						side.removed.add(entry.key());
					}
				}
				for (Difference d : side.byField.values()) {
					if (d.kind() != DifferenceKind.REMOVED) {
						touchWithAncestors(side, anchor(side, d));
					}
				}
			}
			for (Difference d : o.byField.values()) {
				Difference other = t.byField.get(d.fieldKey());
				add(other != null ? pair(d, other) : single(o, t, d));
			}
			for (Difference d : t.byField.values()) {
				if (!o.byField.containsKey(d.fieldKey())) {
					add(single(t, o, d));
				}
			}
		}

		private void add(ThreeWayChange change) {
			changes.add(change);
			byField.put(change.either().fieldKey(), change);
		}

		/** Both sides touched the same (element, field). */
		private ThreeWayChange pair(Difference ours, Difference theirs) {
			Classification c = switch (ours.kind()) {
			case REMOVED -> Classification.BOTH_SAME;
			case ADDED -> sameElement(ours.element().newer(), theirs.element().newer()) ? Classification.BOTH_SAME
					: Classification.ADD_ADD;
			case CHANGED -> Values.same(ours.newValue(), theirs.newValue()) ? Classification.BOTH_SAME
					: ours.bookkeeping() ? Classification.BOTH_STAMPED : Classification.CONFLICT;
			};
			return new ThreeWayChange(c, null, ours, theirs);
		}

		/** Only {@code side} touched this (element, field). */
		private ThreeWayChange single(SideView side, SideView other, Difference d) {
			Difference ours = side.side == Side.OURS ? d : null;
			Difference theirs = side.side == Side.THEIRS ? d : null;
			if (d.kind() == DifferenceKind.REMOVED) {
				if (other.removed.contains(d.element().key())) {
					return new ThreeWayChange(Classification.BOTH_SAME, null, ours, theirs);
				}
				if (other.touched.contains(d.element().key())) {
					return new ThreeWayChange(Classification.EDIT_DELETE, side.side, ours, theirs);
				}
				return new ThreeWayChange(side(side), side.side, ours, theirs);
			}
			if (removedWithAncestor(other, anchor(side, d))) {
				return new ThreeWayChange(Classification.EDIT_DELETE, other.side, ours, theirs);
			}
			if (referencesRemoved(d, other)) {
				return new ThreeWayChange(Classification.REFERENCE_TO_DELETED, side.side, ours, theirs);
			}
			return new ThreeWayChange(side(side), side.side, ours, theirs);
		}

		private Classification side(SideView side) {
			return side.side == Side.OURS ? Classification.OURS : Classification.THEIRS;
		}

		/** The base element a difference modifies: the changed element, or where something was added or removed. */
		private String anchor(SideView side, Difference d) {
			if (d.kind() == DifferenceKind.CHANGED) {
				return d.element().key();
			}
			String key = d.element().key();
			ElementIndex where = d.kind() == DifferenceKind.ADDED ? side.index : base;
			Entry entry = where.get(key);
			String parent = entry == null ? null : entry.parentKey();
			// an element added inside an added element: go up to what the base has
			while (parent != null && base.get(parent) == null) {
				Entry up = side.index.get(parent);
				parent = up == null ? null : up.parentKey();
			}
			return parent;
		}

		private void touchWithAncestors(SideView side, String key) {
			for (String k = key; k != null && side.touched.add(k);) {
				Entry entry = base.get(k);
				k = entry == null ? null : entry.parentKey();
			}
		}

		private boolean removedWithAncestor(SideView other, String key) {
			for (String k = key; k != null;) {
				if (other.removed.contains(k)) {
					return true;
				}
				Entry entry = base.get(k);
				k = entry == null ? null : entry.parentKey();
			}
			return false;
		}

		/** A new reference, in a changed field or anywhere in an added element, to what the other side removed. */
		private boolean referencesRemoved(Difference d, SideView other) {
			if (other.removed.isEmpty()) {
				return false;
			}
			if (d.kind() == DifferenceKind.CHANGED) {
				if (!(d.feature() instanceof EReference reference) || reference.isContainment()) {
					return false;
				}
				Collection<String> before = ids(d.oldValue());
				for (String id : ids(d.newValue())) {
					if (!before.contains(id) && other.removed.contains(id)) {
						return true;
					}
				}
				return false;
			}
			EObject added = d.element().newer();
			for (var it = EcoreUtil.getAllContents(List.of(added)); it.hasNext();) {
				EObject object = (EObject) it.next();
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isTransient()) {
						continue;
					}
					for (String id : ids(Values.machine(object, reference))) {
						if (other.removed.contains(id)) {
							return true;
						}
					}
				}
			}
			return false;
		}

		private static Collection<String> ids(Object machine) {
			if (machine instanceof List<?> list) {
				List<String> out = new ArrayList<>();
				list.forEach(v -> out.add(String.valueOf(v)));
				return out;
			}
			return machine == null ? List.of() : List.of(machine.toString());
		}

		/** Two elements added on both sides with the same id: the same only if nothing differs inside. */
		private boolean sameElement(EObject ours, EObject theirs) {
			return ours.eClass() == theirs.eClass() && new DifferenceFinder(ElementIndex.of(ours),
					ElementIndex.of(theirs), ModelLabels.of(Locale.ENGLISH)).find().isEmpty();
		}
	}
}

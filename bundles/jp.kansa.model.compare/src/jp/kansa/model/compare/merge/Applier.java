/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.compare.internal.ElementIndex;

/**
 * Edits one merged engagement with theirs' versions of elements and fields. Elements are found by
 * their comparison key (the id, or who/when for an annotation); theirs' objects are turned into
 * merged ones through theirs' key, or the new element when theirs' was renumbered.
 */
final class Applier {

	final EObject root;
	private final Map<String, EObject> byKey;
	private final Map<EObject, String> keyOf;
	private final ElementIndex theirs;
	private final Map<EObject, String> theirsKeyOf;
	/** Theirs' key of a renumbered element → the merged element with its new id. */
	final Map<String, EObject> renumbered;
	/** Copies made from theirs whose references are still theirs' to map (original → copy). */
	private final Map<EObject, EObject> pendingReferences = new IdentityHashMap<>();

	/**
	 * @param ours   ours' index: the merged tree starts as its copy, with the same keys
	 * @param copies ours' objects → their copies in the merged tree
	 */
	Applier(EObject root, ElementIndex ours, Map<EObject, EObject> copies, ElementIndex theirs) {
		this.root = root;
		this.byKey = new HashMap<>(ours.size() * 2);
		this.keyOf = new IdentityHashMap<>(ours.size() * 2);
		ours.entries().forEach(e -> register(e.key(), copies.get(e.object())));
		this.theirs = theirs;
		this.theirsKeyOf = new IdentityHashMap<>(theirs.size() * 2);
		theirs.entries().forEach(e -> theirsKeyOf.put(e.object(), e.key()));
		this.renumbered = new HashMap<>();
	}

	/** The same state over a copy of the merged tree. */
	private Applier(Applier from, EObject root, Map<EObject, EObject> copies) {
		this.root = root;
		this.byKey = new HashMap<>(from.byKey.size() * 2);
		this.keyOf = new IdentityHashMap<>(from.byKey.size() * 2);
		from.byKey.forEach((key, object) -> {
			EObject copy = copies.get(object);
			if (copy != null) {
				register(key, copy);
			}
		});
		this.theirs = from.theirs;
		this.theirsKeyOf = from.theirsKeyOf;
		this.renumbered = new HashMap<>();
		from.renumbered.forEach((key, object) -> renumbered.put(key, copies.get(object)));
	}

	Applier onCopy(EObject copyRoot, Map<EObject, EObject> copies) {
		return new Applier(this, copyRoot, copies);
	}

	private void register(String key, EObject object) {
		byKey.put(key, object);
		keyOf.put(object, key);
	}

	/** The merged element with this key, {@code null} when the merge does not (or no longer) have it. */
	EObject merged(String key) {
		EObject object = byKey.get(key);
		return object != null && inTree(object) ? object : null;
	}

	boolean has(String key) {
		return byKey.containsKey(key);
	}

	EObject theirs(String key) {
		ElementIndex.Entry entry = theirs.get(key);
		return entry == null ? null : entry.object();
	}

	String theirsKey(EObject theirsObject) {
		return theirsKeyOf.get(theirsObject);
	}

	/** The merged counterpart of an object of theirs. */
	EObject map(EObject theirsObject) {
		EObject copy = pendingReferences.get(theirsObject);
		if (copy != null) {
			return copy;
		}
		String key = theirsKeyOf.get(theirsObject);
		if (key == null) {
			return null;
		}
		EObject renamed = renumbered.get(key);
		return renamed != null ? renamed : merged(key);
	}

	private boolean inTree(EObject object) {
		return EcoreUtil.getRootContainer(object) == root;
	}

	/** Sets the merged element's field to theirs' value (references mapped; what ours lacks is left out). */
	void setFromTheirs(String key, EStructuralFeature feature) {
		EObject target = merged(key);
		EObject source = theirs(key);
		if (target == null || source == null) {
			return;
		}
		copyValue(source, target, feature);
	}

	@SuppressWarnings("unchecked")
	private void copyValue(EObject source, EObject target, EStructuralFeature feature) {
		Object value = source.eGet(feature);
		if (feature instanceof EAttribute) {
			if (feature.isMany()) {
				EList<Object> list = (EList<Object>) target.eGet(feature);
				list.clear();
				list.addAll((Collection<Object>) value);
			} else {
				target.eSet(feature, value);
			}
			return;
		}
		if (feature.isMany()) {
			List<EObject> mapped = new ArrayList<>();
			for (EObject v : (List<EObject>) value) {
				EObject m = map(v);
				if (m != null && !mapped.contains(m)) {
					mapped.add(m);
				}
			}
			EList<EObject> list = (EList<EObject>) target.eGet(feature);
			list.clear();
			list.addAll(mapped);
		} else {
			target.eSet(feature, value == null ? null : map((EObject) value));
		}
	}

	/**
	 * Copies theirs' element (with everything inside) into the merged tree at the place it has in
	 * theirs, after the nearest preceding sibling the merge has. References are mapped later by
	 * {@link #mapPendingReferences()}, once everything theirs added is in.
	 *
	 * @param ids new ids for theirs' ids that the merge already uses ({@code null}: keep them)
	 * @return the copy, {@code null} when the place is gone from the merge
	 */
	EObject insertCopy(String theirsKey, Map<String, String> ids) {
		return insertCopy(theirsKey, ids, true);
	}

	/** @param remap whether theirs' renumbered elements stand for theirs' ids in later mapping */
	EObject insertCopy(String theirsKey, Map<String, String> ids, boolean remap) {
		EObject source = theirs(theirsKey);
		if (source == null || source.eContainer() == null) {
			return null;
		}
		EObject parent = map(source.eContainer());
		if (parent == null) {
			return null;
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
		EObject copy = copier.copy(source);
		for (Map.Entry<EObject, EObject> pair : copier.entrySet()) {
			EObject original = pair.getKey();
			EObject made = pair.getValue();
			pendingReferences.put(original, made);
			String key = theirsKeyOf.get(original);
			String id = key == null ? null : ElementIds.id(made);
			if (ids != null && id != null && ids.containsKey(id)) {
				ElementIds.setId(made, ids.get(id));
				if (remap) {
					renumbered.put(key, made);
				}
				register(ids.get(id), made);
			} else if (key != null && merged(key) == null) {
				register(key, made);
			}
		}
		insert(parent, source, copy);
		return copy;
	}

	/** Moves the merged element to the container theirs has it in. */
	void moveAsTheirs(String key) {
		EObject element = merged(key);
		EObject source = theirs(key);
		if (element == null || source == null || source.eContainer() == null) {
			return;
		}
		EObject parent = map(source.eContainer());
		if (parent != null) {
			EcoreUtil.remove(element);
			insert(parent, source, element);
		}
	}

	@SuppressWarnings("unchecked")
	private void insert(EObject parent, EObject source, EObject element) {
		EReference containment = source.eContainmentFeature();
		if (!containment.isMany()) {
			parent.eSet(containment, element);
			return;
		}
		List<EObject> theirsSiblings = (List<EObject>) source.eContainer().eGet(containment);
		EList<EObject> siblings = (EList<EObject>) parent.eGet(containment);
		int at = 0;
		for (int i = theirsSiblings.indexOf(source) - 1; i >= 0; i--) {
			EObject before = map(theirsSiblings.get(i));
			if (before != null && before.eContainer() == parent && before.eContainmentFeature() == containment) {
				at = siblings.indexOf(before) + 1;
				break;
			}
		}
		siblings.add(at, element);
	}

	void remove(String key) {
		EObject element = merged(key);
		if (element != null) {
			EcoreUtil.remove(element);
		}
	}

	/** Maps the references of every copy made from theirs to merged elements. */
	@SuppressWarnings("unchecked")
	void mapPendingReferences() {
		for (Map.Entry<EObject, EObject> pair : pendingReferences.entrySet()) {
			EObject original = pair.getKey();
			EObject copy = pair.getValue();
			for (EReference reference : original.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| reference.isTransient() || !reference.isChangeable() || !original.eIsSet(reference)) {
					continue;
				}
				copyValue(original, copy, reference);
			}
		}
		pendingReferences.clear();
	}

	/** Drops references to elements no longer in the merged tree (removed by one side). */
	@SuppressWarnings("unchecked")
	void dropDanglingReferences() {
		for (var it = root.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| reference.isTransient() || !reference.isChangeable() || !object.eIsSet(reference)) {
					continue;
				}
				if (reference.isMany()) {
					((List<EObject>) object.eGet(reference)).removeIf(t -> !inTree(t));
				} else if (!inTree((EObject) object.eGet(reference))) {
					object.eUnset(reference);
				}
			}
		}
	}

	String keyOf(EObject mergedObject) {
		return keyOf.get(mergedObject);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Every object of one containment tree under a key that is the same in another version of the
 * tree, in document order (containment features in model order, lists in list order).
 * <ul>
 * <li>The root is always {@link #ROOT}: two engagements are compared as wholes even when their
 * own ids differ (a roll-forward gets a new one; the id is then an ordinary changed field).</li>
 * <li>An object with an id ({@code EngagementElement.id}, any EMF iD attribute) is keyed by it,
 * wherever it sits: ids are unique in a .kansa file and never reused for something else.</li>
 * <li>An object without an id (today only {@code Annotation}) is keyed under its container by
 * who wrote it and when: the values of its single-valued non-containment references (the author)
 * and of its {@link Instant} attributes (the time); among siblings with the same who and when,
 * by position. So an edited text is a change of that annotation, a new note is an addition even
 * when inserted before the others, and two unsigned, undated notes pair up in order. A class
 * with neither is matched by position alone.</li>
 * </ul>
 */
public final class ElementIndex {

	public static final String ROOT = "/"; //$NON-NLS-1$

	/** One object with its key and the key of its container ({@code null} for the root). */
	public record Entry(String key, EObject object, String parentKey) {
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();
	private static final Map<EClass, List<EStructuralFeature>> IDENTITY = new java.util.concurrent.ConcurrentHashMap<>();

	private ElementIndex() {
	}

	public static ElementIndex of(EObject root) {
		ElementIndex index = new ElementIndex();
		index.add(new Entry(ROOT, root, null));
		return index;
	}

	public Entry get(String key) {
		return entries.get(key);
	}

	/** The entry for the key if it holds an object of the same class, else {@code null}. */
	public Entry matching(Entry other) {
		Entry entry = entries.get(other.key());
		return entry != null && entry.object().eClass() == other.object().eClass() ? entry : null;
	}

	public Collection<Entry> entries() {
		return entries.values();
	}

	public int size() {
		return entries.size();
	}

	private void add(Entry entry) {
		entries.put(entry.key(), entry);
		EObject object = entry.object();
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (containment.isTransient() || containment.isDerived() || notCompared(containment)) {
				continue;
			}
			Map<String, Integer> seen = new HashMap<>();
			for (EObject child : children(object, containment)) {
				String key = key(entry.key(), containment, child, seen);
				add(new Entry(key, child, entry.key()));
			}
		}
	}

	/**
	 * A containment the model marks as no content of the engagement (the 変更履歴 log): two versions
	 * differ in their logs by construction, and the merge keeps the log itself.
	 */
	public static boolean notCompared(EReference containment) {
		return "true".equals(EcoreUtil.getAnnotation(containment, NOT_COMPARED_SOURCE, "ignore")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static final String NOT_COMPARED_SOURCE = "http://www.kansa.jp/model/compare"; //$NON-NLS-1$

	private String key(String parentKey, EReference containment, EObject child, Map<String, Integer> seen) {
		String id = Values.id(child);
		if (id != null && !entries.containsKey(id)) {
			return id;
		}
		// no id (or a duplicate one, which a valid file does not have): who, when, then position
		StringBuilder identity = new StringBuilder();
		for (EStructuralFeature feature : identityFeatures(child.eClass())) {
			Object value = Values.machine(child, feature);
			identity.append(value == null ? "-" : value).append('@'); //$NON-NLS-1$
		}
		String who = identity.toString();
		int occurrence = seen.merge(who, Integer.valueOf(1), Integer::sum).intValue() - 1;
		return parentKey + "/" + containment.getName() + "[" + who + occurrence + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Who and when: single-valued cross references and instants. */
	static List<EStructuralFeature> identityFeatures(EClass eClass) {
		return IDENTITY.computeIfAbsent(eClass, c -> {
			List<EStructuralFeature> features = new ArrayList<>();
			for (EStructuralFeature feature : c.getEAllStructuralFeatures()) {
				if (feature.isMany() || feature.isTransient() || feature.isDerived()) {
					continue;
				}
				if (feature instanceof EReference reference && !reference.isContainment() && !reference.isContainer()
						|| feature instanceof EAttribute attribute
								&& attribute.getEAttributeType().getInstanceClass() == Instant.class) {
					features.add(feature);
				}
			}
			return features;
		});
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> children(EObject object, EReference containment) {
		Object value = object.eGet(containment);
		if (containment.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}
}

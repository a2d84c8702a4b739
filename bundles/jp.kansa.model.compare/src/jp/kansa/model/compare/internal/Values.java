/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a feature holds, in two forms. The <em>machine</em> form is what is compared and what
 * scripts read: a string per value — an enum's literal, a date as its ISO day, an instant as
 * ISO-8601 UTC, a reference as the target's id, an empty string as nothing — and a list of them
 * for a many-valued feature. The <em>text</em> form is for people: labels in the chosen
 * language.
 * <p>
 * Which features count: every stored feature of the object (not derived, not transient), found
 * reflectively, so a feature added to the model is compared without a code change. Containment
 * references are not values: their children are elements of their own, matched by key. The id
 * is the key, not a value (except the root's, see {@link ElementIndex}).
 * <p>
 * Many-valued features are compared as <b>unordered</b> (multisets): responsible parties,
 * contract parties, clauses and evidence of a check, a contract's systems, a finding's check
 * points. Their order is the order in which they happened to be added; no screen, report or
 * rule gives it a meaning, and a merge that reported a reordering as a conflict would only cost
 * an auditor time. The values are still shown in each side's order.
 */
public final class Values {

	/** Stamped by the tool whenever something else changed, not edited by anyone. */
	private static final String BOOKKEEPING = "lastModified"; //$NON-NLS-1$

	private static final Map<EClass, List<EStructuralFeature>> COMPARED = new ConcurrentHashMap<>();

	private Values() {
	}

	/** The stored, non-containment features of the class, in model order; the id only for the root. */
	public static List<EStructuralFeature> compared(EClass eClass, boolean root) {
		List<EStructuralFeature> features = COMPARED.computeIfAbsent(eClass, c -> {
			List<EStructuralFeature> list = new ArrayList<>();
			for (EStructuralFeature feature : c.getEAllStructuralFeatures()) {
				if (feature.isDerived() || feature.isTransient() || feature == c.getEIDAttribute()) {
					continue;
				}
				if (feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
					continue;
				}
				list.add(feature);
			}
			return List.copyOf(list);
		});
		if (root && eClass.getEIDAttribute() != null) {
			List<EStructuralFeature> withId = new ArrayList<>();
			withId.add(eClass.getEIDAttribute());
			withId.addAll(features);
			return withId;
		}
		return features;
	}

	public static boolean isBookkeeping(EStructuralFeature feature) {
		return feature != null && BOOKKEEPING.equals(feature.getName());
	}

	/** The id of an object, {@code null} when it has none. */
	public static String id(EObject object) {
		EAttribute idAttribute = object == null ? null : object.eClass().getEIDAttribute();
		if (idAttribute == null) {
			return null;
		}
		Object id = object.eGet(idAttribute);
		return id == null || id.toString().isEmpty() ? null : id.toString();
	}

	/** {@code null}, a string, or for a many-valued feature a list of strings. */
	public static Object machine(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (feature.isMany()) {
			List<?> values = (List<?>) value;
			List<String> out = new ArrayList<>(values.size());
			for (Object v : values) {
				out.add(atom(v, feature));
			}
			return out;
		}
		return atom(value, feature);
	}

	private static String atom(Object value, EStructuralFeature feature) {
		if (value == null) {
			return null;
		}
		if (value instanceof EObject target) {
			String id = id(target);
			return id != null ? id : target.eClass().getName();
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (value instanceof String s) {
			// a cleared field and a never-filled one look the same to the auditor
			return s.isEmpty() ? null : s;
		}
		if (value instanceof LocalDate || value instanceof Instant || value instanceof Boolean
				|| value instanceof Number) {
			return value.toString();
		}
		return EcoreUtil.convertToString((EDataType) feature.getEType(), value);
	}

	/**
	 * {@link #same(Object, Object)} of the two machine forms, without building them when the raw
	 * values already agree (nearly always: a comparison walks every field of every element).
	 */
	public static boolean sameValue(EObject older, EObject newer, EStructuralFeature feature) {
		Object a = older.eGet(feature);
		Object b = newer.eGet(feature);
		if (!feature.isMany()) {
			return sameAtom(a, b) || same(atom(a, feature), atom(b, feature));
		}
		List<?> left = (List<?>) a;
		List<?> right = (List<?>) b;
		if (left.size() != right.size()) {
			return false;
		}
		for (int i = 0; i < left.size(); i++) {
			if (!sameAtom(left.get(i), right.get(i))) {
				return same(machine(older, feature), machine(newer, feature));
			}
		}
		return true;
	}

	private static boolean sameAtom(Object a, Object b) {
		if (a instanceof EObject x && b instanceof EObject y) {
			String idX = id(x);
			return idX != null && idX.equals(id(y));
		}
		return a == null ? b == null : a.equals(b);
	}

	/** Equal as the comparison understands it: lists as multisets. */
	public static boolean same(Object a, Object b) {
		if (a instanceof List<?> left && b instanceof List<?> right) {
			if (left.size() != right.size()) {
				return false;
			}
			if (left.equals(right)) {
				return true;
			}
			return sorted(left).equals(sorted(right));
		}
		return java.util.Objects.equals(a, b);
	}

	private static List<String> sorted(List<?> values) {
		List<String> copy = new ArrayList<>(values.size());
		for (Object v : values) {
			copy.add(v == null ? "" : v.toString()); //$NON-NLS-1$
		}
		copy.sort(null);
		return copy;
	}

	/** The feature's value for people: labels for literals, はい/いいえ, ids for references, ISO days. */
	public static String text(EObject object, EStructuralFeature feature, ModelLabels labels) {
		if (object == null) {
			return ""; //$NON-NLS-1$
		}
		Object value = object.eGet(feature);
		if (feature.isMany()) {
			StringBuilder out = new StringBuilder();
			for (Object v : (List<?>) value) {
				if (out.length() > 0) {
					out.append(", "); //$NON-NLS-1$
				}
				out.append(atomText(v, feature, labels));
			}
			return out.toString();
		}
		return atomText(value, feature, labels);
	}

	private static String atomText(Object value, EStructuralFeature feature, ModelLabels labels) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Enumerator literal && feature.getEType() instanceof EEnum eEnum) {
			return labels.literal(eEnum, literal);
		}
		if (value instanceof Boolean b) {
			return labels.text(b.booleanValue() ? "yes" : "no"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String atom = atom(value, feature);
		return atom == null ? "" : atom; //$NON-NLS-1$
	}

	/** What the element is called: its name, title, heading or text, else its first non-empty string. */
	public static String describe(EObject object) {
		EClass eClass = object.eClass();
		for (String name : List.of("name", "title", "heading", "text")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			EStructuralFeature feature = eClass.getEStructuralFeature(name);
			if (feature != null && !feature.isMany() && object.eGet(feature) instanceof String s && !s.isBlank()) {
				return s;
			}
		}
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (attribute != eClass.getEIDAttribute() && !attribute.isMany()
					&& object.eGet(attribute) instanceof String s && !s.isBlank()) {
				return s;
			}
		}
		return ""; //$NON-NLS-1$
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.changelog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A field's value as the log writes it and as the fingerprint hashes it: enums by literal, days
 * and instants in ISO form, references by the target's id, many values sorted and joined with
 * {@code ", "}, empty text as nothing — the same notion of "equal" as the compare core's.
 */
public final class LoggedValues {

	private LoggedValues() {
	}

	/** The value, or {@code null} when the field holds nothing. */
	public static String of(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (feature.isMany()) {
			List<String> values = new ArrayList<>();
			for (Object item : (Collection<?>) value) {
				String text = single(feature, item);
				if (text != null) {
					values.add(text);
				}
			}
			if (values.isEmpty()) {
				return null;
			}
			values.sort(null);
			return String.join(", ", values); //$NON-NLS-1$
		}
		return single(feature, value);
	}

	/** The features that are content: stored, not derived, not containments, not the id. */
	public static boolean isContentField(EClass eClass, EStructuralFeature feature) {
		if (feature.isTransient() || feature.isDerived() || feature == eClass.getEIDAttribute()) {
			return false;
		}
		return !(feature instanceof EReference reference) || !reference.isContainment() && !reference.isContainer();
	}

	/** The id of an element (its EMF id attribute), or {@code null}. */
	public static String id(EObject object) {
		return object == null ? null : EcoreUtil.getID(object);
	}

	private static String single(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (feature instanceof EReference) {
			String id = id((EObject) value);
			return id == null ? "?" : id; //$NON-NLS-1$
		}
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		String text = feature instanceof EAttribute attribute && !(value instanceof String)
				? String.valueOf(value)
				: (String) value;
		return text.isEmpty() ? null : text;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.merge;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.compare.internal.Values;

/** Reading, setting and renumbering element ids ({@code F-3} → {@code F-4}). */
final class ElementIds {

	private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)"); //$NON-NLS-1$

	private ElementIds() {
	}

	static String id(EObject object) {
		return Values.id(object);
	}

	static void setId(EObject object, String id) {
		EAttribute attribute = object.eClass().getEIDAttribute();
		if (attribute != null) {
			object.eSet(attribute, id);
		}
	}

	/** The first id after {@code id} in its numbering that {@code used} does not hold: F-3 → F-4, E-9 → E-10. */
	static String next(String id, Set<String> used) {
		Matcher m = NUMBERED.matcher(id);
		String prefix = m.matches() ? m.group(1) : id + "-"; //$NON-NLS-1$
		long n = m.matches() ? Long.parseLong(m.group(2)) : 1;
		String candidate;
		do {
			n++;
			candidate = prefix + n;
		} while (used.contains(candidate));
		return candidate;
	}
}

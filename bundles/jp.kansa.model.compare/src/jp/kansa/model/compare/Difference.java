/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One difference between two versions of an engagement.
 *
 * @param kind        added, removed or changed
 * @param element     the element, with its handles in both versions
 * @param feature     the changed feature; {@code null} for an added or removed element, and for
 *                    a move to another container ({@link #field()} is then {@link #CONTAINER})
 * @param field       the feature's name ({@code assessment}), {@code null} for a whole element
 * @param fieldLabel  its label in the comparison's language (評価)
 * @param oldValue    machine form in the older version: a string (literal, ISO day, ISO instant,
 *                    target id), a list of strings for a many-valued feature, or {@code null};
 *                    for a removed element its key
 * @param newValue    the same in the newer version; for an added element its key
 * @param oldText     the older value for people (labels, はい/いいえ, ids); for a removed element
 *                    its name or title
 * @param newText     the newer value for people; for an added element its name or title
 * @param partyIds    the parties the difference is about: the element if it is a party, and
 *                    the parties named by the field in either version (or by the whole element)
 * @param bookkeeping the field is stamped by the tool ({@code lastModified}), not edited by anyone
 */
public record Difference(DifferenceKind kind, ElementRef element, EStructuralFeature feature, String field,
		String fieldLabel, Object oldValue, Object newValue, String oldText, String newText, Set<String> partyIds,
		boolean bookkeeping) {

	/** {@link #field()} of an element that moved to another container (a clause to another contract). */
	public static final String CONTAINER = "eContainer"; //$NON-NLS-1$

	public Difference {
		partyIds = Collections.unmodifiableSet(new LinkedHashSet<>(partyIds));
	}

	/** The same (element, field) in another comparison, for the three-way merge. */
	String fieldKey() {
		return element.key() + '\u0000' + (field == null ? "" : field); //$NON-NLS-1$
	}
}

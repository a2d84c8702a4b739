/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;

/**
 * Decides which catalog elements a search shows: an element is shown when its own text or a
 * descendant's matches (so the path to a hit stays visible), or when an ancestor's own text
 * matches (so searching an item title shows that item's check points).
 * <p>
 * Matching is a substring test on {@link SearchText#normalize normalized} text, so Japanese
 * works without tokenising and full-/half-width forms are equal. Own texts are normalized once
 * and cached: the catalog is read-only.
 */
public final class CatalogMatcher {

	private final Map<EObject, String> ownTexts = new ConcurrentHashMap<>();

	/** Whether {@code element} is shown for {@code query}; a blank query shows everything. */
	public boolean matches(EObject element, String query) {
		String normalized = SearchText.normalize(query).strip();
		if (normalized.isEmpty()) {
			return true;
		}
		return subtreeMatches(element, normalized) || ancestorMatches(element, normalized);
	}

	/** Whether the element's own texts contain the already normalized query. */
	public boolean ownTextMatches(EObject element, String normalizedQuery) {
		return ownTexts.computeIfAbsent(element, SearchText::of).contains(normalizedQuery);
	}

	private boolean subtreeMatches(EObject element, String normalizedQuery) {
		if (ownTextMatches(element, normalizedQuery)) {
			return true;
		}
		for (EObject child : element.eContents()) {
			if (subtreeMatches(child, normalizedQuery)) {
				return true;
			}
		}
		return false;
	}

	private boolean ancestorMatches(EObject element, String normalizedQuery) {
		for (EObject ancestor = element.eContainer(); ancestor != null; ancestor = ancestor.eContainer()) {
			if (ownTextMatches(ancestor, normalizedQuery)) {
				return true;
			}
		}
		return false;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import jp.kansa.ui.internal.search.CatalogMatcher;

/** The navigator's search box as a viewer filter; the matching rules are in {@link CatalogMatcher}. */
class SearchFilter extends ViewerFilter {

	private final CatalogMatcher matcher;

	private String query = ""; //$NON-NLS-1$

	SearchFilter(CatalogMatcher matcher) {
		this.matcher = matcher;
	}

	void setQuery(String query) {
		this.query = query == null ? "" : query; //$NON-NLS-1$
	}

	boolean isActive() {
		return !query.isBlank();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return !(element instanceof EObject object) || matcher.matches(object, query);
	}
}

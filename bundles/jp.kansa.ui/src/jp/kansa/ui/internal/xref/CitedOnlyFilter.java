/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.xref;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import jp.kansa.model.ReferenceTarget;

/** Hides guideline nodes that no check point cites, directly or below. */
public class CitedOnlyFilter extends ViewerFilter {

	private final CrossReferenceIndex index;

	public CitedOnlyFilter(CrossReferenceIndex index) {
		this.index = index;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return !(element instanceof ReferenceTarget target) || index.citingCount(target) > 0;
	}
}

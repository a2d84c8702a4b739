/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;

import jp.kansa.model.Catalog;
import jp.kansa.model.Category;
import jp.kansa.model.Item;
import jp.kansa.model.Part;

/**
 * Part → category → item → check point, nothing else: the item providers would also list the
 * guideline documents, the glossary, recommendations and references, which belong to other
 * views.
 */
class NavigatorContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Catalog catalog ? catalog.getParts().toArray() : NONE;
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Part part) {
			return part.getCategories().toArray();
		} else if (parent instanceof Category category) {
			return category.getItems().toArray();
		} else if (parent instanceof Item item) {
			return item.getCheckPoints().toArray();
		}
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof EObject object ? object.eContainer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider that asks the EMF item providers for elements and children,
 * standing in for the one of org.eclipse.emf.edit.ui, which is not in our target platform.
 * <p>
 * Read-only: the catalog never changes while shown, so no notification bridging is needed.
 */
public class AdapterFactoryTreeContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapterFactory;

	public AdapterFactoryTreeContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object inputElement) {
		if (adapterFactory.adapt(inputElement, IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider provider) {
			return toArray(provider.getElements(inputElement));
		}
		return NONE;
	}

	@Override
	public Object[] getChildren(Object parentElement) {
		if (treeProvider(parentElement) instanceof ITreeItemContentProvider provider) {
			return toArray(provider.getChildren(parentElement));
		}
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		if (treeProvider(element) instanceof ITreeItemContentProvider provider) {
			return provider.getParent(element);
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (treeProvider(element) instanceof ITreeItemContentProvider provider) {
			return provider.hasChildren(element);
		}
		return false;
	}

	private Object treeProvider(Object element) {
		return adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	private static Object[] toArray(Collection<?> elements) {
		return elements == null ? NONE : elements.toArray();
	}
}

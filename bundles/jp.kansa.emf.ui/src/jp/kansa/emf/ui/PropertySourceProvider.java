/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view an {@link IPropertySource} for every object whose item provider (or
 * the object itself, e.g. a property value wrapper) is an {@link IItemPropertySource}. Read-only
 * by default (the catalog is reference data); editable sources change values through the item
 * providers, which execute a SetCommand on the object's editing domain.
 */
public class PropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	private final boolean editable;

	public PropertySourceProvider(AdapterFactory adapterFactory) {
		this(adapterFactory, false);
	}

	public PropertySourceProvider(AdapterFactory adapterFactory, boolean editable) {
		this.adapterFactory = adapterFactory;
		this.editable = editable;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (object instanceof IItemPropertySource itemSource) {
			// EMF wraps property values so that nested objects can be expanded in the sheet.
			return new ItemPropertySourceAdapter(object, itemSource, editable);
		}
		Object adapter = adapterFactory.adapt(object, IItemPropertySource.class);
		if (adapter instanceof IItemPropertySource itemSource) {
			return new ItemPropertySourceAdapter(object, itemSource, editable);
		}
		return null;
	}
}

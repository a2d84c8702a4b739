/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import java.util.Objects;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * A read-only {@link IPropertyDescriptor} over an EMF {@link IItemPropertyDescriptor}: names,
 * category and description come from the item provider, values are labelled by its
 * {@link IItemLabelProvider}.
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;

	private final IItemPropertyDescriptor descriptor;

	public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return null; // read-only: the catalog is reference data
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return descriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider itemLabelProvider = descriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				if (value instanceof IItemLabelProvider wrapper) {
					// EMF hands out values wrapped; the wrapper knows how to label its value.
					return Objects.toString(wrapper.getText(value), ""); //$NON-NLS-1$
				}
				return Objects.toString(itemLabelProvider.getText(value), ""); //$NON-NLS-1$
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor anotherProperty) {
		return anotherProperty instanceof ItemPropertyDescriptorAdapter other
				&& Objects.equals(getId(), other.getId())
				&& Objects.equals(getCategory(), other.getCategory());
	}

	/** The EMF descriptor, for callers that need more than the sheet shows. */
	public IItemPropertyDescriptor getItemPropertyDescriptor() {
		return descriptor;
	}
}

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
 * An {@link IPropertyDescriptor} over an EMF {@link IItemPropertyDescriptor}: names, category
 * and description come from the item provider, values are labelled by its
 * {@link IItemLabelProvider}. When editable, single-valued properties get a cell editor made by
 * {@link PropertyCellEditors}; many-valued ones stay read-only in the sheet.
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;

	private final IItemPropertyDescriptor descriptor;

	private final boolean editable;

	public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
		this(object, descriptor, false);
	}

	public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor, boolean editable) {
		this.object = object;
		this.descriptor = descriptor;
		this.editable = editable;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!editable || !descriptor.canSetProperty(object)) {
			return null; // read-only, e.g. the catalog, which is reference data
		}
		return PropertyCellEditors.create(parent, object, descriptor, getLabelProvider());
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

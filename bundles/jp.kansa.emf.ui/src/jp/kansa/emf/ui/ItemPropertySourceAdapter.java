/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An {@link IPropertySource} over an EMF {@link IItemPropertySource}.
 * <p>
 * Read-only unless created editable: the catalog is reference data, so there setting and
 * resetting values are deliberately no-ops and the descriptors offer no cell editors. Editable
 * sources set values through {@link IItemPropertyDescriptor#setPropertyValue}, which executes a
 * SetCommand on the editing domain of the object, so the change is undoable.
 */
public class ItemPropertySourceAdapter implements IPropertySource {

	private final Object object;

	private final IItemPropertySource itemPropertySource;

	private final boolean editable;

	public ItemPropertySourceAdapter(Object object, IItemPropertySource itemPropertySource) {
		this(object, itemPropertySource, false);
	}

	public ItemPropertySourceAdapter(Object object, IItemPropertySource itemPropertySource, boolean editable) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
		this.editable = editable;
	}

	@Override
	public Object getEditableValue() {
		return itemPropertySource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
		if (descriptors == null) {
			return new IPropertyDescriptor[0];
		}
		return descriptors.stream()
				.map(descriptor -> new ItemPropertyDescriptorAdapter(object, descriptor, editable))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor == null ? null : descriptor.getPropertyValue(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = editableDescriptor(id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = editableDescriptor(id);
		if (descriptor != null) {
			descriptor.setPropertyValue(object, value);
		}
	}

	private IItemPropertyDescriptor editableDescriptor(Object id) {
		if (!editable) {
			return null;
		}
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.canSetProperty(object) ? descriptor : null;
	}
}

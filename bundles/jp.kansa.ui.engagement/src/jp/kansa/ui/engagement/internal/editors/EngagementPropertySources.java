/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.Arrays;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import jp.kansa.model.Engagement;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * The Properties view's sources for an engagement editor: the item providers' properties, and
 * for the engagement itself where its file lives (the model does not know its file; the auditor
 * needs to, e.g. to find the evidence folder or send the file to a reviewer).
 */
final class EngagementPropertySources implements IPropertySourceProvider {

	/** The id of the file location property. */
	static final String FILE = "jp.kansa.ui.engagement.file"; //$NON-NLS-1$

	private final IPropertySourceProvider delegate;
	private final EngagementEditor editor;

	EngagementPropertySources(IPropertySourceProvider delegate, EngagementEditor editor) {
		this.delegate = delegate;
		this.editor = editor;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		IPropertySource source = delegate.getPropertySource(object);
		if (object instanceof Engagement engagement && engagement == editor.engagement() && source != null) {
			return new WithFile(source);
		}
		return source;
	}

	private final class WithFile implements IPropertySource {
		private final IPropertySource model;

		WithFile(IPropertySource model) {
			this.model = model;
		}

		@Override
		public Object getEditableValue() {
			return model.getEditableValue();
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			IPropertyDescriptor[] descriptors = model.getPropertyDescriptors();
			IPropertyDescriptor[] all = Arrays.copyOf(descriptors, descriptors.length + 1);
			PropertyDescriptor file = new PropertyDescriptor(FILE, Messages.Properties_fileLocation);
			file.setDescription(Messages.Properties_fileLocationDescription);
			all[descriptors.length] = file;
			return all;
		}

		@Override
		public Object getPropertyValue(Object id) {
			return FILE.equals(id) ? editor.file().toString() : model.getPropertyValue(id);
		}

		@Override
		public boolean isPropertySet(Object id) {
			return !FILE.equals(id) && model.isPropertySet(id);
		}

		@Override
		public void resetPropertyValue(Object id) {
			if (!FILE.equals(id)) {
				model.resetPropertyValue(id);
			}
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			if (!FILE.equals(id)) {
				model.setPropertyValue(id, value);
			}
		}
	}
}

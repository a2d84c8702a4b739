/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.KansaPackage;
import jp.kansa.ui.internal.labels.CatalogLabels;

/**
 * The EMF property source of a catalog element, with the importer's bookkeeping turned into
 * what an auditor can read: a section's status note (the domain file's status code, e.g.
 * "NOT RETRIEVED") is left out because its title status already says it as a word, and a
 * glossary term's definition status is shown as 定義未確認 or 他資料による解説 instead of the code.
 */
final class CatalogPropertySource implements IPropertySource {

	/** Attributes whose value is a researchers' code, not text for the auditor. */
	private static final List<EStructuralFeature> HIDDEN = List.of(KansaPackage.Literals.SECTION__STATUS_NOTE);

	private final Object object;
	private final IPropertySource delegate;
	private final Map<Object, EStructuralFeature> featureById = new HashMap<>();

	private CatalogPropertySource(Object object, IPropertySource delegate, AdapterFactory adapterFactory) {
		this.object = object;
		this.delegate = delegate;
		if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource itemSource) {
			for (IItemPropertyDescriptor descriptor : itemSource.getPropertyDescriptors(object)) {
				if (descriptor.getFeature(object) instanceof EStructuralFeature feature) {
					featureById.put(descriptor.getId(object), feature);
				}
			}
		}
	}

	/** Wraps {@code delegate}; null stays null. */
	static IPropertySource wrap(Object object, IPropertySource delegate, AdapterFactory adapterFactory) {
		return delegate == null ? null : new CatalogPropertySource(object, delegate, adapterFactory);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> shown = new ArrayList<>();
		for (IPropertyDescriptor descriptor : delegate.getPropertyDescriptors()) {
			EStructuralFeature feature = featureById.get(descriptor.getId());
			if (HIDDEN.contains(feature)) {
				continue;
			}
			if (feature == KansaPackage.Literals.GLOSSARY_TERM__DEFINITION_STATUS) {
				// a plain text row: the EMF descriptor would render the stored code
				PropertyDescriptor word = new PropertyDescriptor(descriptor.getId(), descriptor.getDisplayName());
				word.setCategory(descriptor.getCategory());
				word.setDescription(descriptor.getDescription());
				shown.add(word);
			} else {
				shown.add(descriptor);
			}
		}
		return shown.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		if (object instanceof GlossaryTerm term
				&& featureById.get(id) == KansaPackage.Literals.GLOSSARY_TERM__DEFINITION_STATUS) {
			return CatalogLabels.definitionStatus(term);
		}
		return delegate.getPropertyValue(id);
	}

	@Override
	public Object getEditableValue() {
		return delegate.getEditableValue();
	}

	@Override
	public boolean isPropertySet(Object id) {
		return delegate.isPropertySet(id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// the catalog is read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// the catalog is read-only
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CatalogPropertySource source && Objects.equals(source.object, object);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(object);
	}
}

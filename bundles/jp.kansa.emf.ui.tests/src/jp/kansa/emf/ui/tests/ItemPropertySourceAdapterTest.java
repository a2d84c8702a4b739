/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

import jp.kansa.emf.ui.PropertySourceProvider;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.provider.KansaItemProviderAdapterFactory;

class ItemPropertySourceAdapterTest {

	private final SmallCatalog model = new SmallCatalog();

	private final PropertySourceProvider provider = new PropertySourceProvider(new KansaItemProviderAdapterFactory());

	@Test
	void checkPointPropertiesShowTheContentAsText() {
		IPropertySource source = provider.getPropertySource(model.first);
		IPropertyDescriptor content = descriptor(source, KansaPackage.Literals.CHECK_POINT__CONTENT.getName());

		Object value = source.getPropertyValue(content.getId());

		assertEquals(SmallCatalog.CONTENT, content.getLabelProvider().getText(value));
	}

	@Test
	void descriptorsCarryNameAndDescriptionAndNoEditor() {
		IPropertySource source = provider.getPropertySource(model.first);
		IPropertyDescriptor content = descriptor(source, KansaPackage.Literals.CHECK_POINT__CONTENT.getName());

		assertEquals("Content", content.getDisplayName()); //$NON-NLS-1$
		assertNotNull(content.getDescription());
		assertNull(content.createPropertyEditor(null));
	}

	@Test
	void setValueIsIgnoredBecauseTheCatalogIsReadOnly() {
		IPropertySource source = provider.getPropertySource(model.first);
		IPropertyDescriptor content = descriptor(source, KansaPackage.Literals.CHECK_POINT__CONTENT.getName());

		source.setPropertyValue(content.getId(), "changed"); //$NON-NLS-1$

		assertEquals(SmallCatalog.CONTENT, model.first.getContent());
	}

	@Test
	void objectsWithoutItemProviderHaveNoPropertySource() {
		assertNull(provider.getPropertySource("not a model object")); //$NON-NLS-1$
	}

	private static IPropertyDescriptor descriptor(IPropertySource source, String featureName) {
		return Arrays.stream(source.getPropertyDescriptors())
				.filter(descriptor -> featureName.equals(descriptor.getId()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no property " + featureName)); //$NON-NLS-1$
	}
}

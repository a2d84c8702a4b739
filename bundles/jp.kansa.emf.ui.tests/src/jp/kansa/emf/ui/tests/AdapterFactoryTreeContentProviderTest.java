/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.kansa.emf.ui.AdapterFactoryTreeContentProvider;
import jp.kansa.model.provider.KansaItemProviderAdapterFactory;

class AdapterFactoryTreeContentProviderTest {

	private final SmallCatalog model = new SmallCatalog();

	private final AdapterFactoryTreeContentProvider provider = new AdapterFactoryTreeContentProvider(
			new KansaItemProviderAdapterFactory());

	@Test
	void childrenOfAPartAreItsCategories() {
		assertArrayEquals(new Object[] { model.category }, provider.getChildren(model.part));
	}

	@Test
	void elementsOfTheCatalogStartWithItsParts() {
		assertSame(model.part, provider.getElements(model.catalog)[0]);
	}

	@Test
	void parentOfACheckPointIsItsItem() {
		assertSame(model.item, provider.getParent(model.first));
	}

	@Test
	void hasChildrenFollowsTheModel() {
		assertTrue(provider.hasChildren(model.item));
		assertFalse(provider.hasChildren(model.first));
	}

	@Test
	void objectsWithoutItemProviderHaveNoChildren() {
		assertArrayEquals(new Object[0], provider.getChildren("not a model object")); //$NON-NLS-1$
	}
}

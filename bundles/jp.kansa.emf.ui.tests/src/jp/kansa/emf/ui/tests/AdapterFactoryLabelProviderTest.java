/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.kansa.emf.ui.AdapterFactoryLabelProvider;
import jp.kansa.model.provider.KansaItemProviderAdapterFactory;

class AdapterFactoryLabelProviderTest {

	private final SmallCatalog model = new SmallCatalog();

	@Test
	void labelOfACheckPointNamesItsId() {
		AdapterFactoryLabelProvider provider = new AdapterFactoryLabelProvider(new KansaItemProviderAdapterFactory());
		try {
			String text = provider.getText(model.first);
			assertTrue(text.endsWith("1-A-1-①"), text); //$NON-NLS-1$
		} finally {
			provider.dispose();
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import org.eclipse.ui.views.properties.PropertySheetPage;

import jp.kansa.emf.ui.PropertySourceProvider;
import jp.kansa.ui.internal.SharedCatalog;
import jp.kansa.ui.internal.xref.CitationLeaf;

/**
 * Properties of catalog elements through the EMF item providers, read-only, statuses as words
 * ({@link CatalogPropertySource}). A check point shown as a leaf of the cross-reference tree
 * shows the check point's properties.
 */
class CatalogPropertySheetPage extends PropertySheetPage {

	CatalogPropertySheetPage() {
		PropertySourceProvider emf = new PropertySourceProvider(SharedCatalog.adapterFactory());
		setPropertySourceProvider(selected -> {
			Object object = selected instanceof CitationLeaf leaf ? leaf.checkPoint() : selected;
			return CatalogPropertySource.wrap(object, emf.getPropertySource(object), SharedCatalog.adapterFactory());
		});
	}
}

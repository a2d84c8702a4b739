/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal;

import org.eclipse.emf.common.notify.AdapterFactory;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Catalog;
import jp.kansa.model.provider.KansaItemProviderAdapterFactory;
import jp.kansa.ui.internal.search.CatalogMatcher;
import jp.kansa.ui.internal.xref.CrossReferenceIndex;

/**
 * The one catalog instance all views show, with the indexes derived from it.
 * <p>
 * The views must share object identity: a check point selected in the cross-reference view is
 * looked up in the navigator by equality, which for EObjects is identity. The catalog is
 * read-only, so the indexes never go stale.
 */
public final class SharedCatalog {

	private static Catalog catalog;
	private static AdapterFactory adapterFactory;
	private static CrossReferenceIndex crossReferences;
	private static CatalogMatcher matcher;

	private SharedCatalog() {
	}

	public static synchronized Catalog catalog() {
		if (catalog == null) {
			catalog = EmbeddedCatalog.load();
		}
		return catalog;
	}

	public static synchronized AdapterFactory adapterFactory() {
		if (adapterFactory == null) {
			adapterFactory = new KansaItemProviderAdapterFactory();
		}
		return adapterFactory;
	}

	public static synchronized CrossReferenceIndex crossReferences() {
		if (crossReferences == null) {
			crossReferences = new CrossReferenceIndex(catalog());
		}
		return crossReferences;
	}

	public static synchronized CatalogMatcher matcher() {
		if (matcher == null) {
			matcher = new CatalogMatcher();
		}
		return matcher;
	}
}

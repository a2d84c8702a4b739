/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import jp.kansa.catalog.importer.CatalogImportException;
import jp.kansa.catalog.importer.CatalogImporter;
import jp.kansa.catalog.importer.ImportResult;
import jp.kansa.model.Catalog;
import jp.kansa.model.CatalogElement;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Section;

/**
 * Where the test inputs live and a shared fresh import. Paths are relative to the working
 * directory, which Tycho sets to this test bundle's folder; the seed and the committed outputs are
 * read from the neighbouring bundles so the tests check exactly what is committed.
 */
final class Fixtures {

	static final Path LOCAL = Path.of("data");
	static final Path IMPORTER_DATA = Path.of("../jp.kansa.catalog.importer/data");
	static final Path SEED = IMPORTER_DATA.resolve("kakuninhyo-betten1.txt");
	static final Path COMMITTED_CATALOG = Path.of("../jp.kansa.catalog/catalog/kakuninhyo.kansacatalog");
	static final Path COMMITTED_DATA_QUALITY = Path.of("../jp.kansa.catalog/DATA-QUALITY.md");

	private static ImportResult fresh;

	private Fixtures() {
	}

	/** One fresh import of the committed seed, shared by the tests that only read it. */
	static synchronized ImportResult fresh() throws IOException, CatalogImportException {
		if (fresh == null) {
			fresh = CatalogImporter.importCatalog(SEED, IMPORTER_DATA);
		}
		return fresh;
	}

	static Catalog catalog() throws IOException, CatalogImportException {
		return fresh().catalog();
	}

	static <T extends CatalogElement> List<T> all(Catalog catalog, Class<T> type) {
		List<T> result = new ArrayList<>();
		if (type.isInstance(catalog)) {
			result.add(type.cast(catalog));
		}
		for (TreeIterator<EObject> it = catalog.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (type.isInstance(next)) {
				result.add(type.cast(next));
			}
		}
		return result;
	}

	static <T extends CatalogElement> T find(Catalog catalog, Class<T> type, String id) {
		T found = all(catalog, type).stream().filter(e -> id.equals(e.getId())).findFirst().orElse(null);
		assertNotNull(found, () -> type.getSimpleName() + " " + id + " not found");
		return found;
	}

	static CheckPoint checkPoint(Catalog catalog, String id) {
		return find(catalog, CheckPoint.class, id);
	}

	static Section section(Catalog catalog, String id) {
		return find(catalog, Section.class, id);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Recommendation;
import jp.kansa.model.edition.EditionMapping;
import jp.kansa.model.edition.EditionMappingException;
import jp.kansa.model.edition.EditionMappingReader;
import jp.kansa.model.resource.KansaResources;

/**
 * The test edition: {@code data/editions/test-edition.kansamap} (renames, a split, a merge,
 * removals) and the catalog of that edition, made here from the embedded catalog by editing its
 * check points directly — not through the migrator under test.
 */
final class TestEdition {

	static final Path MAPPING = Path.of("data/editions/test-edition.kansamap");
	static final Path EMBEDDED = Path.of("../jp.kansa.catalog/catalog/kakuninhyo.kansacatalog");

	private TestEdition() {
	}

	static EditionMapping mapping() throws EditionMappingException {
		return EditionMappingReader.read(MAPPING, Locale.JAPANESE);
	}

	static Catalog current() {
		return (Catalog) KansaResources.createResourceSet()
				.getResource(URI.createFileURI(EMBEDDED.toAbsolutePath().toString()), true).getContents().get(0);
	}

	/** The embedded catalog as the test edition has it. */
	static Catalog next() {
		Catalog catalog = current();
		catalog.setEdition("試験版 2027");
		rename(catalog, "2-A-6-①", "2-A-6-②");
		rename(catalog, "2-C-1-①", "2-C-1-②");
		CheckPoint split = find(catalog, "2-A-7-①");
		CheckPoint second = EcoreUtil.copy(split);
		second.setId("2-A-7-②");
		for (Recommendation recommendation : second.getRecommendations()) {
			recommendation.setId(recommendation.getId().replace("2-A-7-①", "2-A-7-②"));
		}
		Item item = (Item) split.eContainer();
		item.getCheckPoints().add(item.getCheckPoints().indexOf(split) + 1, second);
		remove(catalog, "1-B-3-②");
		remove(catalog, "1-参考-1-①");
		remove(catalog, "1-A-2-①");
		return catalog;
	}

	static List<String> checkPointIds(Catalog catalog) {
		List<String> ids = new ArrayList<>();
		catalog.eAllContents().forEachRemaining(o -> {
			if (o instanceof CheckPoint point) {
				ids.add(point.getId());
			}
		});
		return ids;
	}

	private static void rename(Catalog catalog, String from, String to) {
		find(catalog, from).setId(to);
	}

	private static void remove(Catalog catalog, String id) {
		EcoreUtil.delete(find(catalog, id), true);
	}

	static CheckPoint find(Catalog catalog, String id) {
		for (var it = catalog.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof CheckPoint point && point.getId().equals(id)) {
				return point;
			}
		}
		throw new AssertionError(id + " not in the catalog");
	}
}

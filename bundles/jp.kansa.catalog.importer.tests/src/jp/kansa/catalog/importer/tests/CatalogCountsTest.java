/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jp.kansa.catalog.importer.CatalogStats;
import jp.kansa.model.Catalog;
import jp.kansa.model.CatalogElement;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.Item;
import jp.kansa.model.Part;
import jp.kansa.model.Recommendation;
import jp.kansa.model.Reference;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Section;
import jp.kansa.model.Volume;

/** The numbers of the printed 確認表 (46 items, 54 check points) and the ones measured at import. */
class CatalogCountsTest {

	/** Measured on the committed seed; a change here means the seed or the parser changed. */
	static final int REFERENCES = 110;
	static final int DISTINCT_TARGETS = 67;
	static final int SECTIONS = 136;
	static final int CONFIRMED_SECTIONS = 54;
	static final int GLOSSARY_TERMS = 26;
	static final int GLOSSARY_LINKS = 43;
	static final int RECOMMENDATIONS = 25;

	@Test
	void partsItemsAndCheckPoints() throws Exception {
		Catalog catalog = Fixtures.catalog();
		assertEquals(2, catalog.getParts().size());
		assertEquals(46, Fixtures.all(catalog, Item.class).size());
		assertEquals(54, Fixtures.all(catalog, CheckPoint.class).size());
		Part part1 = catalog.getParts().get(0);
		Part part2 = catalog.getParts().get(1);
		assertEquals(15, count(part1, false));
		assertEquals(22, count(part1, true));
		assertEquals(31, count(part2, false));
		assertEquals(32, count(part2, true));
		assertFalse(part1.isHasRiskColumn());
		assertTrue(part2.isHasRiskColumn());
		assertEquals("主に医療機関が実施する項目", part1.getTitle());
		assertEquals("医療機関と事業者が共同で実施する項目", part2.getTitle());
		assertEquals(List.of("1-A", "1-B", "1-C", "1-参考"), part1.getCategories().stream().map(Category::getId).toList());
		assertEquals(List.of("2-A", "2-B", "2-C", "2-参考"), part2.getCategories().stream().map(Category::getId).toList());
	}

	private static int count(Part part, boolean checkPoints) {
		int count = 0;
		for (Category category : part.getCategories()) {
			for (Item item : category.getItems()) {
				count += checkPoints ? item.getCheckPoints().size() : 1;
			}
		}
		return count;
	}

	@Test
	void referencesAndTargets() throws Exception {
		Catalog catalog = Fixtures.catalog();
		int references = 0;
		Map<ReferenceTarget, Boolean> targets = new IdentityHashMap<>();
		for (CheckPoint checkPoint : Fixtures.all(catalog, CheckPoint.class)) {
			assertFalse(checkPoint.getReferences().isEmpty(), checkPoint.getId() + " cites nothing");
			for (Reference reference : checkPoint.getReferences()) {
				references++;
				assertNotNull(reference.getTarget(), checkPoint.getId() + " " + reference.getCitation());
				assertNotNull(reference.getCitation());
				assertTrue(reference.getTarget().getCitations().contains(reference));
				targets.put(reference.getTarget(), Boolean.TRUE);
			}
		}
		assertEquals(REFERENCES, references);
		assertEquals(DISTINCT_TARGETS, targets.size());
		CatalogStats stats = Fixtures.fresh().stats();
		assertEquals(REFERENCES, stats.references());
		assertEquals(DISTINCT_TARGETS, stats.distinctTargets());
		assertEquals(SECTIONS, stats.sections());
		assertEquals(CONFIRMED_SECTIONS, stats.confirmedSections());
		assertEquals(GLOSSARY_TERMS, catalog.getGlossary().size());
		assertEquals(GLOSSARY_LINKS, stats.glossaryLinks());
		assertEquals(RECOMMENDATIONS, Fixtures.all(catalog, Recommendation.class).size());
	}

	@Test
	void idsAreUniqueAndWellFormed() throws Exception {
		Catalog catalog = Fixtures.catalog();
		Set<String> seen = new HashSet<>();
		for (CatalogElement element : Fixtures.all(catalog, CatalogElement.class)) {
			String id = element.getId();
			assertNotNull(id, element.eClass().getName() + " without id");
			assertTrue(seen.add(id), "duplicate id " + id);
			// XMI writes multi-valued references as blank-separated ids.
			assertFalse(id.chars().anyMatch(Character::isWhitespace), "blank in id " + id);
		}
		assertEquals("kakuninhyo", catalog.getId());
		check(catalog, Part.class, "[12]");
		check(catalog, Category.class, "[12]-(A|B|C|参考)");
		check(catalog, Item.class, "[12]-(A|B|C|参考)-\\d+");
		check(catalog, CheckPoint.class, "[12]-(A|B|C|参考)-\\d+-[①-⑳]");
		check(catalog, Recommendation.class, "[12]-(A|B|C|参考)-\\d+-[①-⑳]-\\([a-z]\\)");
		check(catalog, GlossaryTerm.class, "term-\\d+");
		check(catalog, Volume.class, "(mhlw-gl-6\\.0|provider-gl-1\\.1)/[^/\\s]+");
		check(catalog, Section.class, "(mhlw-gl-6\\.0|provider-gl-1\\.1)/[^/\\s]+/[^/\\s]+");
		assertEquals(List.of("mhlw-gl-6.0", "provider-gl-1.1", "cyber-checklist", "model-contract-security-sheet",
				"external-storage-notice", "e-document-notice"),
				catalog.getDocuments().stream().map(CatalogElement::getId).toList());
	}

	private static void check(Catalog catalog, Class<? extends CatalogElement> type, String regex) {
		Pattern pattern = Pattern.compile(regex);
		List<? extends CatalogElement> elements = Fixtures.all(catalog, type);
		assertFalse(elements.isEmpty(), type.getSimpleName());
		for (CatalogElement element : elements) {
			assertTrue(pattern.matcher(element.getId()).matches(), type.getSimpleName() + " id " + element.getId());
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.kansa.catalog.importer.CatalogImporter;
import jp.kansa.catalog.importer.DataQualityLog;
import jp.kansa.catalog.importer.ImportResult;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Reference;
import jp.kansa.model.Section;
import jp.kansa.model.TitleStatus;
import jp.kansa.model.Volume;

/** Section titles only from confirmed facts; the section tree; who cites 企画管理編 7. */
class SectionTest {

	@Test
	void checkPointsCitingPlanningVolumeSeven() throws Exception {
		Section seven = Fixtures.section(Fixtures.catalog(), "mhlw-gl-6.0/企画管理編/7");
		List<String> citing = seven.getCitations().stream().map(Reference::getCheckPoint).map(CheckPoint::getId).distinct()
				.toList();
		assertEquals(List.of("1-B-3-①", "1-B-3-②", "2-A-9-①", "2-A-9-②"), citing);
		// 2-A-7 cites 7.2, a subsection, not 7 itself.
		assertEquals(List.of("2-A-7-①"), Fixtures.section(Fixtures.catalog(), "mhlw-gl-6.0/企画管理編/7.2").getCitations()
				.stream().map(r -> r.getCheckPoint().getId()).toList());
	}

	@Test
	void titlesOnlyWhenConfirmed() throws Exception {
		Catalog catalog = Fixtures.catalog();
		for (Section section : Fixtures.all(catalog, Section.class)) {
			if (section.getTitle() != null && !section.getTitle().isEmpty()) {
				assertEquals(TitleStatus.CONFIRMED, section.getTitleStatus(), section.getId());
			}
		}
		assertEquals("通常時における責任", Fixtures.section(catalog, "mhlw-gl-6.0/経営管理編/1.2.1").getTitle());
		// 企画管理編 7 and 13: titles confirmed from the published 6.0 text
		Section seven = Fixtures.section(catalog, "mhlw-gl-6.0/企画管理編/7");
		assertEquals("安全管理のための人的管理(職員管理、事業者管理、教育・訓練、事業者選定・契約)", seven.getTitle());
		assertEquals(TitleStatus.CONFIRMED, seven.getTitleStatus());
		assertEquals("医療情報システムの利用者に関する認証等及び権限", Fixtures.section(catalog, "mhlw-gl-6.0/企画管理編/13").getTitle());
		Section notRetrieved = Fixtures.section(catalog, "mhlw-gl-6.0/企画管理編/7.2");
		assertTrue(notRetrieved.getTitle() == null);
		assertEquals(TitleStatus.NOT_RETRIEVED, notRetrieved.getTitleStatus());
		// A draft title (企画管理編 3 in the TSV) is not used.
		Section draft = Fixtures.section(catalog, "mhlw-gl-6.0/企画管理編/3");
		assertEquals(TitleStatus.DRAFT, draft.getTitleStatus());
		assertTrue(draft.getTitle() == null);
		Section truncated = Fixtures.section(catalog, "mhlw-gl-6.0/システム運用編/7.2");
		assertEquals(TitleStatus.CONFIRMED, truncated.getTitleStatus());
		assertTrue(truncated.getStatusNote().contains("truncated"));
		Section inferred = Fixtures.section(catalog, "provider-gl-1.1/本編/3.1.2");
		assertEquals(TitleStatus.INFERRED, inferred.getTitleStatus());
		assertTrue(inferred.getTitle() == null);
		// the guidance volume under its own name, not the web page's 「[特集]」 label
		assertEquals("小規模医療機関等向けガイダンス",
				Fixtures.find(catalog, Volume.class, "mhlw-gl-6.0/小規模医療機関等向けガイダンス").getName());
	}

	@Test
	void sectionsFormATreeByNumber() throws Exception {
		Catalog catalog = Fixtures.catalog();
		Section seven = Fixtures.section(catalog, "mhlw-gl-6.0/企画管理編/7");
		assertEquals(List.of("7.2", "7.4", "7.5"), seven.getSubsections().stream().map(Section::getNumber).toList());
		assertTrue(seven.eContainer() instanceof Volume);
		// 3.4 is not known: 3.4.1 hangs under 3, no intermediate section is invented.
		assertEquals("mhlw-gl-6.0/経営管理編/3",
				((Section) Fixtures.section(catalog, "mhlw-gl-6.0/経営管理編/3.4.1").eContainer()).getId());
		Volume planning = Fixtures.find(catalog, Volume.class, "mhlw-gl-6.0/企画管理編");
		List<String> top = planning.getSections().stream().map(Section::getNumber).toList();
		assertEquals(List.of("1", "2.1.2", "2.1.3", "2.2.2", "3", "4", "5", "6.1.2", "7", "8.1", "8.2.4", "8.3", "9.1",
				"9.2", "11.1", "11.2", "12", "13", "14", "15"), top);
		// 12 (a draft row) is now known: 12.3 hangs under it
		assertEquals("mhlw-gl-6.0/企画管理編/12",
				((Section) Fixtures.section(catalog, "mhlw-gl-6.0/企画管理編/12.3").eContainer()).getId());
	}

	@Test
	void citedSectionMissingFromTsvIsAddedAsNotRetrieved() throws Exception {
		ImportResult result = CatalogImporter.importCatalog(Fixtures.LOCAL.resolve("valid-minimal.txt"),
				Fixtures.IMPORTER_DATA);
		Section added = Fixtures.section(result.catalog(), "mhlw-gl-6.0/企画管理編/99.1");
		assertEquals(TitleStatus.NOT_RETRIEVED, added.getTitleStatus());
		assertTrue(added.getTitle() == null);
		assertEquals(1, added.getCitations().size());
		List<DataQualityLog.Entry> logged = result.log().entries("section-added");
		assertEquals(1, logged.size());
		assertEquals(14, logged.get(0).line());
		assertTrue(logged.get(0).resolution().contains("mhlw-gl-6.0/企画管理編/99.1"));
		assertTrue(result.dataQualityMarkdown().contains("| mhlw-gl-6.0/企画管理編/99.1 | not-retrieved |"));
		// The minimal seed is otherwise well formed: one item, two check points, term *8 linked.
		assertEquals(2, result.stats().checkPoints());
		assertEquals("脆弱性", result.catalog().getGlossary().get(0).getTerm());
	}
}

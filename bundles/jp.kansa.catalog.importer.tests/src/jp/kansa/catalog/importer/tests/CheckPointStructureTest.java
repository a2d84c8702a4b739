/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Recommendation;

/** How rows become check points: markers, continuation rows, shared 内容, (a)(b) recommendations. */
class CheckPointStructureTest {

	@Test
	void secondRiskOfA9IsCheckPointTwoSharingTheContent() throws Exception {
		Catalog catalog = Fixtures.catalog();
		Item a9 = Fixtures.find(catalog, Item.class, "2-A-9");
		assertEquals(List.of("2-A-9-①", "2-A-9-②"), a9.getCheckPoints().stream().map(CheckPoint::getId).toList());
		CheckPoint first = a9.getCheckPoints().get(0);
		CheckPoint second = a9.getCheckPoints().get(1);
		assertEquals("②", second.getMarker());
		assertTrue(second.getRisk().startsWith("事業者による外部保存の期間が終了したり、外部保存の委託自体が終了しているにもかかわらず"),
				second.getRisk());
		assertTrue(first.getRisk().startsWith("医療情報等を外部保存する場合、"), first.getRisk());
		assertEquals(first.getContent(), second.getContent());
		assertTrue(second.getContent().startsWith("診療録及び診療諸記録等の機密情報や個人情報について"));
		assertTrue(second.getRecommendation().startsWith("情報の保存期間が満了した場合や外部保存を終了する場合"));
	}

	@Test
	void markersAndIds() throws Exception {
		Catalog catalog = Fixtures.catalog();
		CheckPoint single = Fixtures.checkPoint(catalog, "1-A-1-①");
		assertEquals("", single.getMarker());
		assertNull(single.getRisk(), "Part 1 has no risk column");
		CheckPoint numbered = Fixtures.checkPoint(catalog, "1-A-2-②");
		assertEquals("②", numbered.getMarker());
		assertEquals("医療情報を第三者提供する場合の管理体制が整備されているか。", numbered.getContent());
		assertEquals("③", Fixtures.checkPoint(catalog, "1-参考-3-③").getMarker());
		// Two printed questions in one row with one answer stay one check point, numbers kept in the text.
		CheckPoint merged = Fixtures.checkPoint(catalog, "1-参考-1-①");
		assertEquals("", merged.getMarker());
		assertTrue(merged.getContent().startsWith("① 事業者の情報セキュリティ") && merged.getContent().contains(" ② "));
	}

	@Test
	void recommendationsAreSplitOnLabels() throws Exception {
		Catalog catalog = Fixtures.catalog();
		CheckPoint a2 = Fixtures.checkPoint(catalog, "1-A-2-①");
		assertEquals(List.of("(a)", "(b)", "(c)"), a2.getRecommendations().stream().map(Recommendation::getLabel).toList());
		assertEquals("1-A-2-①-(a)", a2.getRecommendations().get(0).getId());
		assertEquals("契約終了時のデータの取り扱い等も確認しておく。", a2.getRecommendations().get(2).getText());
		assertTrue(a2.getRecommendation().startsWith("(a) どの事業者と"));
		CheckPoint unlabelled = Fixtures.checkPoint(catalog, "1-A-2-②");
		assertTrue(unlabelled.getRecommendations().isEmpty());
		// The lead-in of 2-A-10 stays in the whole text only.
		CheckPoint a10 = Fixtures.checkPoint(catalog, "2-A-10-①");
		assertEquals(3, a10.getRecommendations().size());
		assertEquals("事前に医療機関の承諾が必要であること、", a10.getRecommendations().get(0).getText());
		assertTrue(a10.getRecommendation().startsWith("医療情報システムに関する業務を事業者が再委託する場合には、"));
	}
}

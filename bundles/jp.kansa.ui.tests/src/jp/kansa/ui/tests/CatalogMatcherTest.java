/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.ui.internal.search.CatalogMatcher;
import jp.kansa.ui.internal.search.SearchText;

class CatalogMatcherTest {

	private final CatalogMatcher matcher = new CatalogMatcher();

	@Test
	void normalizationFoldsWidthAndCase() {
		assertEquals("sla（）".replace("（）", "()"), SearchText.normalize("ＳＬＡ（）")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("バックアップ", SearchText.normalize("ﾊﾞｯｸｱｯﾌﾟ")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void checkPointMatchesItsOwnTextAndTheItemAboveMatchesThroughIt() {
		CheckPoint checkPoint = CatalogFacts.checkPoint("1-A-2-①"); //$NON-NLS-1$

		assertTrue(matcher.matches(checkPoint, "協働体制")); //$NON-NLS-1$
		assertTrue(matcher.matches(checkPoint.getItem(), "協働体制")); //$NON-NLS-1$
		assertFalse(matcher.matches(CatalogFacts.checkPoint("1-A-1-①"), "協働体制")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void searchingAnItemTitleKeepsItsCheckPoints() {
		Item item = CatalogFacts.element("1-A-2", Item.class); //$NON-NLS-1$

		item.getCheckPoints().forEach(checkPoint -> assertTrue(matcher.matches(checkPoint, item.getTitle())));
	}

	@Test
	void idsAndRecommendationsAreSearchedToo() {
		assertTrue(matcher.matches(CatalogFacts.checkPoint("2-A-9-②"), "2-a-9-②")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(matcher.matches(CatalogFacts.checkPoint("1-A-2-①"), "契約終了時のデータ")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void blankQueryMatchesEverything() {
		assertTrue(matcher.matches(CatalogFacts.checkPoint("1-A-1-①"), "  ")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

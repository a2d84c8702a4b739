/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui.tests;

import jp.kansa.model.Catalog;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Part;

/** A two-check-point catalog, enough to exercise the adapters without the embedded catalog. */
final class SmallCatalog {

	static final String CONTENT = "事業者との契約・協働体制を確認する。"; //$NON-NLS-1$

	final Catalog catalog;
	final Part part;
	final Category category;
	final Item item;
	final CheckPoint first;
	final CheckPoint second;

	SmallCatalog() {
		KansaFactory factory = KansaFactory.eINSTANCE;
		catalog = factory.createCatalog();
		catalog.setId("test"); //$NON-NLS-1$
		part = factory.createPart();
		part.setId("1"); //$NON-NLS-1$
		part.setNumber(1);
		part.setTitle("主に医療機関が実施する項目"); //$NON-NLS-1$
		catalog.getParts().add(part);
		category = factory.createCategory();
		category.setId("1-A"); //$NON-NLS-1$
		category.setCode("A"); //$NON-NLS-1$
		category.setTitle("事業者選定・事業者管理"); //$NON-NLS-1$
		part.getCategories().add(category);
		item = factory.createItem();
		item.setId("1-A-1"); //$NON-NLS-1$
		item.setNumber("1"); //$NON-NLS-1$
		item.setTitle("事業者からの開示資料の確認"); //$NON-NLS-1$
		category.getItems().add(item);
		first = checkPoint("1-A-1-①", "①", CONTENT); //$NON-NLS-1$ //$NON-NLS-2$
		second = checkPoint("1-A-1-②", "②", "ＳＬＡを確認する。"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private CheckPoint checkPoint(String id, String marker, String content) {
		CheckPoint checkPoint = KansaFactory.eINSTANCE.createCheckPoint();
		checkPoint.setId(id);
		checkPoint.setMarker(marker);
		checkPoint.setContent(content);
		item.getCheckPoints().add(checkPoint);
		return checkPoint;
	}
}

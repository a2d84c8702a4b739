/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kansa.model.Catalog;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Part;
import jp.kansa.ui.internal.SharedCatalog;

/**
 * The check points of the shipped 確認表 in printed order: the rows of the matrix and the
 * universe of the progress counts. The catalog is the one the catalog views share, so that a
 * check point selected here is the same object there.
 */
public final class CatalogRows {

	private static List<CheckPoint> checkPoints;
	private static Map<String, CheckPoint> byId;

	private CatalogRows() {
	}

	public static Catalog catalog() {
		return SharedCatalog.catalog();
	}

	public static synchronized List<CheckPoint> checkPoints() {
		if (checkPoints == null) {
			List<CheckPoint> all = new ArrayList<>();
			Map<String, CheckPoint> ids = new HashMap<>();
			for (Part part : catalog().getParts()) {
				for (Category category : part.getCategories()) {
					for (Item item : category.getItems()) {
						for (CheckPoint checkPoint : item.getCheckPoints()) {
							all.add(checkPoint);
							ids.put(checkPoint.getId(), checkPoint);
						}
					}
				}
			}
			checkPoints = List.copyOf(all);
			byId = ids;
		}
		return checkPoints;
	}

	public static List<String> checkPointIds() {
		return checkPoints().stream().map(CheckPoint::getId).toList();
	}

	public static CheckPoint checkPoint(String id) {
		checkPoints();
		return byId.get(id);
	}

	public static Part partOf(String checkPointId) {
		CheckPoint checkPoint = checkPoint(checkPointId);
		return checkPoint == null ? null : checkPoint.getItem().getCategory().getPart();
	}
}

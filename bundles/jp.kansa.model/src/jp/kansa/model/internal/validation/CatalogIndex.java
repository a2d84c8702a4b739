/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jp.kansa.model.Catalog;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Part;

/** The check point ids of a catalog, and which of them are Part 2 (医療機関と事業者が共同で実施する項目). */
public final class CatalogIndex {

	/** Part 2 is where roles must be agreed; the number is printed on the 確認表. */
	static final int JOINT_PART_NUMBER = 2;

	private final Set<String> all = new HashSet<>();
	private final Set<String> part2 = new LinkedHashSet<>();

	public CatalogIndex(Catalog catalog) {
		for (Part part : catalog.getParts()) {
			for (Category category : part.getCategories()) {
				for (Item item : category.getItems()) {
					for (CheckPoint checkPoint : item.getCheckPoints()) {
						all.add(checkPoint.getId());
						if (part.getNumber() == JOINT_PART_NUMBER) {
							part2.add(checkPoint.getId());
						}
					}
				}
			}
		}
	}

	public boolean contains(String checkPointId) {
		return all.contains(checkPointId);
	}

	/** Part 2 check point ids in catalog order. */
	public Set<String> part2() {
		return part2;
	}
}

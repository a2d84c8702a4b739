/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.util.HashMap;
import java.util.Map;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Part;

/**
 * The check points of one Part, by stable id and by 項番 as the 確認表 prints it (A-9 ②), so a
 * row whose hidden id a vendor emptied is still found.
 */
final class PartRows {

	private final Part part;
	private final Map<String, CheckPoint> byId = new HashMap<>();
	private final Map<String, CheckPoint> byNumber = new HashMap<>();

	PartRows(Part part) {
		this.part = part;
		part.getCategories().forEach(category -> category.getItems().forEach(item -> item.getCheckPoints().forEach(cp -> {
			byId.put(cp.getId(), cp);
			byNumber.put(Texts.withoutSpace(number(cp)), cp);
		})));
	}

	Part part() {
		return part;
	}

	CheckPoint byId(String id) {
		return byId.get(id.strip());
	}

	CheckPoint byNumber(String number) {
		return byNumber.get(Texts.withoutSpace(number));
	}

	/** 項番 as printed: category code, item number and the ①② marker (same rule as the export). */
	static String number(CheckPoint checkPoint) {
		Item item = checkPoint.getItem();
		String number = item.getCategory().getCode() + "-" + item.getNumber();
		String marker = checkPoint.getMarker();
		return marker == null || marker.isEmpty() ? number : number + " " + marker;
	}
}

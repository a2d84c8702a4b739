/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Part;

/**
 * The columns of the 確認表 itself, in its order, after the hidden stable id. 想定されるリスク
 * only where the Part has it (Part 2).
 */
public final class CatalogColumns implements CheckPointColumns {

	@Override
	public List<Column<CheckPoint>> columns(Part part, WorkpaperText text) {
		List<Column<CheckPoint>> columns = new ArrayList<>();
		columns.add(Column.id(text.get("col.id"), CheckPoint::getId));
		columns.add(Column.wrapped(text.get("col.category"), 12, CatalogColumns::category));
		columns.add(Column.text(text.get("col.number"), 8, CatalogColumns::number));
		columns.add(Column.wrapped(text.get("col.item"), 16, cp -> cp.getItem().getTitle()));
		columns.add(Column.wrapped(text.get("col.content"), 34, CheckPoint::getContent));
		if (part.isHasRiskColumn()) {
			columns.add(Column.wrapped(text.get("col.risk"), 34, CheckPoint::getRisk));
		}
		columns.add(Column.wrapped(text.get("col.recommendation"), 50, CatalogColumns::recommendation));
		columns.add(Column.wrapped(text.get("col.references"), 30, CatalogColumns::references));
		return columns;
	}

	static String category(CheckPoint checkPoint) {
		Category category = checkPoint.getItem().getCategory();
		return category.getCode() + " " + category.getTitle();
	}

	/** 項番 as the 確認表 prints it: category, item number and the ①② marker, e.g. A-9 ②. */
	static String number(CheckPoint checkPoint) {
		Item item = checkPoint.getItem();
		String number = item.getCategory().getCode() + "-" + item.getNumber();
		String marker = checkPoint.getMarker();
		return marker == null || marker.isEmpty() ? number : number + " " + marker;
	}

	/** The (a)(b)(c) sub-recommendations one per line, which the printed 確認表 also does. */
	static String recommendation(CheckPoint checkPoint) {
		if (checkPoint.getRecommendations().isEmpty()) {
			return checkPoint.getRecommendation();
		}
		return checkPoint.getRecommendations().stream()
				.map(r -> r.getLabel() + " " + r.getText())
				.collect(Collectors.joining("\n"));
	}

	/** One cited document per line, as printed (the source runs them together after ・). */
	static String references(CheckPoint checkPoint) {
		String text = checkPoint.getReferenceText();
		return text == null ? null : text.replace(" ・", "\n・");
	}
}

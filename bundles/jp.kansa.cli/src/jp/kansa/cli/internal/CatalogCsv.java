/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Reference;

/** The catalog as one CSV row per check point × reference, for filtering in a spreadsheet. */
public final class CatalogCsv {

	public static final List<String> HEADER = List.of("check_point_id", "part", "category", "item_number",
			"item_title", "marker", "content", "risk", "recommendation", "citation", "detail", "target_id",
			"target_type", "document", "volume", "section_number", "section_title", "title_status");

	private CatalogCsv() {
	}

	/** The whole file, starting with the byte order mark. */
	public static String of(Catalog catalog) {
		StringBuilder out = new StringBuilder(Csv.BOM);
		Csv.record(HEADER, out);
		for (TreeIterator<EObject> it = catalog.eAllContents(); it.hasNext();) {
			if (it.next() instanceof CheckPoint checkPoint) {
				it.prune();
				for (Reference reference : checkPoint.getReferences()) {
					Csv.record(row(checkPoint, reference), out);
				}
			}
		}
		return out.toString();
	}

	private static List<String> row(CheckPoint checkPoint, Reference reference) {
		Item item = checkPoint.getItem();
		Targets target = Targets.of(reference.getTarget());
		List<String> row = new ArrayList<>(HEADER.size());
		row.add(checkPoint.getId());
		row.add(String.valueOf(item.getCategory().getPart().getNumber()));
		row.add(item.getCategory().getCode());
		row.add(item.getNumber());
		row.add(item.getTitle());
		row.add(checkPoint.getMarker());
		row.add(checkPoint.getContent());
		row.add(checkPoint.getRisk());
		row.add(checkPoint.getRecommendation());
		row.add(reference.getCitation());
		row.add(reference.getDetail());
		row.add(target.id());
		row.add(target.type());
		row.add(target.document());
		row.add(target.volume());
		row.add(target.sectionNumber());
		row.add(target.title());
		row.add(target.titleStatus());
		return row;
	}
}

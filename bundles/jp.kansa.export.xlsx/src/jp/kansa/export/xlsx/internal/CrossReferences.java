/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.Reference;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Section;
import jp.kansa.model.TitleStatus;
import jp.kansa.model.Volume;

/**
 * The ガイドライン相互参照 sheet: every cited document, 編 or section, in the order of the guideline,
 * with the check points that cite it. A section without a confirmed title says so instead of
 * guessing one.
 */
public final class CrossReferences {

	/** A cited target and the check points citing it, in 確認表 order and without repeats. */
	public record Row(ReferenceTarget target, List<String> citedBy) {
	}

	private CrossReferences() {
	}

	public static Table<Row> table(Catalog catalog, WorkpaperText text) {
		List<Column<Row>> columns = List.of(
				Column.id(text.get("col.id"), row -> row.target().getId()),
				Column.wrapped(text.get("col.document"), 24, row -> document(row.target()).getShortTitle()),
				Column.wrapped(text.get("col.volume"), 18, row -> volumeName(row.target())),
				Column.text(text.get("col.section"), 9, row -> row.target() instanceof Section s ? s.getNumber() : null),
				Column.wrapped(text.get("col.title"), 36, row -> title(row.target(), text)),
				Column.text(text.get("col.titleStatus"), 10, row -> status(row.target(), text)),
				Column.wrapped(text.get("col.citedBy"), 36, row -> String.join("、", row.citedBy())),
				Column.number(text.get("col.count"), 6, row -> Integer.valueOf(row.citedBy().size())));
		return new Table<>(text.get("sheet.crossReference"), columns, rows(catalog));
	}

	public static List<Row> rows(Catalog catalog) {
		Map<CheckPoint, Integer> order = new HashMap<>();
		catalog.eAllContents().forEachRemaining(o -> {
			if (o instanceof CheckPoint cp) {
				order.put(cp, Integer.valueOf(order.size()));
			}
		});
		List<Row> rows = new ArrayList<>();
		for (GuidelineDocument document : catalog.getDocuments()) {
			add(document, order, rows);
			document.eAllContents().forEachRemaining(o -> {
				if (o instanceof ReferenceTarget target) {
					add(target, order, rows);
				}
			});
		}
		return rows;
	}

	private static void add(ReferenceTarget target, Map<CheckPoint, Integer> order, List<Row> rows) {
		if (target.getCitations().isEmpty()) {
			return;
		}
		List<CheckPoint> citing = new ArrayList<>();
		for (Reference reference : target.getCitations()) {
			citing.add(reference.getCheckPoint());
		}
		citing.sort((a, b) -> Integer.compare(order.getOrDefault(a, -1), order.getOrDefault(b, -1)));
		Set<String> ids = new LinkedHashSet<>();
		citing.forEach(cp -> ids.add(cp.getId()));
		rows.add(new Row(target, List.copyOf(ids)));
	}

	static GuidelineDocument document(ReferenceTarget target) {
		EObject object = target;
		while (object != null && !(object instanceof GuidelineDocument)) {
			object = object.eContainer();
		}
		return (GuidelineDocument) object;
	}

	static String volumeName(ReferenceTarget target) {
		EObject object = target;
		while (object != null && !(object instanceof Volume)) {
			object = object.eContainer();
		}
		return object == null ? null : ((Volume) object).getName();
	}

	static String title(ReferenceTarget target, WorkpaperText text) {
		if (target instanceof Section section) {
			boolean confirmed = section.getTitleStatus() == TitleStatus.CONFIRMED
					&& section.getTitle() != null && !section.getTitle().isEmpty();
			return confirmed ? section.getTitle() : text.get("title.unconfirmed");
		}
		if (target instanceof Volume volume) {
			return volume.getName();
		}
		return ((GuidelineDocument) target).getTitle();
	}

	static String status(ReferenceTarget target, WorkpaperText text) {
		return target instanceof Section section ? text.get("status." + section.getTitleStatus().getLiteral()) : null;
	}
}

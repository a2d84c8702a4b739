/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kansa.model.Catalog;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Part;
import jp.kansa.model.Recommendation;
import jp.kansa.model.Reference;

/** The catalog as a JSON tree: parts → categories → items → check points → references. */
public final class CatalogJson {

	private CatalogJson() {
	}

	public static Map<String, Object> of(Catalog catalog) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("id", catalog.getId());
		root.put("title", catalog.getTitle());
		root.put("subtitle", catalog.getSubtitle());
		root.put("edition", catalog.getEdition());
		root.put("publisher", catalog.getPublisher());
		List<Object> parts = new ArrayList<>();
		for (Part part : catalog.getParts()) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("id", part.getId());
			p.put("number", Integer.valueOf(part.getNumber()));
			p.put("title", part.getTitle());
			p.put("categories", map(part.getCategories(), CatalogJson::category));
			parts.add(p);
		}
		root.put("parts", parts);
		return root;
	}

	private static Map<String, Object> category(Category category) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("id", category.getId());
		c.put("code", category.getCode());
		c.put("title", category.getTitle());
		c.put("items", map(category.getItems(), CatalogJson::item));
		return c;
	}

	private static Map<String, Object> item(Item item) {
		Map<String, Object> i = new LinkedHashMap<>();
		i.put("id", item.getId());
		i.put("number", item.getNumber());
		i.put("title", item.getTitle());
		i.put("checkPoints", map(item.getCheckPoints(), CatalogJson::checkPoint));
		return i;
	}

	private static Map<String, Object> checkPoint(CheckPoint checkPoint) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("id", checkPoint.getId());
		c.put("marker", checkPoint.getMarker());
		c.put("content", checkPoint.getContent());
		c.put("risk", checkPoint.getRisk());
		c.put("recommendation", checkPoint.getRecommendation());
		c.put("recommendations", map(checkPoint.getRecommendations(), CatalogJson::recommendation));
		c.put("referenceText", checkPoint.getReferenceText());
		c.put("references", map(checkPoint.getReferences(), CatalogJson::reference));
		return c;
	}

	private static Map<String, Object> recommendation(Recommendation recommendation) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("id", recommendation.getId());
		r.put("label", recommendation.getLabel());
		r.put("text", recommendation.getText());
		return r;
	}

	private static Map<String, Object> reference(Reference reference) {
		Targets target = Targets.of(reference.getTarget());
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("citation", reference.getCitation());
		r.put("detail", reference.getDetail());
		r.put("targetId", target.id());
		r.put("targetType", target.type());
		r.put("document", target.document());
		r.put("volume", target.volume());
		r.put("sectionNumber", target.sectionNumber());
		r.put("title", target.title());
		r.put("titleStatus", target.titleStatus());
		return r;
	}

	private static <T> List<Object> map(List<T> elements, java.util.function.Function<T, Object> mapper) {
		List<Object> result = new ArrayList<>(elements.size());
		elements.forEach(e -> result.add(mapper.apply(e)));
		return result;
	}
}

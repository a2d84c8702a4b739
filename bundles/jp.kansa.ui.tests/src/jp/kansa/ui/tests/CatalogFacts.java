/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.Catalog;
import jp.kansa.model.CatalogElement;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Reference;
import jp.kansa.ui.internal.SharedCatalog;

/**
 * Expectations computed straight from the model, independently of the view code, so that the
 * tests compare what the user sees with what the catalog says.
 */
final class CatalogFacts {

	static final String KIKAKU_7 = "mhlw-gl-6.0/企画管理編/7"; //$NON-NLS-1$

	private CatalogFacts() {
	}

	static Catalog catalog() {
		return SharedCatalog.catalog();
	}

	static List<CheckPoint> checkPoints() {
		List<CheckPoint> all = new ArrayList<>();
		EcoreUtil.getAllContents(catalog(), true).forEachRemaining(object -> {
			if (object instanceof CheckPoint checkPoint) {
				all.add(checkPoint);
			}
		});
		return all;
	}

	static CheckPoint checkPoint(String id) {
		return checkPoints().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
	}

	static <T extends CatalogElement> T element(String id, Class<T> type) {
		for (var it = EcoreUtil.<EObject>getAllContents(catalog(), true); it.hasNext();) {
			if (it.next() instanceof CatalogElement element && id.equals(element.getId())) {
				return type.cast(element);
			}
		}
		throw new AssertionError("no element " + id); //$NON-NLS-1$
	}

	/** Ids of the check points with a Reference whose target has the given id. */
	static Set<String> idsCiting(String targetId) {
		return checkPoints().stream()
				.filter(c -> c.getReferences().stream().map(Reference::getTarget)
						.anyMatch(t -> t != null && targetId.equals(t.getId())))
				.map(CheckPoint::getId)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * Ids of the check points any of whose texts, or those of its item and category, contain the
	 * query verbatim: every string attribute of the check point, of what it contains and of its
	 * glossary terms.
	 */
	static Set<String> idsContaining(String query) {
		return checkPoints().stream()
				.filter(c -> allTexts(c).contains(query))
				.map(CheckPoint::getId)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static String allTexts(CheckPoint checkPoint) {
		StringBuilder text = new StringBuilder();
		append(text, checkPoint);
		checkPoint.eAllContents().forEachRemaining(object -> append(text, object));
		checkPoint.getTerms().forEach(term -> append(text, term));
		append(text, checkPoint.getItem());
		append(text, checkPoint.getItem().getCategory());
		return text.toString();
	}

	private static void append(StringBuilder text, EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (object.eGet(attribute) instanceof String value) {
				text.append(value).append('\n');
			}
		}
	}
}

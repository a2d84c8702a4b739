/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.StringJoiner;

import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.Item;
import jp.kansa.model.Part;
import jp.kansa.model.Recommendation;
import jp.kansa.model.Reference;

/**
 * What the search looks at for one catalog element (its own texts, not its children's), and
 * the normalisation applied to both that text and the query.
 */
public final class SearchText {

	private SearchText() {
	}

	/**
	 * NFKC folds full-width Latin and digits to half-width and half-width katakana to
	 * full-width, so "ＳＬＡ" finds "SLA"; lower-casing then makes Latin case-insensitive.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** The element's own searchable texts, normalized, separated by newlines. */
	public static String of(Object element) {
		StringJoiner text = new StringJoiner("\n"); //$NON-NLS-1$
		if (element instanceof Part part) {
			add(text, part.getId(), "Part " + part.getNumber(), part.getTitle()); //$NON-NLS-1$
		} else if (element instanceof Category category) {
			add(text, category.getId(), category.getCode(), category.getTitle());
		} else if (element instanceof Item item) {
			add(text, item.getId(), item.getTitle());
		} else if (element instanceof CheckPoint checkPoint) {
			addCheckPoint(text, checkPoint);
		}
		return normalize(text.toString());
	}

	private static void addCheckPoint(StringJoiner text, CheckPoint checkPoint) {
		add(text, checkPoint.getId(), checkPoint.getContent(), checkPoint.getRisk(), checkPoint.getRecommendation(),
				checkPoint.getReferenceText());
		for (Recommendation recommendation : checkPoint.getRecommendations()) {
			add(text, recommendation.getText());
		}
		for (Reference reference : checkPoint.getReferences()) {
			add(text, reference.getCitation(), reference.getDetail());
		}
		for (GlossaryTerm term : checkPoint.getTerms()) {
			add(text, term.getTerm(), term.getDefinition());
		}
	}

	private static void add(StringJoiner text, String... parts) {
		for (String part : parts) {
			if (part != null && !part.isEmpty()) {
				text.add(part);
			}
		}
	}
}

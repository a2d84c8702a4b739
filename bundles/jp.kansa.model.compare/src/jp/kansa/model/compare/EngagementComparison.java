/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.compare.internal.ElementIndex;
import jp.kansa.model.compare.internal.ModelLabels;

/**
 * The differences between two engagements, or two versions of one: elements matched by their
 * stable id (annotations, which have none, by container, author, time and position), every stored
 * feature compared reflectively. The one definition of "changed" shared by 比較, the workpaper's
 * 比較 sheet, {@code kansa diff} and the team merge ({@link ThreeWayComparison}).
 * <p>
 * Order: the newer version's document order (engagement, team, parties, contracts with their
 * clauses, checks with their annotations, evidence, findings, sign-offs; fields in model order),
 * then what was removed, in the older version's order. Texts are in Japanese unless the locale is
 * English.
 */
public final class EngagementComparison {

	private final List<Difference> differences;
	private final ModelLabels labels;

	private EngagementComparison(List<Difference> differences, ModelLabels labels) {
		this.differences = List.copyOf(differences);
		this.labels = labels;
	}

	public static EngagementComparison compare(EObject older, EObject newer, Locale locale) {
		return compare(ElementIndex.of(older), ElementIndex.of(newer), ModelLabels.of(locale));
	}

	static EngagementComparison compare(ElementIndex older, ElementIndex newer, ModelLabels labels) {
		return new EngagementComparison(new DifferenceFinder(older, newer, labels).find(), labels);
	}

	/** Every difference, {@code lastModified} stamps included. */
	public List<Difference> differences() {
		return differences;
	}

	public List<Difference> differences(DifferenceFilter filter) {
		return filter.apply(differences);
	}

	/** No difference at all, stamps included. */
	public boolean isEmpty() {
		return differences.isEmpty();
	}

	public Locale locale() {
		return labels.locale();
	}

	/**
	 * One line for people: {@code C-2 × 2-A-9-① 評価: 未評価 → 適合}, {@code F-3 (指摘事項) を追加: title}.
	 * Empty values show as a dash, line breaks as ⏎.
	 */
	public String line(Difference d) {
		return switch (d.kind()) {
		case CHANGED -> MessageFormat.format(labels.text("changed"), d.element().path(), d.fieldLabel(), //$NON-NLS-1$
				shown(d.oldText()), shown(d.newText()));
		case ADDED -> MessageFormat.format(labels.text("added"), d.element().path(), d.element().kindLabel(), //$NON-NLS-1$
				shown(d.newText()));
		case REMOVED -> MessageFormat.format(labels.text("removed"), d.element().path(), d.element().kindLabel(), //$NON-NLS-1$
				shown(d.oldText()));
		};
	}

	private String shown(String text) {
		return text == null || text.isEmpty() ? labels.text("empty") : text.replace("\r\n", "⏎").replace('\n', '⏎'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.Engagement;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.Reference;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Section;
import jp.kansa.model.Volume;
import jp.kansa.model.engagement.GuidelineCoverage;
import jp.kansa.ui.workpaper.internal.i18n.Messages;

/**
 * The rows of the ガイドラインカバレッジ view: per document, 編 and section the counts of
 * {@link GuidelineCoverage} (the definition the workpaper's サマリー counts with too), and below
 * each target the check points citing it directly with the assessment of each of their checks,
 * so that a section drills down to what makes its numbers. No widgets, so it is tested on its own.
 */
public final class Coverage {

	/**
	 * One row of the coverage tree.
	 *
	 * @param element  the document, 編 or section ({@link ReferenceTarget}), or a citing {@link CheckPoint}
	 * @param status   for a check point, each counted check as "C-1 適合"; empty for a target
	 * @param children sections first, then the check points citing this target directly
	 */
	public record Row(Object element, String label, GuidelineCoverage.Tally tally, String status, List<Row> children) {

		public boolean isCheckPoint() {
			return element instanceof CheckPoint;
		}
	}

	private final GuidelineCoverage coverage;
	private final Map<CheckPoint, Integer> order = new HashMap<>();

	private Coverage(Engagement engagement, Catalog catalog) {
		this.coverage = GuidelineCoverage.of(engagement);
		catalog.eAllContents().forEachRemaining(o -> {
			if (o instanceof CheckPoint checkPoint) {
				order.put(checkPoint, Integer.valueOf(order.size()));
			}
		});
	}

	/** The documents of the catalog with their 編 and sections; targets nobody cites are left out. */
	public static List<Row> compute(Engagement engagement, Catalog catalog) {
		Coverage coverage = new Coverage(engagement, catalog);
		List<Row> rows = new ArrayList<>();
		for (GuidelineDocument document : catalog.getDocuments()) {
			Row row = coverage.row(document);
			if (row != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	/** The row of {@code target}, or {@code null} when no check point cites it or anything inside it. */
	private Row row(ReferenceTarget target) {
		GuidelineCoverage.Tally tally = coverage.tally(target);
		if (tally.checkPoints() == 0) {
			return null;
		}
		List<Row> children = new ArrayList<>();
		for (ReferenceTarget child : GuidelineCoverage.children(target)) {
			Row row = row(child);
			if (row != null) {
				children.add(row);
			}
		}
		directlyCiting(target).forEach(checkPoint -> children.add(row(checkPoint)));
		return new Row(target, label(target), tally, "", List.copyOf(children)); //$NON-NLS-1$
	}

	private Row row(CheckPoint checkPoint) {
		String id = checkPoint.getId();
		StringJoiner status = new StringJoiner(Messages.CoverageView_statusSeparator);
		for (Map.Entry<Contract, AssessmentStatus> check : coverage.assessments(id).entrySet()) {
			status.add(check.getKey().getId() + " " + word(check.getValue())); //$NON-NLS-1$
		}
		String item = checkPoint.getItem() == null ? null : checkPoint.getItem().getTitle();
		String label = item == null || item.isBlank() ? id : id + " " + item; //$NON-NLS-1$
		return new Row(checkPoint, label, coverage.tally(List.of(id)), status.toString(), List.of());
	}

	/** The check points citing the target itself, in 確認表 order, each once. */
	private List<CheckPoint> directlyCiting(ReferenceTarget target) {
		List<CheckPoint> checkPoints = new ArrayList<>();
		for (Reference reference : target.getCitations()) {
			CheckPoint checkPoint = reference.getCheckPoint();
			if (checkPoint != null && !checkPoints.contains(checkPoint)) {
				checkPoints.add(checkPoint);
			}
		}
		checkPoints.sort(Comparator.comparing(cp -> order.getOrDefault(cp, Integer.valueOf(-1))));
		return checkPoints;
	}

	static String label(ReferenceTarget target) {
		if (target instanceof GuidelineDocument document) {
			String shortTitle = document.getShortTitle();
			return shortTitle == null || shortTitle.isBlank() ? document.getTitle() : shortTitle;
		}
		if (target instanceof Volume volume) {
			return volume.getName();
		}
		if (target instanceof Section section) {
			String title = section.getTitle();
			return title == null || title.isBlank() ? section.getNumber() : section.getNumber() + " " + title; //$NON-NLS-1$
		}
		return target.getId();
	}

	/** The word an auditor reads for an assessment, as in the editor's 評価 page. */
	public static String word(AssessmentStatus status) {
		return switch (status) {
		case NOT_ASSESSED -> Messages.Assessment_notAssessed;
		case CONFORMING -> Messages.Assessment_conforming;
		case PARTIALLY_CONFORMING -> Messages.Assessment_partiallyConforming;
		case NON_CONFORMING -> Messages.Assessment_nonConforming;
		case NOT_APPLICABLE -> Messages.Assessment_notApplicable;
		};
	}
}

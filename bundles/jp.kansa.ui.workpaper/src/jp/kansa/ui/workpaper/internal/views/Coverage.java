/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.kansa.model.Catalog;
import jp.kansa.model.Engagement;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.Reference;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Section;
import jp.kansa.model.Volume;
import jp.kansa.model.engagement.CheckPointStatus;
import jp.kansa.model.engagement.ContractCheckIndex;

/**
 * How far an engagement covers the guideline the 確認表 cites: per document, 編 and section, the
 * check points citing it and how many of them are 適合. No widgets, so it is tested on its own.
 * <p>
 * A row counts the check points citing the target itself or anything below it, so that a 編 sums
 * up its sections (each check point once). A check point is 適合 as in the workpaper's サマリー:
 * every contract in scope has it 適合 or 該当なし and at least one has it 適合; anything else,
 * including a contract that has no check for it yet, is open (未完了).
 */
public final class Coverage {

	/** One row of the coverage tree. */
	public record Row(ReferenceTarget target, String label, int citing, int conforming, List<Row> children) {

		public int open() {
			return citing - conforming;
		}

		/** Share of citing check points that are 適合, 0 to 1; 0 when nothing cites the target. */
		public double rate() {
			return citing == 0 ? 0 : (double) conforming / citing;
		}
	}

	private final Engagement engagement;
	private final ContractCheckIndex index;

	private Coverage(Engagement engagement) {
		this.engagement = engagement;
		this.index = ContractCheckIndex.of(engagement);
	}

	/** The documents of the catalog with their 編 and sections; targets nobody cites are left out. */
	public static List<Row> compute(Engagement engagement, Catalog catalog) {
		Coverage coverage = new Coverage(engagement);
		List<Row> rows = new ArrayList<>();
		for (GuidelineDocument document : catalog.getDocuments()) {
			coverage.row(document, new LinkedHashSet<>(), rows);
		}
		return rows;
	}

	/** Adds the row of {@code target} to {@code siblings} and its citing check points to {@code citedAbove}. */
	private void row(ReferenceTarget target, Set<String> citedAbove, List<Row> siblings) {
		Set<String> cited = new LinkedHashSet<>();
		for (Reference reference : target.getCitations()) {
			if (reference.getCheckPoint() != null) {
				cited.add(reference.getCheckPoint().getId());
			}
		}
		List<Row> children = new ArrayList<>();
		for (ReferenceTarget child : children(target)) {
			row(child, cited, children);
		}
		citedAbove.addAll(cited);
		if (cited.isEmpty()) {
			return;
		}
		int conforming = (int) cited.stream().filter(this::isConforming).count();
		siblings.add(new Row(target, label(target), cited.size(), conforming, List.copyOf(children)));
	}

	private static List<? extends ReferenceTarget> children(ReferenceTarget target) {
		if (target instanceof GuidelineDocument document) {
			return document.getVolumes();
		}
		if (target instanceof Volume volume) {
			return volume.getSections();
		}
		if (target instanceof Section section) {
			return section.getSubsections();
		}
		return List.of();
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

	boolean isConforming(String checkPointId) {
		return CheckPointStatus.of(engagement, index, checkPointId) == CheckPointStatus.CONFORMING;
	}
}

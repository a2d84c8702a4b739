/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.List;
import java.util.Locale;

import jp.kansa.model.Engagement;
import jp.kansa.model.compare.Difference;
import jp.kansa.model.compare.DifferenceFilter;
import jp.kansa.model.compare.EngagementComparison;

/**
 * 比較: one row per difference between an earlier version of the engagement and this one, as
 * {@code kansa diff} lists them: what happened, to what, where, which field, before and after.
 * The tool's own {@code lastModified} stamps are left out, as in the diff, because nobody edited
 * them; a reviewer reads what people changed.
 */
public final class ComparisonSheet {

	private final WorkpaperText text;
	private final List<Difference> differences;

	public ComparisonSheet(Engagement before, Engagement now, Locale locale, WorkpaperText text) {
		this.text = text;
		this.differences = EngagementComparison.compare(before, now, locale).differences(DifferenceFilter.PEOPLE);
	}

	public Table<Difference> table() {
		List<Column<Difference>> columns = List.of(
				Column.id(text.get("col.id"), ComparisonSheet::id),
				Column.<Difference>text(text.get("col.compareKind"), 8, this::kind).withKey("kind"),
				Column.<Difference>text(text.get("col.compareElement"), 14, d -> d.element().kindLabel())
						.withKey("element"),
				Column.<Difference>text(text.get("col.comparePath"), 22, d -> d.element().path()).withKey("path"),
				Column.<Difference>text(text.get("col.compareField"), 14, Difference::fieldLabel).withKey("field"),
				Column.<Difference>wrapped(text.get("col.compareOld"), 36, Difference::oldText).withKey("old"),
				Column.<Difference>wrapped(text.get("col.compareNew"), 36, Difference::newText).withKey("new"));
		return new Table<>(text.get("sheet.comparison"), columns, differences);
	}

	/** The element's id; an element without one (an annotation) by where it is. */
	private static String id(Difference d) {
		return d.element().id() != null ? d.element().id() : d.element().path();
	}

	private String kind(Difference d) {
		return switch (d.kind()) {
		case ADDED -> text.get("compare.added");
		case REMOVED -> text.get("compare.removed");
		case CHANGED -> text.get("compare.changed");
		};
	}
}

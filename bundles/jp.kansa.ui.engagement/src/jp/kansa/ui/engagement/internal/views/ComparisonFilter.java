/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.views;

import java.util.Locale;
import java.util.function.Predicate;

import jp.kansa.model.compare.Difference;
import jp.kansa.model.compare.DifferenceKind;

/**
 * What the 比較 view's filter row asks, on top of what {@code kansa diff} shows by default: a
 * kind (追加/削除/変更), an element kind (当事者, 契約, 契約別確認, 指摘事項, 証跡…), a check point id
 * (part of it, 2-A-9 finds both rows of item 2-A-9) and words found in any column. Empty parts do not
 * restrict. Width and case of letters and digits are ignored (全角 2-A-9 finds 2-A-9).
 */
record ComparisonFilter(DifferenceKind kind, String elementKind, String checkPoint, String text)
		implements Predicate<Difference> {

	static final ComparisonFilter NONE = new ComparisonFilter(null, null, "", ""); //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public boolean test(Difference d) {
		if (kind != null && d.kind() != kind) {
			return false;
		}
		if (elementKind != null && !elementKind.equals(d.element().kind())) {
			return false;
		}
		String point = normal(checkPoint);
		if (!point.isEmpty() && d.element().checkPointIds().stream().noneMatch(id -> normal(id).contains(point))) {
			return false;
		}
		String words = normal(text);
		return words.isEmpty() || normal(String.join("\u0000", d.element().kindLabel(), d.element().path(), //$NON-NLS-1$
				nonNull(d.fieldLabel()), nonNull(d.oldText()), nonNull(d.newText()))).contains(words);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	/** Full-width ASCII to half-width, lower case, trimmed. */
	static String normal(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder(text.length());
		text.strip().codePoints().forEach(c -> out.appendCodePoint(c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c));
		return out.toString().toLowerCase(Locale.ROOT);
	}
}

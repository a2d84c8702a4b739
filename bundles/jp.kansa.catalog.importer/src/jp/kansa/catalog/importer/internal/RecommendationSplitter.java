/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kansa.catalog.importer.DataQualityLog;

/**
 * Splits 推奨される対応例 on its (a) (b) (c) labels, so that each sub-recommendation can be
 * assigned and assessed on its own. Only a clean run (a), (b), (c)… counts as labels; text
 * such as (独) or a stray (b) is left alone, because a wrong split would lose the sentence
 * structure the ministry printed.
 */
public final class RecommendationSplitter {

	/** @param label "(a)" as printed; @param text the text up to the next label, trimmed */
	public record Part(String label, String text) {
	}

	private static final Pattern LABEL = Pattern.compile("(?<=^|\\s)\\(([a-z])\\)\\s*");

	private final DataQualityLog log;
	private final String file;

	public RecommendationSplitter(DataQualityLog log, String file) {
		this.log = log;
		this.file = file;
	}

	/** The labelled parts, or an empty list when the text has no (a)(b) labels. */
	public List<Part> split(String text, int line) {
		Matcher matcher = LABEL.matcher(text);
		List<int[]> bounds = new ArrayList<>();
		char expected = 'a';
		while (matcher.find()) {
			if (matcher.group(1).charAt(0) != expected) {
				return List.of();
			}
			bounds.add(new int[] { matcher.start(), matcher.end() });
			expected++;
		}
		if (bounds.size() < 2) {
			return List.of();
		}
		String leadIn = text.substring(0, bounds.get(0)[0]).strip();
		if (!leadIn.isEmpty()) {
			log.add(file, line, "lead-in", leadIn, "text before (a) belongs to every label; it is kept in "
					+ "CheckPoint.recommendation but not repeated in the (a)… Recommendation children");
		}
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < bounds.size(); i++) {
			int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : text.length();
			String label = "(" + (char) ('a' + i) + ")";
			parts.add(new Part(label, text.substring(bounds.get(i)[1], end).strip()));
		}
		return parts;
	}
}

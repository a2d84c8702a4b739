/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.time.Instant;
import java.util.List;

import jp.kansa.model.compare.Difference;
import jp.kansa.model.compare.EngagementComparison;

/**
 * One version of an engagement in its history: who saved it into the shared history and when,
 * and what changed since the version before, field by field.
 *
 * @param commit      the version's id (git's commit id)
 * @param author      the auditor's name
 * @param email       the auditor's e-mail address
 * @param when        when the change was made
 * @param message     the commit's message (its first line for lists)
 * @param first       true for the version that brought the file in (nothing to compare with)
 * @param changes     the differences from the version before, those asked for only
 * @param comparison  what made them, for their lines ({@link EngagementComparison#line})
 */
public record HistoryEntry(String commit, String author, String email, Instant when, String message, boolean first,
		List<Difference> changes, EngagementComparison comparison) {

	public String subject() {
		return message.lines().findFirst().orElse(""); //$NON-NLS-1$
	}

	/** {@code C-2 × 2-A-9-① 評価: 未評価 → 適合}, one per change. */
	public List<String> lines() {
		return comparison == null ? List.of() : changes.stream().map(comparison::line).toList();
	}
}

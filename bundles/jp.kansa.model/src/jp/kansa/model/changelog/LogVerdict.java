/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.changelog;

import java.util.List;

/**
 * What checking the 変更履歴 of a file found.
 *
 * @param problem  what is wrong, {@link Problem#NONE} for an intact log or a file without one
 * @param sequence the first bad entry's sequence number (for an entry problem), or the entry whose
 *                 fingerprint the content no longer matches; 0 when not about an entry
 * @param unlogged for {@link Problem#UNLOGGED_CHANGE}: every element that differs from what the log
 *                 says, in id order
 */
public record LogVerdict(Problem problem, long sequence, List<UnloggedChange> unlogged) {

	public static final LogVerdict INTACT = new LogVerdict(Problem.NONE, 0, List.of());

	public LogVerdict {
		unlogged = List.copyOf(unlogged);
	}

	public enum Problem {
		/** Intact, or no log yet. */
		NONE,
		/** The entry's hash does not match its content: it was edited. */
		ENTRY_CHANGED,
		/** The sequence jumps over this number: the entry was deleted. */
		ENTRY_MISSING,
		/** The entry does not follow the one before it (its previous hash or its number is wrong). */
		ENTRY_OUT_OF_PLACE,
		/** The per-element digests were edited (they no longer give the logged fingerprint). */
		DIGESTS_CHANGED,
		/** The content differs from the state the log last recorded: changed outside the tool. */
		UNLOGGED_CHANGE
	}

	/** How an element differs from what the log last recorded. */
	public enum ChangeKind {
		CHANGED, ADDED, REMOVED
	}

	/** One field of a changed element whose value is not the one the log last recorded. */
	public record FieldChange(String feature, String logged, String actual) {
	}

	/**
	 * One element changed outside the tool.
	 *
	 * @param fields the fields that the log knows and that differ; empty when the change is in a
	 *               field the log never recorded (the element is still named)
	 */
	public record UnloggedChange(String elementId, ChangeKind kind, List<FieldChange> fields) {
		public UnloggedChange {
			fields = List.copyOf(fields);
		}
	}

	public boolean broken() {
		return problem != Problem.NONE;
	}

	/** The chain itself is damaged (not only the content): appending cannot repair it. */
	public boolean chainBroken() {
		return problem != Problem.NONE && problem != Problem.UNLOGGED_CHANGE;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.merge;

/** What a {@link Conflict} is about; the first three need a person's choice, the others are notes. */
public enum ConflictKind {
	/** Both sides changed the same field of the same element to different values. */
	FIELD(true),
	/** One side removed an element (or one containing it), the other changed something in it. */
	EDIT_DELETE(true),
	/** One side made a new reference to an element the other side removed. */
	REFERENCE_TO_DELETED(true),
	/** Both sides added an element with the same id: theirs was given a new id. Decided by the merge. */
	RENUMBERED(false),
	/** Both sides changed the same evidence file: both kept, theirs under a new id and file name. */
	EVIDENCE_BOTH_KEPT(false),
	/** A sign-off of one side covers checks the other side changed: kept, and now stale. */
	SIGN_OFF_STALE(false);

	private final boolean decision;

	ConflictKind(boolean decision) {
		this.decision = decision;
	}

	/** A person has to choose ours or theirs; otherwise the merge kept both and says so. */
	public boolean needsDecision() {
		return decision;
	}
}

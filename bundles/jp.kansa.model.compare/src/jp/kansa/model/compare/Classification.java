/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare;

/** What happened to one (element, field) between a base and two versions made from it. */
public enum Classification {
	/** Neither side changed it. */
	UNCHANGED(false),
	/** Only ours changed it (or added / removed the element): take ours. */
	OURS(false),
	/** Only theirs changed it: take theirs. */
	THEIRS(false),
	/** Both changed it to the same value, both removed it, or both added the same element. */
	BOTH_SAME(false),
	/** Both stamped a bookkeeping field ({@code lastModified}) differently: the later stamp wins. */
	BOTH_STAMPED(false),
	/** Both changed the same field to different values. */
	CONFLICT(true),
	/**
	 * One side removed the element (or one containing it) while the other changed it or added
	 * something inside it; {@link ThreeWayChange#side()} is the side that removed.
	 */
	EDIT_DELETE(true),
	/** Both added an element with the same id but not the same element. */
	ADD_ADD(true),
	/**
	 * One side made a new reference to an element the other side removed;
	 * {@link ThreeWayChange#side()} is the side that made the reference.
	 */
	REFERENCE_TO_DELETED(true);

	private final boolean conflict;

	Classification(boolean conflict) {
		this.conflict = conflict;
	}

	/** A person has to choose. */
	public boolean isConflict() {
		return conflict;
	}
}

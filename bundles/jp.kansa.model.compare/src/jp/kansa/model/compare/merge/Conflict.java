/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.merge;

import java.util.Objects;
import java.util.function.Consumer;

import jp.kansa.model.compare.Side;

/**
 * One thing the merge could not decide alone, or decided and must say (renumbered, both kept,
 * stale sign-off). Both sides' values are kept here as text, so nothing either side wrote is lost
 * even when the other side's value wins. The {@link #resolution()} starts as {@link Side#OURS}
 * (what {@link MergeResult#merged()} holds); {@link MergeResult#resolve()} applies the choices.
 */
public final class Conflict {

	private final ConflictKind kind;
	private final String elementKey;
	private final String elementId;
	private final String path;
	private final String field;
	private final String fieldLabel;
	private final String oursText;
	private final String theirsText;
	private final String newId;
	/** For a decision: what choosing theirs does to a merged copy (ours is what the copy already holds). */
	private final Consumer<Applier> takeTheirs;
	private Side resolution = Side.OURS;

	Conflict(ConflictKind kind, String elementKey, String elementId, String path, String field, String fieldLabel,
			String oursText, String theirsText, String newId, Consumer<Applier> takeTheirs) {
		this.kind = kind;
		this.elementKey = elementKey;
		this.elementId = elementId;
		this.path = path;
		this.field = field;
		this.fieldLabel = fieldLabel;
		this.oursText = oursText;
		this.theirsText = theirsText;
		this.newId = newId;
		this.takeTheirs = takeTheirs;
	}

	public ConflictKind kind() {
		return kind;
	}

	/** The key of the element in the comparison (its id when it has one). */
	public String elementKey() {
		return elementKey;
	}

	/** The element's id, {@code null} for an annotation. */
	public String elementId() {
		return elementId;
	}

	/** How a person finds it: {@code C-2 × 2-A-9-①}. */
	public String path() {
		return path;
	}

	/** The field's name, {@code null} for a whole element. */
	public String field() {
		return field;
	}

	public String fieldLabel() {
		return fieldLabel;
	}

	/** Ours' value for people; for an element ours removed, empty. */
	public String oursText() {
		return oursText;
	}

	public String theirsText() {
		return theirsText;
	}

	/** For {@link ConflictKind#RENUMBERED} and {@link ConflictKind#EVIDENCE_BOTH_KEPT}: theirs' element's new id. */
	public String newId() {
		return newId;
	}

	public Side resolution() {
		return resolution;
	}

	/** Chooses a side; ignored for a note ({@link ConflictKind#needsDecision()} false). */
	public void choose(Side side) {
		if (kind.needsDecision()) {
			resolution = Objects.requireNonNull(side);
		}
	}

	void applyTheirs(Applier applier) {
		if (takeTheirs != null) {
			takeTheirs.accept(applier);
		}
	}

	@Override
	public String toString() {
		return kind + " " + path + (field == null ? "" : " " + field) + ": " + oursText + " | " + theirsText; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}

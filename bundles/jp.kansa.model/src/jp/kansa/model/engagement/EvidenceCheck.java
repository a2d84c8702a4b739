/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.util.Objects;

import jp.kansa.model.Evidence;

/**
 * What was found for one evidence file: made by {@link EvidenceChecker} (which reads the disk)
 * and judged by the validation rules (which do not). It remembers the path and hash it was made
 * for, so a result computed in the background is never applied to evidence edited since.
 *
 * @param problem where the path leads when it cannot be read ({@link State#MISSING},
 *                {@link State#OUTSIDE}, {@link State#NOT_REGULAR})
 * @param detail  why the file was not checked ({@link State#UNCHECKED}), in the user's language
 */
public record EvidenceCheck(String path, String recordedSha256, State state, EvidenceLocation.Problem problem,
		String detail) {

	public enum State {
		/** The file has the recorded SHA-256. */
		MATCHES,
		/** No SHA-256 was recorded, nothing to compare. */
		NOT_RECORDED,
		/** The file's SHA-256 is not the recorded one. */
		CHANGED,
		/** No file at the path (or no path). */
		MISSING,
		/** The path leads outside the engagement folder; nothing outside was looked at. */
		OUTSIDE,
		/** A folder, pipe, device or socket: never read. */
		NOT_REGULAR,
		/** Too large, too slow or unreadable: see {@link EvidenceCheck#detail()}. */
		UNCHECKED
	}

	/** Whether this result was made for the evidence's current path and recorded hash. */
	public boolean isFor(Evidence evidence) {
		return Objects.equals(path, evidence.getPath()) && Objects.equals(recordedSha256, evidence.getSha256());
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare;

/** One of the two versions of a three-way comparison. */
public enum Side {
	OURS, THEIRS;

	public Side other() {
		return this == OURS ? THEIRS : OURS;
	}
}

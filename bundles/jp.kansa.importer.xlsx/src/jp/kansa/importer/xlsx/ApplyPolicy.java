/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

/** Whether changes may be applied while the preview reports problems. */
public enum ApplyPolicy {
	/**
	 * The default: a workbook with any problem is not applied at all, because a half-taken
	 * workpaper leaves the engagement in a state nobody wrote down.
	 */
	ALL_OR_NOTHING,
	/**
	 * The caller (a user who read the problem list) chooses to take the valid cells and leave
	 * the cells with problems as they are in the engagement.
	 */
	VALID_CHANGES_ONLY
}

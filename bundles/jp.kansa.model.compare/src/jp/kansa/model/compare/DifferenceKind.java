/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare;

/** What happened to an element or one of its fields between the older and the newer version. */
public enum DifferenceKind {
	/** The element is only in the newer version (reported once, for the outermost new element). */
	ADDED,
	/** The element is only in the older version (reported once, for the outermost one). */
	REMOVED,
	/** The element is in both; one field differs. */
	CHANGED
}

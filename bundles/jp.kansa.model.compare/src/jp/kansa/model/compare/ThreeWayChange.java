/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One (element, field) that is not {@link Classification#UNCHANGED}, with both sides'
 * differences from the base, so a merge can apply or offer either.
 *
 * @param classification what happened
 * @param side           for OURS/THEIRS and REFERENCE_TO_DELETED the side that made the change,
 *                       for EDIT_DELETE the side that removed; {@code null} otherwise
 * @param ours           ours' difference from the base for this (element, field), or {@code null}
 * @param theirs         theirs' difference from the base, or {@code null}
 */
public record ThreeWayChange(Classification classification, Side side, Difference ours, Difference theirs) {

	/** Ours' difference if there is one, else theirs'. */
	public Difference either() {
		return ours != null ? ours : theirs;
	}

	public Difference of(Side which) {
		return which == Side.OURS ? ours : theirs;
	}

	public ElementRef element() {
		return either().element();
	}

	/** {@code null} for a whole element added or removed. */
	public String field() {
		return either().field();
	}

	public EStructuralFeature feature() {
		return either().feature();
	}
}

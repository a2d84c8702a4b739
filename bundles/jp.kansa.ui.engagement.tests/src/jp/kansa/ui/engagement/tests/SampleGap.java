/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import jp.kansa.model.Contract;
import jp.kansa.model.Engagement;

/**
 * The sample engagement's first A-2 gap, the cell the matrix and validation tests look at and
 * edit: check point 2-C-1-① is 未割当 for the maintenance contract (the sample's third), so
 * KANSA-A2-GAP reports it and the matrix paints the cell in its gap colour.
 */
final class SampleGap {

	static final String CHECK_POINT = "2-C-1-①"; //$NON-NLS-1$

	private SampleGap() {
	}

	/** The contract whose {@link #CHECK_POINT} cell is the gap. */
	static Contract contract(Engagement engagement) {
		return engagement.getContracts().get(2);
	}
}

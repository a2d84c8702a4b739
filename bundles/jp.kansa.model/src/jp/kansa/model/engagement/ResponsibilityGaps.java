/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Responsibility;

/**
 * The one definition of the gap 確認表 Part 2 A-2 warns about: a check nobody is responsible
 * for. The validation rule and the workpaper's gap marking both ask here, so they cannot drift.
 */
public final class ResponsibilityGaps {

	private ResponsibilityGaps() {
	}

	/**
	 * @param check the check of an in-scope contract, or {@code null} when the engagement has
	 *              none for that check point (which is a gap too)
	 */
	public static boolean isGap(ContractCheck check) {
		if (check == null || check.getResponsibility() == Responsibility.UNASSIGNED) {
			return true;
		}
		Responsibility responsibility = check.getResponsibility();
		boolean needsParty = responsibility == Responsibility.VENDOR || responsibility == Responsibility.JOINT;
		return needsParty && check.getResponsibleParties().isEmpty();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;

/**
 * Where a check point stands across all in-scope contracts of an engagement — what the
 * workpaper's summary and the coverage view count.
 */
public enum CheckPointStatus {
	/** Every in-scope check 適合 or 該当なし, at least one 適合. */
	CONFORMING,
	/** Some check 不適合. */
	NON_CONFORMING,
	/** Anything else: not yet assessed or only partly conforming. */
	OPEN;

	public static CheckPointStatus of(Engagement engagement, ContractCheckIndex checks, String checkPointId) {
		boolean anyConforming = false;
		boolean allDone = true;
		for (Contract contract : engagement.getContracts()) {
			if (!contract.isInScope()) {
				continue;
			}
			AssessmentStatus assessment = checks.find(contract, checkPointId).map(ContractCheck::getAssessment)
					.orElse(AssessmentStatus.NOT_ASSESSED);
			if (assessment == AssessmentStatus.NON_CONFORMING) {
				return NON_CONFORMING;
			}
			anyConforming |= assessment == AssessmentStatus.CONFORMING;
			allDone &= assessment == AssessmentStatus.CONFORMING || assessment == AssessmentStatus.NOT_APPLICABLE;
		}
		return anyConforming && allDone ? CONFORMING : OPEN;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.List;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;

/** Which checks the 評価 list shows; a null criterion matches everything. */
public record CheckFilter(AssessmentStatus status, Contract contract, Party party, boolean unassignedOnly) {

	public static final CheckFilter ALL = new CheckFilter(null, null, null, false);

	public boolean matches(ContractCheck check) {
		return (status == null || check.getAssessment() == status)
				&& (contract == null || check.getContract() == contract)
				&& (party == null || check.getResponsibleParties().contains(party))
				&& (!unassignedOnly || check.getResponsibility() == Responsibility.UNASSIGNED
						|| (check.getResponsibility() == Responsibility.VENDOR || check.getResponsibility() == Responsibility.JOINT)
								&& check.getResponsibleParties().isEmpty());
	}

	public List<ContractCheck> apply(Engagement engagement) {
		return engagement.getContractChecks().stream().filter(this::matches).toList();
	}
}

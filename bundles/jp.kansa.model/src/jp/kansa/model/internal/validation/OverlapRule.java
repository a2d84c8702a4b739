/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Responsibility;
import jp.kansa.model.validation.ValidationRule;

/**
 * Two in-scope contracts that cover the same system, each making a different vendor solely
 * responsible (事業者, not 共同) for the same check point: each vendor may assume the other acts.
 * Reported on both checks so both matrix cells show it.
 */
final class OverlapRule implements Rule {

	@Override
	public void check(RuleContext context) {
		Set<String> checkPointIds = new HashSet<>();
		context.engagement().getContractChecks().forEach(check -> checkPointIds.add(check.getCheckPointId()));
		for (String checkPointId : checkPointIds) {
			List<ContractCheck> vendorChecks = context.checks().forCheckPoint(checkPointId).stream()
					.filter(OverlapRule::isSoleVendor).toList();
			for (ContractCheck check : vendorChecks) {
				for (ContractCheck other : vendorChecks) {
					if (other != check && overlap(check, other)) {
						context.report(ValidationRule.OVERLAP, new Object[] { checkPointId, Labels.of(check.getContract()),
								Labels.of(other.getContract()), sharedSystems(check, other) }, check, other);
					}
				}
			}
		}
	}

	private static boolean isSoleVendor(ContractCheck check) {
		return check.getResponsibility() == Responsibility.VENDOR && check.getContract() != null
				&& check.getContract().isInScope() && !check.getResponsibleParties().isEmpty();
	}

	private static boolean overlap(ContractCheck a, ContractCheck b) {
		return a.getContract() != b.getContract() && !sharedSystems(a, b).isEmpty()
				&& Collections.disjoint(Parties.vendorLines(a.getResponsibleParties()),
						Parties.vendorLines(b.getResponsibleParties()));
	}

	private static String sharedSystems(ContractCheck a, ContractCheck b) {
		Set<String> shared = new java.util.LinkedHashSet<>(a.getContract().getSystems());
		shared.retainAll(b.getContract().getSystems());
		return String.join("、", shared);
	}
}

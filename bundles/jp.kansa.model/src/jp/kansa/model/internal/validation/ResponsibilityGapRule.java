/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.util.Optional;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.engagement.ResponsibilityGaps;
import jp.kansa.model.validation.ValidationRule;

/**
 * The risk the 確認表 exists for (Part 2 A-2): with several vendors, a Part 2 check point that no
 * one is responsible for. A missing check counts as unassigned; it is reported on the contract.
 */
final class ResponsibilityGapRule implements Rule {

	@Override
	public void check(RuleContext context) {
		Optional<CatalogIndex> catalog = context.catalog();
		if (catalog.isEmpty()) {
			return;
		}
		for (Contract contract : context.engagement().getContracts()) {
			if (!contract.isInScope()) {
				continue;
			}
			for (String checkPointId : catalog.get().part2()) {
				Optional<ContractCheck> check = context.checks().find(contract, checkPointId);
				if (check.isEmpty()) {
					context.report(ValidationRule.A2_GAP, new Object[] { checkPointId, Labels.of(contract) }, contract);
				} else if (ResponsibilityGaps.isGap(check.get())) {
					context.report(ValidationRule.A2_GAP, new Object[] { checkPointId, Labels.of(contract) }, check.get(),
							contract);
				}
			}
		}
	}
}

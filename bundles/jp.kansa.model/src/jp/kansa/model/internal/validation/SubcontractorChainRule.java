/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.validation.ValidationRule;

/**
 * A 再委託先 answers to the hospital only through the vendor that engaged it: if that vendor
 * carries no responsibility for the same check point of the same contract, nobody the hospital
 * has a contract with does.
 */
final class SubcontractorChainRule implements Rule {

	@Override
	public void check(RuleContext context) {
		for (ContractCheck check : context.engagement().getContractChecks()) {
			for (Party party : check.getResponsibleParties()) {
				if (party.getKind() != PartyKind.SUBCONTRACTOR) {
					continue;
				}
				Party prime = party.getEngagedBy();
				if (prime == null || !check.getResponsibleParties().contains(prime)) {
					context.report(ValidationRule.CHAIN_BROKEN, new Object[] { check.getCheckPointId(),
							Labels.of(check.getContract()), Labels.of(party), Labels.of(prime) }, check, party);
				}
			}
		}
	}
}

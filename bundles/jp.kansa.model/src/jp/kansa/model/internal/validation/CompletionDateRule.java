/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.validation.ValidationRule;

/**
 * The 確認表's own columns: an item answered いいえ at the 初回確認 stays open until its 完了日
 * is written, and a 完了日 after the 基準日 claims a completion the auditor cannot have seen.
 */
final class CompletionDateRule implements Rule {

	@Override
	public void check(RuleContext context) {
		for (ContractCheck check : context.engagement().getContractChecks()) {
			Object[] arguments = { check.getCheckPointId(), Labels.of(check.getContract()), check.getCompletionDate(),
					context.referenceDate() };
			if (check.getInitialCheck() == InitialCheck.NO && check.getCompletionDate() == null) {
				context.report(ValidationRule.INITIAL_NO_WITHOUT_COMPLETION, arguments, check);
			}
			if (check.getCompletionDate() != null && check.getCompletionDate().isAfter(context.referenceDate())) {
				context.report(ValidationRule.COMPLETION_AFTER_REFERENCE, arguments, check);
			}
		}
	}
}

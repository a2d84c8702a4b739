/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.util.List;

/** All rules, in the order their diagnostics are listed. */
public final class EngagementRules {

	private static final List<Rule> RULES = List.of(new CheckPointIdRule(), new ResponsibilityGapRule(), new OverlapRule(),
			new SubcontractorChainRule(), new CompletionDateRule(), new EvidenceRule(), new SignOffRule(),
			new FindingOverdueRule(), new ChangeLogRule(), new VendorRequestRule());

	private EngagementRules() {
	}

	/** Runs every rule; true when none reported a warning or error. */
	public static boolean check(RuleContext context) {
		RULES.forEach(rule -> rule.check(context));
		return context.problems() == 0;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import jp.kansa.model.Finding;
import jp.kansa.model.FindingStatus;
import jp.kansa.model.validation.ValidationRule;

/**
 * Judged at the 基準日, not today: the report states the position as of that date and must read
 * the same when it is reopened next year.
 */
final class FindingOverdueRule implements Rule {

	@Override
	public void check(RuleContext context) {
		for (Finding finding : context.engagement().getFindings()) {
			if (finding.getStatus() != FindingStatus.CLOSED && finding.getDueDate() != null
					&& finding.getDueDate().isBefore(context.referenceDate())) {
				String title = finding.getTitle() == null ? finding.getId() : finding.getTitle();
				context.report(ValidationRule.FINDING_OVERDUE,
						new Object[] { title, finding.getDueDate(), context.referenceDate() }, finding);
			}
		}
	}
}

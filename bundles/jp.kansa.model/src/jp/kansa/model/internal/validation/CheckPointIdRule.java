/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Finding;
import jp.kansa.model.SignOff;
import jp.kansa.model.validation.ValidationRule;

/**
 * The engagement names check points by id only, so that a catalog update cannot break the file;
 * the price is that an id the catalog no longer has must be found by validation.
 */
final class CheckPointIdRule implements Rule {

	@Override
	public void check(RuleContext context) {
		if (context.catalog().isEmpty()) {
			context.report(ValidationRule.CATALOG_MISSING, new Object[0], context.engagement());
			return;
		}
		CatalogIndex catalog = context.catalog().get();
		for (ContractCheck check : context.engagement().getContractChecks()) {
			if (!catalog.contains(check.getCheckPointId())) {
				context.report(ValidationRule.CHECKPOINT_UNKNOWN, new Object[] { check.getCheckPointId() }, check);
			}
		}
		for (SignOff signOff : context.engagement().getSignOffs()) {
			if (!catalog.contains(signOff.getCheckPointId())) {
				context.report(ValidationRule.CHECKPOINT_UNKNOWN, new Object[] { signOff.getCheckPointId() }, signOff);
			}
		}
		for (Finding finding : context.engagement().getFindings()) {
			for (String id : finding.getCheckPointIds()) {
				if (!catalog.contains(id)) {
					context.report(ValidationRule.CHECKPOINT_UNKNOWN, new Object[] { id }, finding);
				}
			}
		}
	}
}

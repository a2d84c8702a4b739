/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Finding;
import jp.kansa.model.SignOff;
import jp.kansa.model.edition.EditionHistory.Explanation;
import jp.kansa.model.edition.EditionMapping;
import jp.kansa.model.edition.EditionMapping.Kind;
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
				unknown(context, check.getCheckPointId(), check);
			}
		}
		for (SignOff signOff : context.engagement().getSignOffs()) {
			if (!catalog.contains(signOff.getCheckPointId())) {
				unknown(context, signOff.getCheckPointId(), signOff);
			}
		}
		for (Finding finding : context.engagement().getFindings()) {
			for (String id : finding.getCheckPointIds()) {
				if (!catalog.contains(id)) {
					unknown(context, id, finding);
				}
			}
		}
	}

	/** Says which edition removed the id, or what it became, when an edition mapping knows. */
	private static void unknown(RuleContext context, String id, EObject element) {
		Optional<Explanation> why = context.editions().explain(id);
		if (why.isEmpty()) {
			context.report(ValidationRule.CHECKPOINT_UNKNOWN, new Object[] { id }, element);
			return;
		}
		EditionMapping mapping = why.get().mapping();
		EditionMapping.Rule rule = why.get().rule();
		if (rule.kind() == Kind.REMOVED) {
			context.reportVariant(ValidationRule.CHECKPOINT_UNKNOWN, "removed", //$NON-NLS-1$
					new Object[] { id, mapping.toEdition(), mapping.source(), String.valueOf(rule.line()) }, element);
		} else {
			context.reportVariant(ValidationRule.CHECKPOINT_UNKNOWN, "moved", new Object[] { id, mapping.toEdition(), //$NON-NLS-1$
					String.join(", ", rule.to()), mapping.source(), String.valueOf(rule.line()) }, element); //$NON-NLS-1$
		}
	}
}

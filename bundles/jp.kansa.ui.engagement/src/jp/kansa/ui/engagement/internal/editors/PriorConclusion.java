/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.osgi.util.NLS;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.ui.engagement.internal.wizards.RollForwardMessages;

/** The 前年度の結論 line shown beside a check of an engagement rolled forward from the prior year. */
final class PriorConclusion {

	private PriorConclusion() {
	}

	/** Empty for an engagement that was not rolled forward: it has no prior year to show. */
	static String of(ContractCheck check) {
		if (!(check.eContainer() instanceof Engagement engagement) || engagement.getPriorEngagementId() == null) {
			return ""; //$NON-NLS-1$
		}
		String conclusion = check.getPriorConclusion();
		return NLS.bind(RollForwardMessages.priorConclusion, ModelLabels.literal(check.getPriorAssessment()),
				conclusion == null || conclusion.isBlank() ? RollForwardMessages.priorNone : conclusion);
	}
}

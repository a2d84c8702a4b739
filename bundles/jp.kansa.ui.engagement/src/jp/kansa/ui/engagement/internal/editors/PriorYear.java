/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.engagement.RollForward;
import jp.kansa.ui.engagement.internal.wizards.RollForwardMessages;

/** What the 評価 page shows of the prior year in an engagement rolled forward: 前年度の結論 and 前年度 evidence. */
final class PriorYear {

	private PriorYear() {
	}

	/**
	 * Shows the line for {@code check} in {@code label}, which takes no room at all when there is
	 * nothing to show, so that the 評価 page of an engagement without a prior year is laid out as before.
	 */
	static void show(Label label, ContractCheck check) {
		String text = check == null ? "" : of(check); //$NON-NLS-1$
		GridData data = label.getLayoutData() instanceof GridData grid ? grid
				: new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 300; // wraps like the check point text above it instead of widening the detail
		data.exclude = text.isEmpty();
		label.setLayoutData(data);
		label.setText(text);
		label.setVisible(!text.isEmpty());
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

	/** The evidence's title, marked 前年度 when it was carried over from the prior year. */
	static String evidenceTitle(Evidence evidence) {
		String title = ModelLabels.of(evidence);
		return RollForward.isCarriedOver(evidence) ? NLS.bind(RollForwardMessages.carriedEvidence, title) : title;
	}
}

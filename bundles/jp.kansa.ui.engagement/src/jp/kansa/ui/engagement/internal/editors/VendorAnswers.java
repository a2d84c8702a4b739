/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * 事業者回答 on the 評価 page: what each vendor answered for the check, read-only beside the
 * auditor's own fields, with the 認識の相違 marked. Takes no room when no vendor answered.
 */
final class VendorAnswers {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(VendorRound.ZONE);

	private VendorAnswers() {
	}

	static void show(Label label, ContractCheck check) {
		String text = check == null ? "" : of(check); //$NON-NLS-1$
		GridData data = label.getLayoutData() instanceof GridData grid ? grid
				: new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 300;
		data.exclude = text.isEmpty();
		label.setLayoutData(data);
		label.setText(text);
		label.setVisible(!text.isEmpty());
	}

	static String of(ContractCheck check) {
		StringJoiner lines = new StringJoiner("\n"); //$NON-NLS-1$
		Locale locale = Locale.getDefault();
		for (VendorAnswer answer : VendorRound.answersFor(check)) {
			StringJoiner values = new StringJoiner("、"); //$NON-NLS-1$
			if (answer.getResponsibility() != Responsibility.UNASSIGNED) {
				values.add(Messages.VendorAnswer_responsibility + " " + VendorRound.valueLabel(answer.getResponsibility(), locale)); //$NON-NLS-1$
			}
			if (answer.getInitialCheck() != InitialCheck.UNANSWERED) {
				values.add(Messages.VendorAnswer_initialCheck + " " + VendorRound.valueLabel(answer.getInitialCheck(), locale)); //$NON-NLS-1$
			}
			if (answer.getCompletionDate() != null) {
				values.add(Messages.VendorAnswer_completion + " " + answer.getCompletionDate()); //$NON-NLS-1$
			}
			if (answer.getComment() != null && !answer.getComment().isBlank()) {
				values.add(ModelLabels.shorten(answer.getComment(), 200));
			}
			if (answer.getEvidenceTitle() != null || answer.getEvidenceFile() != null) {
				values.add(Messages.VendorAnswer_evidence + " " + (answer.getEvidenceTitle() == null ? "" : answer.getEvidenceTitle()) //$NON-NLS-1$ //$NON-NLS-2$
						+ (answer.getEvidenceFile() == null ? "" : " (" + answer.getEvidenceFile() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			String request = answer.eContainer() instanceof VendorRequest r ? r.getId() : ""; //$NON-NLS-1$
			lines.add(NLS.bind(Messages.VendorAnswer_line, new Object[] { ModelLabels.of(VendorRound.partyOf(answer)),
					request, answer.getTime() == null ? "" : TIME.format(answer.getTime()), values.toString() })); //$NON-NLS-1$
		}
		long disagreements = VendorRound.disagreements((jp.kansa.model.Engagement) check.eContainer()).stream()
				.filter(d -> d.check() == check).count();
		if (disagreements > 0) {
			lines.add(NLS.bind(Messages.VendorAnswer_disagreement, disagreements));
		}
		return lines.toString();
	}
}

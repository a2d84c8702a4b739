/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.RollForward;
import jp.kansa.model.engagement.RollForwardOptions;
import jp.kansa.model.engagement.RollForwardReport;

/**
 * Page 2 of 新年度へ繰越: one check box per kind of element that can carry over, and below them
 * what the new year will flag with these choices (contracts ending before the new period,
 * evidence expired at the new 基準日), recomputed as the boxes change.
 */
public class RollForwardOptionsPage extends WizardPage {

	private final Map<Button, BiConsumer<RollForwardOptions, Boolean>> choices = new LinkedHashMap<>();
	private final RollForwardFilesPage files;
	private Label flags;

	RollForwardOptionsPage(RollForwardFilesPage files) {
		super("rollForwardOptions"); //$NON-NLS-1$
		this.files = files;
		setTitle(RollForwardMessages.optionsTitle);
		setDescription(RollForwardMessages.optionsDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout());
		choice(area, RollForwardMessages.carryParties, true, RollForwardOptions::parties);
		choice(area, RollForwardMessages.carryContracts, true, RollForwardOptions::contracts);
		choice(area, RollForwardMessages.carryClauses, true, RollForwardOptions::clauses);
		choice(area, RollForwardMessages.carryRoles, true, RollForwardOptions::roles);
		choice(area, RollForwardMessages.carryEvidence, true, RollForwardOptions::evidence);
		choice(area, RollForwardMessages.carryFindings, true, RollForwardOptions::findings);
		choice(area, RollForwardMessages.carryAnnotations, true, RollForwardOptions::annotations);
		choice(area, RollForwardMessages.keepDates, false, RollForwardOptions::keepDates);
		Label fresh = new Label(area, SWT.WRAP);
		fresh.setText(RollForwardMessages.alwaysFresh);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 420;
		data.verticalIndent = 8;
		fresh.setLayoutData(data);
		flags = new Label(area, SWT.WRAP);
		GridData flagsData = new GridData(SWT.FILL, SWT.TOP, true, false);
		flagsData.widthHint = 420;
		flagsData.verticalIndent = 8;
		flags.setLayoutData(flagsData);
		setControl(area);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			preview();
		}
		super.setVisible(visible);
	}

	/** What the roll forward will flag; the prior engagement is copied, never changed. */
	private void preview() {
		Engagement prior = files.priorEngagement();
		if (flags == null || prior == null) {
			return;
		}
		RollForward.Result result = RollForward.roll(prior, applyTo(files.options()));
		RollForwardReport report = result.report();
		StringBuilder text = new StringBuilder();
		if (!report.contractsEndingBeforePeriod().isEmpty()) {
			text.append(NLS.bind(RollForwardMessages.flagsEnding, report.contractsEndingBeforePeriod().stream()
					.map(c -> c.getTitle() + " (" + c.getEndDate() + ")").collect(Collectors.joining(", ")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!report.expiredEvidence().isEmpty()) {
			String expired = report.expiredEvidence().stream().map(e -> e.getTitle() + " (" + e.getExpiryDate() + ")") //$NON-NLS-1$ //$NON-NLS-2$
					.collect(Collectors.joining(", ")); //$NON-NLS-1$
			text.append(text.length() == 0 ? "" : "\n") //$NON-NLS-1$ //$NON-NLS-2$
					.append(NLS.bind(RollForwardMessages.flagsExpired, expired, result.engagement().getReferenceDate()));
		}
		flags.setText(text.length() == 0 ? RollForwardMessages.flagsNone : text.toString());
		flags.getParent().layout(true, true);
	}

	/** The text of the preview of what will be flagged. */
	public String flagsText() {
		return flags.getText();
	}

	private void choice(Composite area, String label, boolean checked, BiConsumer<RollForwardOptions, Boolean> apply) {
		Button box = new Button(area, SWT.CHECK);
		box.setText(label);
		box.setSelection(checked);
		box.addListener(SWT.Selection, e -> preview());
		choices.put(box, apply);
	}

	/** The check box with this label (for tests that click it). */
	public Button box(String label) {
		return choices.keySet().stream().filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
	}

	/** The choices made here applied to {@code options}; defaults when the page was never shown. */
	RollForwardOptions applyTo(RollForwardOptions options) {
		choices.forEach((box, apply) -> apply.accept(options, box.getSelection()));
		return options;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jp.kansa.model.engagement.RollForwardOptions;

/** Page 2 of 新年度へ繰越: one check box per kind of element that can carry over. */
public class RollForwardOptionsPage extends WizardPage {

	private final Map<Button, BiConsumer<RollForwardOptions, Boolean>> choices = new LinkedHashMap<>();

	RollForwardOptionsPage() {
		super("rollForwardOptions"); //$NON-NLS-1$
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
		setControl(area);
	}

	private void choice(Composite area, String label, boolean checked, BiConsumer<RollForwardOptions, Boolean> apply) {
		Button box = new Button(area, SWT.CHECK);
		box.setText(label);
		box.setSelection(checked);
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

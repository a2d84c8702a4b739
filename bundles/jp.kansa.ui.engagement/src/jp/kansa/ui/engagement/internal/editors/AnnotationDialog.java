/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import jp.kansa.model.TeamMember;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/** Asks for an annotation: author (from the team), tick mark and text; the time is when it is added. */
final class AnnotationDialog extends Dialog {

	/** Tick marks in common use in Japanese audit working papers; any other can be typed. */
	private static final String[] TICKMARKS = { "✓", "※", "△", "×", "○" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final List<TeamMember> team;
	private Combo authorCombo;
	private Combo tickmarkCombo;
	private Text textField;
	private TeamMember author;
	private String tickmark;
	private String text;

	AnnotationDialog(Shell shell, List<TeamMember> team) {
		super(shell);
		this.team = List.copyOf(team);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Annotation_add);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText(Messages.Annotation_author);
		authorCombo = new Combo(area, SWT.READ_ONLY);
		team.forEach(member -> authorCombo.add(ModelLabels.of(member)));
		authorCombo.select(0);
		new Label(area, SWT.NONE).setText(Messages.Annotation_tickmark);
		tickmarkCombo = new Combo(area, SWT.DROP_DOWN);
		tickmarkCombo.setItems(TICKMARKS);
		tickmarkCombo.select(0);
		new Label(area, SWT.NONE).setText(Messages.Annotation_text);
		textField = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 360;
		data.heightHint = 80;
		textField.setLayoutData(data);
		return area;
	}

	@Override
	protected void okPressed() {
		int index = authorCombo.getSelectionIndex();
		author = index >= 0 && index < team.size() ? team.get(index) : null;
		tickmark = tickmarkCombo.getText();
		text = textField.getText();
		super.okPressed();
	}

	TeamMember author() {
		return author;
	}

	String tickmark() {
		return tickmark;
	}

	String text() {
		return text;
	}
}

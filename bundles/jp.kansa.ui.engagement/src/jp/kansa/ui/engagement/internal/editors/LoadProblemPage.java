/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Shown instead of the editing pages when a file was refused: the problem and where it is, so
 * the auditor can fix or restore the file (the .bak of the last save is next to it).
 */
public class LoadProblemPage extends FormPage {

	public static final String ID = "loadProblem"; //$NON-NLS-1$

	private final EngagementFileException problem;
	private Text details;

	public LoadProblemPage(EngagementEditor editor, EngagementFileException problem) {
		super(editor, ID, Messages.LoadProblem_title);
		this.problem = problem;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(Messages.LoadProblem_heading);
		form.setMessage(Messages.LoadProblem_heading, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
		form.getBody().setLayout(new GridLayout());
		String where = problem.getLine() > 0
				? NLS.bind(Messages.LoadProblem_position, problem.getLine(), problem.getColumn())
				: Messages.LoadProblem_noPosition;
		details = managedForm.getToolkit().createText(form.getBody(),
				NLS.bind(Messages.LoadProblem_text, new Object[] { problem.getFile(), where, problem.getMessage() }),
				SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 600;
		details.setLayoutData(data);
	}

	/** What the page says, for tests. */
	public String text() {
		return details == null ? null : details.getText();
	}
}

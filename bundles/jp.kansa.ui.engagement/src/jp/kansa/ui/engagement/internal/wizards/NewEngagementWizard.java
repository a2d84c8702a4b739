/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import jp.kansa.emf.ui.KansaWizardDialog;
import jp.kansa.emf.ui.TitleMessageHeight;
import jp.kansa.model.Engagement;
import jp.kansa.ui.engagement.internal.editors.EngagementEditors;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/** File > New > 監査エンゲージメント: writes a new .kansa file and opens it. */
public class NewEngagementWizard extends Wizard implements INewWizard {

	public static final String ID = "jp.kansa.ui.engagement.wizards.newEngagement"; //$NON-NLS-1$

	private IWorkbench workbench;
	private NewEngagementPage page;
	private Path created;

	public NewEngagementWizard() {
		setWindowTitle(Messages.Wizard_windowTitle);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	/**
	 * The workbench opens this wizard (ファイル > 新規) in its own WizardDialog, not in the
	 * product's KansaWizardDialog: its message line is made two Japanese lines high from here.
	 */
	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (!(getContainer() instanceof KansaWizardDialog) && getContainer() != null && getContainer().getShell() != null) {
			TitleMessageHeight.follow(getContainer().getShell());
		}
	}

	@Override
	public void addPages() {
		page = new NewEngagementPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Engagement engagement = EngagementTemplate.create(page.name(), page.institution(), page.referenceDate());
		EngagementTemplate.addTeam(engagement, page.preparer(), page.reviewer());
		Path target = page.target();
		try {
			EngagementTemplate.write(engagement, target);
		} catch (IOException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		created = target;
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			EngagementEditors.open(workbench.getActiveWorkbenchWindow().getActivePage(), target);
		}
		return true;
	}

	public NewEngagementPage page() {
		return page;
	}

	/** The file written by the last finish. */
	public Path created() {
		return created;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;

import jp.kansa.model.engagement.RollForward;
import jp.kansa.model.engagement.RollForwardOptions;
import jp.kansa.ui.engagement.internal.editors.EngagementEditors;

/**
 * ファイル > 新年度へ繰越: the new fiscal year's engagement from the prior one
 * ({@link RollForward#toFile}), written to a new file and opened. The roll forward of one file and
 * its evidence copies takes well under a second, so it runs on the UI thread like a save does.
 */
public class RollForwardWizard extends Wizard {

	private final IWorkbenchPage page;
	private final Path initialPrior;
	private RollForwardFilesPage files;
	private RollForwardOptionsPage options;
	private RollForward.Result result;
	private Path created;

	public RollForwardWizard(IWorkbenchPage page, Path initialPrior) {
		this.page = page;
		this.initialPrior = initialPrior;
		setWindowTitle(RollForwardMessages.windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		files = new RollForwardFilesPage(initialPrior);
		options = new RollForwardOptionsPage(files);
		addPage(files);
		addPage(options);
	}

	@Override
	public boolean canFinish() {
		// the choices of page 2 are what the auditor must see before anything is written
		return files.isPageComplete() && getContainer().getCurrentPage() == options;
	}

	@Override
	public boolean performFinish() {
		RollForwardOptions chosen = options.applyTo(files.options());
		Path prior = files.priorFile();
		Path target = files.newFile();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(RollForwardMessages.rolling, target.getFileName()), IProgressMonitor.UNKNOWN);
				try {
					result = RollForward.toFile(prior, target, chosen);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			options.setErrorMessage(NLS.bind(RollForwardMessages.failed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		created = target;
		if (page != null) {
			EngagementEditors.open(page, target);
		}
		return true;
	}

	public RollForwardFilesPage filesPage() {
		return files;
	}

	public RollForwardOptionsPage optionsPage() {
		return options;
	}

	/** The roll forward done by the last finish, with its report. */
	public RollForward.Result result() {
		return result;
	}

	public Path created() {
		return created;
	}
}

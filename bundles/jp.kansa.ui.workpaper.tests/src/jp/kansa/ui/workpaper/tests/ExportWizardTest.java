/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Responsibility;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.i18n.Messages;
import jp.kansa.ui.workpaper.internal.wizards.ExportJob;
import jp.kansa.ui.workpaper.internal.wizards.ExportWizard;

/**
 * File > Export > 監査調書 (Excel): the export runs with the wizard open, its progress area naming
 * each step with a progress bar; its stop button cancels it and leaves no file; the workbook is real.
 */
class ExportWizardTest extends ExportWizardTestBase {

	/** "各シートの行を書き出しています (1,024 / 9,999 行)": the step of the rows, with counts. */
	private static final Pattern ROWS_STEP = Pattern.compile(Pattern.quote(Messages.ExportJob_stepRows)
			.replace("{0}", "\\E[0-9,]+\\Q").replace("{1}", "\\E[0-9,]+\\Q")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** Contracts added to the sample; each adds eight columns to both Part sheets. */
	private static final int CONTRACTS = 600;

	@Test
	void finishShowsEachStepWithAProgressBarAndTellsWhere() throws Exception {
		ActiveEngagement large = large(Ui.openFreshSample());
		Path target = temp.resolve("監査調書.xlsx"); //$NON-NLS-1$
		ExportWizard wizard = openWizard(large, target);
		Watcher watcher = new Watcher(dialog.getShell(), false);
		UserEvents.click(Dialogs.button(dialog.getShell(), IDialogConstants.FINISH_ID));
		UiTestSupport.waitUntil(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), 120_000);
		watcher.stop();

		System.out.println("progress seen: " + watcher.steps); //$NON-NLS-1$
		assertTrue(watcher.barSeen, "a progress bar showed while the export ran"); //$NON-NLS-1$
		assertTrue(watcher.steps.stream().anyMatch(s -> ROWS_STEP.matcher(s).find()),
				"the rows step with its counts showed: " + watcher.steps); //$NON-NLS-1$
		assertTrue(watcher.dialogs.toString().contains(target.toString()), "the end names the file: " + watcher.dialogs); //$NON-NLS-1$
		assertTrue(wizard.job().target().equals(target));
		try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			System.out.println("exported sheets: " + names); //$NON-NLS-1$
			assertEquals("表紙", names.get(0)); //$NON-NLS-1$
			assertTrue(names.containsAll(List.of("サマリー", "確認表1", "確認表2", "役割分担マトリクス", "用語")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					names.toString());
		}
	}

	@Test
	void cancelWhileTheProgressShowsStopsTheExportAndLeavesNoFile() throws Exception {
		ActiveEngagement large = large(Ui.openFreshSample());
		Path target = temp.resolve("canceled.xlsx"); //$NON-NLS-1$
		openWizard(large, target);
		Watcher watcher = new Watcher(dialog.getShell(), true);
		UserEvents.click(Dialogs.button(dialog.getShell(), IDialogConstants.FINISH_ID));
		UiTestSupport.waitUntil(() -> dialog.getShell() == null || watcher.canceled && Messages.ExportWizard_canceled
				.equals(dialog.getCurrentPage().getMessage()), 120_000);
		watcher.stop();

		System.out.println("progress seen before キャンセル: " + watcher.steps); //$NON-NLS-1$
		assertTrue(watcher.canceled, "the stop button was clicked while the rows were written"); //$NON-NLS-1$
		assertTrue(dialog.getShell() != null && !dialog.getShell().isDisposed(),
				"the wizard stays open (closed: the click came after the export ended)"); //$NON-NLS-1$
		assertEquals(Messages.ExportWizard_canceled, dialog.getCurrentPage().getMessage());
		assertFalse(Files.exists(target), "nothing is left on disk"); //$NON-NLS-1$
		try (var files = Files.list(temp)) {
			assertEquals(List.of(), files.toList(), "no temporary file either"); //$NON-NLS-1$
		}
	}

	/** The steps an export tells its monitor, in order: what the progress area shows. */
	@Test
	void theExportNamesItsSteps() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		List<String> steps = new ArrayList<>();
		ExportJob job = new ExportJob(sample, temp.resolve("steps.xlsx"), Locale.JAPANESE); //$NON-NLS-1$
		IStatus result = job.export(new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(name)) {
					steps.add(name);
				}
			}
		});
		assertTrue(result.isOK(), result.toString());
		System.out.println("export steps: " + steps); //$NON-NLS-1$
		assertEquals(Messages.ExportJob_stepPrepare, steps.get(0));
		assertEquals(Messages.ExportJob_stepSummary, steps.get(1));
		assertTrue(ROWS_STEP.matcher(steps.get(2)).find(), steps.toString());
		assertEquals(Messages.ExportJob_stepSave, steps.get(steps.size() - 1));
	}

	@Test
	void defaultTargetIsNextToTheEngagement() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		ExportWizard wizard = new ExportWizard(sample);
		dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertEquals(sample.folder().resolve("sample-hospital.xlsx"), wizard.target()); //$NON-NLS-1$
	}

	/** The job on its own (no wizard), canceled as it starts: nothing on disk. */
	@Test
	void canceledExportJobLeavesNoFile() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		Path target = temp.resolve("canceled.xlsx"); //$NON-NLS-1$
		ExportJob job = new ExportJob(sample, target, Locale.JAPANESE);
		boolean[] ran = { false };
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				ran[0] = true;
				event.getJob().cancel();
			}
		});
		job.schedule();
		job.join();
		assertTrue(ran[0], "the job ran"); //$NON-NLS-1$
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
		assertFalse(Files.exists(target), "nothing is left on disk"); //$NON-NLS-1$
		try (var files = Files.list(temp)) {
			assertEquals(List.of(), files.toList(), "no temporary file either"); //$NON-NLS-1$
		}
	}

	private ExportWizard openWizard(ActiveEngagement active, Path target) {
		ExportWizard wizard = new ExportWizard(active);
		dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.getShell().setSize(800, 600);
		wizard.setTarget(target);
		Ui.spin();
		return wizard;
	}

	/**
	 * The sample with 600 more contracts × 54 checks and 10,000 evidence items: wide Part sheets
	 * whose rows take seconds, so that a person (and this test) can watch the export and press
	 * キャンセル while the rows are written.
	 */
	private static ActiveEngagement large(ActiveEngagement sample) {
		Engagement engagement = EcoreUtil.copy(sample.engagement());
		KansaFactory f = KansaFactory.eINSTANCE;
		List<CheckPoint> checkPoints = new ArrayList<>();
		EmbeddedCatalog.load().eAllContents().forEachRemaining(o -> {
			if (o instanceof CheckPoint checkPoint) {
				checkPoints.add(checkPoint);
			}
		});
		List<Evidence> evidence = new ArrayList<>();
		for (int i = 1; i <= 10_000; i++) {
			Evidence item = f.createEvidence();
			item.setId("E-L" + i); //$NON-NLS-1$
			item.setTitle("契約書・仕様書・運用記録 第" + i + "版"); //$NON-NLS-1$ //$NON-NLS-2$
			engagement.getEvidence().add(item);
			evidence.add(item);
		}
		for (int c = 1; c <= CONTRACTS; c++) {
			Contract contract = f.createContract();
			contract.setId("C-L" + c); //$NON-NLS-1$
			contract.setTitle("保守・運用委託契約 第" + c + "号"); //$NON-NLS-1$ //$NON-NLS-2$
			engagement.getContracts().add(contract);
			for (CheckPoint checkPoint : checkPoints) {
				ContractCheck check = f.createContractCheck();
				check.setId(contract.getId() + "/" + checkPoint.getId()); //$NON-NLS-1$
				check.setContract(contract);
				check.setCheckPointId(checkPoint.getId());
				check.setResponsibility(Responsibility.JOINT);
				check.setAssessment(AssessmentStatus.PARTIALLY_CONFORMING);
				check.setConclusion("証跡により一部を確認した。残りは次回の往査で確認する。"); //$NON-NLS-1$
				check.getEvidence().add(evidence.get(engagement.getContractChecks().size() % evidence.size()));
				engagement.getContractChecks().add(check);
			}
		}
		return new ActiveEngagement(sample.editor(), engagement, sample.domain(), sample.file());
	}

	/**
	 * Looks at the wizard every 20 ms while it is open, as a person watching it: the texts of its
	 * progress area, whether a progress bar shows; closes (and keeps the texts of) the message
	 * that ends the export; with {@code cancel}, clicks the stop button once the rows are being written.
	 */
	private static final class Watcher {

		final List<String> steps = new ArrayList<>();
		final StringBuilder dialogs = new StringBuilder();
		boolean barSeen;
		boolean canceled;
		private boolean stopped;

		Watcher(Shell wizard, boolean cancel) {
			Display display = wizard.getDisplay();
			Runnable[] look = new Runnable[1];
			look[0] = () -> {
				if (stopped) {
					return;
				}
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && shell.getData() instanceof MessageDialog) {
						collect(shell, dialogs);
						shell.close();
					}
				}
				if (!wizard.isDisposed()) {
					ProgressMonitorPart part = Dialogs.find(wizard, ProgressMonitorPart.class, p -> true);
					if (part != null) {
						barSeen |= Dialogs.find(part, ProgressBar.class, b -> true) != null;
						StringBuilder texts = new StringBuilder();
						collect(part, texts);
						String text = texts.toString().trim();
						if (!text.isEmpty() && (steps.isEmpty() || !steps.get(steps.size() - 1).equals(text))) {
							steps.add(text);
						}
						if (cancel && !canceled && ROWS_STEP.matcher(text).find()) {
							canceled = true;
							clickStop(part);
						}
					}
				}
				display.timerExec(20, look[0]);
			};
			display.timerExec(20, look[0]);
		}

		void stop() {
			stopped = true;
		}

		/**
		 * Clicks the stop button beside the progress bar: while an operation runs, JFace's wizard
		 * disables its キャンセル button and cancels through this one.
		 */
		private static void clickStop(ProgressMonitorPart part) {
			ToolBar bar = Dialogs.find(part, ToolBar.class, t -> t.getItemCount() > 0);
			assertTrue(bar != null && bar.getItem(0).isEnabled(), "the stop button beside the progress bar"); //$NON-NLS-1$
			Rectangle stop = bar.getItem(0).getBounds();
			UserEvents.clickAt(bar, stop.x + stop.width / 2, stop.y + stop.height / 2);
		}

		private static void collect(Control control, StringBuilder texts) {
			if (!control.isVisible()) {
				return;
			}
			if (control instanceof Label label && !label.getText().isBlank()) {
				texts.append(label.getText()).append('\n');
			}
			if (control instanceof Composite composite) {
				for (Control child : composite.getChildren()) {
					collect(child, texts);
				}
			}
		}
	}
}

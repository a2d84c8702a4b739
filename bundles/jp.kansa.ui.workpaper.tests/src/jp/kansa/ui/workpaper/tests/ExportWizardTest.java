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

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.wizards.ExportJob;
import jp.kansa.ui.workpaper.internal.wizards.ExportWizard;

/** File > Export > 監査調書 (Excel) on the sample: a real workbook in the background, or nothing when canceled. */
class ExportWizardTest {

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		Ui.closeAll();
	}

	@Test
	void finishWritesTheWorkpaperInAJobAndTellsWhere() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		ExportWizard wizard = new ExportWizard(sample);
		WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Path target = temp.resolve("監査調書.xlsx"); //$NON-NLS-1$
		wizard.setTarget(target);
		StringBuilder seen = new StringBuilder();
		Runnable stop = Ui.closeDialogs(seen);
		try {
			assertTrue(wizard.performFinish());
			dialog.close();
			ExportJob job = wizard.job();
			Ui.waitUntil(() -> job.getState() == Job.NONE && seen.toString().contains(target.toString()));
			assertTrue(job.getResult().isOK(), job.getResult().toString());
		} finally {
			stop.run();
		}
		assertTrue(seen.toString().contains(target.toString()), "the notification names the file: " + seen); //$NON-NLS-1$
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
	void defaultTargetIsNextToTheEngagement() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		ExportWizard wizard = new ExportWizard(sample);
		WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals(sample.folder().resolve("sample-hospital.xlsx"), wizard.target()); //$NON-NLS-1$
		} finally {
			dialog.close();
		}
	}

	@Test
	void canceledExportLeavesNoFile() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		Path target = temp.resolve("canceled.xlsx"); //$NON-NLS-1$
		ExportJob job = new ExportJob(sample, target, Locale.JAPANESE);
		boolean[] ran = { false };
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				// the user presses Cancel in the Progress view as the export starts: the
				// exporter polls the monitor between rows and stops
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
}

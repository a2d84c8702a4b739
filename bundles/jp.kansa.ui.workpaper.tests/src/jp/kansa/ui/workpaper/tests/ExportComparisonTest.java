/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Engagement;
import jp.kansa.model.compare.DifferenceFilter;
import jp.kansa.model.compare.EngagementComparison;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.RollForward;
import jp.kansa.model.engagement.RollForwardOptions;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.wizards.ExportWizard;

/**
 * The export wizard's 比較 choice: for an engagement rolled forward it proposes the prior year;
 * ticking the box (a click) and 完了 (a click) add a 比較 sheet listing what changed since, row
 * for row the comparison core's differences; a file that is not there is refused on the page.
 */
class ExportComparisonTest extends ExportWizardTestBase {

	private static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa"); //$NON-NLS-1$
	private static final int HEADER_ROW = 1;

	@Test
	void thePriorYearIsProposedAndItsComparisonSheetListsWhatChanged() throws Exception {
		Path prior = temp.resolve("r7/minato.kansa"); //$NON-NLS-1$
		Files.createDirectories(prior.getParent());
		Files.copy(SAMPLE, prior);
		Path next = temp.resolve("r8/minato-r8.kansa"); //$NON-NLS-1$
		RollForward.toFile(prior, next, new RollForwardOptions());
		Engagement edited = EngagementFiles.load(next);
		edited.getContractChecks().stream().filter(c -> c.getId().equals("C-1/1-A-1-①")).findFirst().orElseThrow() //$NON-NLS-1$
				.setAssessment(AssessmentStatus.CONFORMING);
		EngagementFiles.save(edited);

		ActiveEngagement active = open(next);
		Path target = temp.resolve("r8/wp.xlsx"); //$NON-NLS-1$
		ExportWizard wizard = new ExportWizard(active);
		dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.getShell().setSize(860, 720);
		wizard.setTarget(target);
		Ui.spin();
		Ui.screenshot(dialog.getShell(), "export-comparison-page"); //$NON-NLS-1$

		assertEquals(prior.toString(), wizard.compareField().getText(), "the prior year is proposed"); //$NON-NLS-1$
		assertFalse(wizard.compareBox().getSelection(), "no 比較 sheet unless asked"); //$NON-NLS-1$
		assertFalse(wizard.compareField().isEnabled());

		Button box = wizard.compareBox();
		// the dialog maps a moment after open (no window manager): a click before that is lost
		for (int attempt = 0; attempt < 4 && !box.getSelection(); attempt++) {
			UiTestSupport.sleep(400);
			Ui.spin();
			// on the box itself, as a user aims: the button is as wide as the page
			UserEvents.clickAt(box, 8, box.getSize().y / 2);
			UiTestSupport.waitUntil(box::getSelection, 3_000);
		}
		assertTrue(box.getSelection(), "the click ticked 比較シートを加える"); //$NON-NLS-1$
		assertTrue(wizard.compareField().isEnabled());

		// a file that is not there: the page says so and 完了 is off
		Path missing = temp.resolve("r6/none.kansa"); //$NON-NLS-1$
		wizard.compareField().setText(missing.toString());
		Ui.spin();
		Button finish = Dialogs.button(dialog.getShell(), IDialogConstants.FINISH_ID);
		assertFalse(finish.isEnabled());
		assertTrue(wizard.page().getErrorMessage().contains(missing.toString()), wizard.page().getErrorMessage());
		wizard.compareField().setText(prior.toString());
		Ui.spin();
		assertTrue(finish.isEnabled());
		assertNull(wizard.page().getErrorMessage());

		StringBuilder seen = new StringBuilder();
		Runnable stop = closeMessages(seen);
		UserEvents.click(finish);
		Ui.waitUntil(() -> dialog.getShell() == null || dialog.getShell().isDisposed());
		stop.run();
		assertTrue(seen.toString().contains(target.toString()), seen.toString());

		List<List<String>> expected = new ArrayList<>();
		EngagementComparison comparison = EngagementComparison.compare(EngagementFiles.load(prior),
				EngagementFiles.load(next), java.util.Locale.JAPANESE);
		comparison.differences(DifferenceFilter.PEOPLE).forEach(d -> expected.add(List.of(d.element().path(),
				nonNull(d.fieldLabel()), nonNull(d.oldText()), nonNull(d.newText()))));
		try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
			Sheet sheet = workbook.getSheet("比較"); //$NON-NLS-1$
			assertNotNull(sheet, "a 比較 sheet"); //$NON-NLS-1$
			List<List<String>> rows = new ArrayList<>();
			for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				rows.add(List.of(text(row, 3), text(row, 4), text(row, 5), text(row, 6)));
			}
			assertEquals(expected, rows, "one row per difference, as the compare core (and kansa diff) list them"); //$NON-NLS-1$
			assertFalse(rows.isEmpty(), "the prior year differs from the rolled-forward year"); //$NON-NLS-1$
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	private static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null ? "" : cell.getStringCellValue(); //$NON-NLS-1$
	}

	private static ActiveEngagement open(Path file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Command command = window.getService(ICommandService.class).getCommand("jp.kansa.ui.engagement.openEngagement"); //$NON-NLS-1$
		IHandlerService handlers = window.getService(IHandlerService.class);
		try {
			command.executeWithChecks(new ExecutionEvent(command, Map.of("file", file.toString()), null, //$NON-NLS-1$
					handlers.getCurrentState()));
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		Ui.waitUntil(() -> ActiveEngagement.of(Ui.page().getActiveEditor()) != null
				&& ActiveEngagement.of(Ui.page().getActiveEditor()).file().equals(file));
		ActiveEngagement active = ActiveEngagement.of(Ui.page().getActiveEditor());
		assertNotNull(active);
		return active;
	}

	/** Closes the message dialogs (done, failed) as a user would after reading them. */
	private static Runnable closeMessages(StringBuilder seen) {
		Display display = Display.getCurrent();
		boolean[] stopped = { false };
		Runnable[] closer = new Runnable[1];
		closer[0] = () -> {
			if (stopped[0]) {
				return;
			}
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getData() instanceof MessageDialog message) {
					seen.append(message.getShell().getText()).append('\n');
					for (var child : shell.getChildren()) {
						collect(child, seen);
					}
					shell.close();
				}
			}
			display.timerExec(100, closer[0]);
		};
		display.timerExec(100, closer[0]);
		return () -> stopped[0] = true;
	}

	private static void collect(org.eclipse.swt.widgets.Control control, StringBuilder seen) {
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			seen.append(label.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (var child : composite.getChildren()) {
				collect(child, seen);
			}
		}
	}
}

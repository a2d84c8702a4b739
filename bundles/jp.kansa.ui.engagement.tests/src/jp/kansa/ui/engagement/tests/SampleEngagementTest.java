/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.ui.engagement.internal.editors.AssessmentPage;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.MatrixPage;
import jp.kansa.ui.engagement.internal.editors.OverviewPage;
import jp.kansa.ui.engagement.internal.handlers.OpenSampleHandler;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.views.ValidationView;
import jp.kansa.ui.testing.UserEvents;

/** The shipped sample opened the way a new user opens it, with its planted problems visible. */
class SampleEngagementTest {

	@BeforeEach
	void freshSampleFolder() throws Exception {
		Path folder = SampleInstaller.defaultFolder();
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}

	@Test
	void openSampleShowsEachPlantedProblemAndDoubleClickSelectsTheCell() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OpenSampleHandler.COMMAND_ID, null);
		Workbench.spin();
		IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertTrue(active instanceof EngagementEditor, "the sample opens in the engagement editor"); //$NON-NLS-1$
		EngagementEditor editor = (EngagementEditor) active;
		assertEquals(SampleInstaller.FILE_NAME, editor.getTitle());
		assertTrue(Files.isRegularFile(SampleInstaller.defaultFolder().resolve("evidence/ehr-sla.txt")), //$NON-NLS-1$
				"the evidence files are copied with the sample"); //$NON-NLS-1$

		ValidationView view = Workbench.validationView();
		Workbench.awaitValidation(editor);
		Table rows = view.viewer().getTable();
		Set<String> rules = new TreeSet<>(Workbench.column(rows, 1));
		assertEquals(new TreeSet<>(Set.of("KANSA-A2-GAP", "KANSA-OVERLAP", "KANSA-CHAIN-BROKEN", "KANSA-INITIAL-NO-OPEN", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"KANSA-EVIDENCE-EXPIRED", "KANSA-SIGNOFF-STALE", "KANSA-FINDING-OVERDUE")), rules); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(10, rows.getItemCount());
		assertTrue(Workbench.column(rows, 0).contains("警告"), "severity in Japanese"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Workbench.column(rows, 2).stream().anyMatch(m -> m.contains("A-2 の空白")), "messages in Japanese"); //$NON-NLS-1$ //$NON-NLS-2$
		long sampleValidation = editor.validation().validateNow().millis();
		editor.validation().validateNow();
		System.out.println("validation of the sample on the UI thread: " + editor.validation().validateNow().millis() //$NON-NLS-1$
				+ " ms (first run " + sampleValidation + " ms)"); //$NON-NLS-1$ //$NON-NLS-2$
		Workbench.spin();

		OverviewPage overview = (OverviewPage) editor.page(OverviewPage.ID);
		assertEquals("エラー 1 件、警告 9 件、情報 0 件 (詳細は「検証結果」ビュー)", overview.validationSummary()); //$NON-NLS-1$
		assertEquals(3, overview.contractProgress().getItemCount());
		assertEquals("17%", overview.contractProgress().getItem(0).getText(6)); //$NON-NLS-1$

		// the first gap opened (click, Enter — what a double-click does): the matrix page shows and selects its cell
		int gapRow = Workbench.column(rows, 1).indexOf("KANSA-A2-GAP"); //$NON-NLS-1$
		UserActions.activateRow(rows, gapRow);
		Workbench.waitUntil(() -> MatrixPage.ID.equals(editor.getActivePageInstance().getId()));
		assertEquals(MatrixPage.ID, editor.getActivePageInstance().getId());
		MatrixPage matrix = (MatrixPage) editor.getActivePageInstance();
		ContractCheck selected = matrix.check(matrix.selectedRow(), matrix.selectedColumn());
		assertNotNull(selected);
		assertEquals(SampleGap.CHECK_POINT, selected.getCheckPointId());
		Contract maintenance = SampleGap.contract(editor.engagement());
		assertEquals(maintenance, selected.getContract());
		assertEquals("未割当", matrix.cellText(matrix.selectedRow(), matrix.selectedColumn())); //$NON-NLS-1$
		assertEquals(MatrixPage.GAP, matrix.cellColor(matrix.selectedRow(), matrix.selectedColumn()));
		int overlapRow = matrix.rowOf("2-B-3-①"); //$NON-NLS-1$
		assertEquals(MatrixPage.OVERLAP, matrix.cellColor(overlapRow, MatrixPage.FIRST_CONTRACT_COLUMN));
		assertTrue(matrix.cellToolTip(overlapRow, MatrixPage.FIRST_CONTRACT_COLUMN).contains("共同としてください")); //$NON-NLS-1$

		// the Properties view follows the matrix selection
		PropertySheet properties = (PropertySheet) editor.getSite().getPage().showView(IPageLayout.ID_PROP_SHEET);
		editor.getSite().getPage().activate(editor);
		try (Widgets.MenuWatcher menus = new Widgets.MenuWatcher(matrix.grid().getDisplay())) {
			// a click on a contract's cell selects it and offers its choices; Esc leaves it as it is
			UserActions.clickMatrixCell(matrix, matrix.selectedRow(), matrix.selectedColumn());
			assertNotNull(menus.awaitMenu(), "the click offers the cell's choices"); //$NON-NLS-1$
			UserEvents.key(matrix.grid().getDisplay(), 0, org.eclipse.swt.SWT.ESC);
		}
		Workbench.spin();
		assertEquals(selected, matrix.check(matrix.selectedRow(), matrix.selectedColumn()));
		var tree = (org.eclipse.swt.widgets.Tree) properties.getCurrentPage().getControl();
		Workbench.waitUntil(() -> tree.getItemCount() > 0);
		String propertyTexts = java.util.Arrays.stream(tree.getItems()).flatMap(i -> java.util.stream.Stream.concat(
				java.util.stream.Stream.of(i), java.util.Arrays.stream(i.getItems())))
				.map(i -> i.getText(0) + "=" + i.getText(1)).toList().toString(); //$NON-NLS-1$
		assertTrue(propertyTexts.contains(SampleGap.CHECK_POINT), propertyTexts);

		editor.getSite().getPage().activate(view);
		Workbench.validationView();
		File matrixShot = Workbench.screenshot(editor.getSite().getShell(), "matrix-sample-gaps"); //$NON-NLS-1$
		assertTrue(matrixShot.length() > 0);

		// 評価: filter and detail
		editor.setActivePage(AssessmentPage.ID);
		AssessmentPage assessment = (AssessmentPage) editor.getActivePageInstance();
		// (clicking a row of 評価 is AssessmentPageTest's and RollForwardWizardTest's; here only the screenshot)
		assessment.select(selected);
		Workbench.spin();
		assertEquals(selected, assessment.selected());
		File assessmentShot = Workbench.screenshot(editor.getSite().getShell(), "assessment-page"); //$NON-NLS-1$
		assertTrue(assessmentShot.length() > 0);
		System.out.println("screenshots in " + IPath.fromOSString(matrixShot.getParent())); //$NON-NLS-1$
	}
}

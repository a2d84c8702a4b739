/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import jp.kansa.model.Contract;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaPackage.Literals;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.ui.engagement.internal.editors.CatalogRows;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.MatrixPage;
import jp.kansa.ui.engagement.internal.views.ValidationView;
import jp.kansa.ui.engagement.internal.wizards.NewEngagementWizard;
import jp.kansa.ui.testing.UserEvents;

/**
 * The path of the issue, through the UI: a new engagement from the wizard, a contract with a
 * vendor, a role assigned in the matrix making its gap warning go away, undo/redo, save,
 * reopen, and the same content on disk.
 */
class EngagementWorkflowTest extends EditorTestBase {

	private static final String GAP = "KANSA-A2-GAP"; //$NON-NLS-1$
	private static final String FIRST_PART2 = "2-A-1-①"; //$NON-NLS-1$

	/** A wizard dialog whose Finish a test can press. */
	private static final class TestWizardDialog extends WizardDialog {
		TestWizardDialog(Shell shell, NewEngagementWizard wizard) {
			super(shell, wizard);
			setBlockOnOpen(false);
		}

		/** 完了, as the user clicks it. */
		void clickFinish() {
			UserEvents.click(getButton(IDialogConstants.FINISH_ID));
		}
	}

	@Test
	void wizardMatrixUndoRedoSaveReopen() throws Exception {
		Path file = folder.resolve("minato.kansa"); //$NON-NLS-1$
		EngagementEditor editor = createThroughWizard(file);
		assertEquals("minato.kansa", editor.getTitle()); //$NON-NLS-1$
		assertFalse(editor.isDirty());
		Engagement engagement = editor.engagement();
		assertEquals("みなと病院", engagement.getInstitution().getName()); //$NON-NLS-1$

		// a vendor and a contract with it
		editor.commands().execute(editor.commands().addParty("B情報システム", PartyKind.VENDOR)); //$NON-NLS-1$
		Party vendor = engagement.getParties().get(1);
		editor.commands().execute(editor.commands().addContract("電子カルテ保守契約", CatalogRows.checkPoints())); //$NON-NLS-1$
		Contract contract = engagement.getContracts().get(0);
		editor.commands().execute(editor.commands().set(contract, Literals.CONTRACT__PARTIES,
				List.of(engagement.getInstitution(), vendor)));
		assertTrue(editor.isDirty());
		assertEquals(54, engagement.getContractChecks().size());

		ValidationView view = Workbench.validationView();
		Workbench.awaitValidation(editor);
		long part2 = CatalogRows.checkPoints().stream().filter(c -> c.getId().startsWith("2-")).count(); //$NON-NLS-1$
		assertEquals(part2, gapRows(view), "every Part 2 check point of the new contract is a gap"); //$NON-NLS-1$

		editor.setActivePage(MatrixPage.ID);
		MatrixPage matrix = (MatrixPage) editor.page(MatrixPage.ID);
		Workbench.spin();
		int row = matrix.rowOf(FIRST_PART2);
		int column = matrix.columnOf(contract);
		assertEquals("未割当", cellText(matrix, row, column)); //$NON-NLS-1$
		assertEquals(MatrixPage.GAP, background(matrix, row, column));
		assertTrue(matrix.cellToolTip(row, column).contains("A-2"), matrix.cellToolTip(row, column)); //$NON-NLS-1$

		// the user clicks the cell and picks 共同 with the vendor
		Display display = matrix.grid().getDisplay();
		try (Widgets.MenuWatcher menus = new Widgets.MenuWatcher(display)) {
			UserActions.clickMatrixCell(matrix, row, column);
			assertNotNull(menus.awaitMenu(), "the click offers the cell's choices"); //$NON-NLS-1$
			// GTK arms a menu's items by the arrows only when the keyboard opened it: Esc, then Enter on the cell
			UserEvents.key(display, 0, SWT.ESC);
			menus.reset();
			UserEvents.key(display, 0, SWT.CR);
			assertNotNull(menus.awaitMenu(), "Enter offers the cell's choices"); //$NON-NLS-1$
			menus.choose("共同: みなと病院 + B情報システム"); //$NON-NLS-1$
		}
		Workbench.awaitValidation(editor);
		assertEquals("共同: B情報システム", cellText(matrix, row, column)); //$NON-NLS-1$
		assertNull(background(matrix, row, column), "no gap colour once assigned"); //$NON-NLS-1$
		assertEquals(part2 - 1, gapRows(view));
		assertEquals(0, Arrays.stream(view.viewer().getTable().getItems())
				.filter(i -> GAP.equals(i.getText(1)) && i.getText(2).contains(FIRST_PART2)).count(),
				"the fixed gap left the validation view"); //$NON-NLS-1$

		// Ctrl+Z undoes, Ctrl+Y redoes
		editor.getSite().getPage().activate(editor);
		Workbench.spin();
		UserEvents.key(display, SWT.MOD1, 'z');
		Workbench.waitUntil(() -> "未割当".equals(cellText(matrix, row, column))); //$NON-NLS-1$
		Workbench.awaitValidation(editor);
		assertEquals("未割当", cellText(matrix, row, column)); //$NON-NLS-1$
		assertEquals(MatrixPage.GAP, background(matrix, row, column));
		assertEquals(part2, gapRows(view));
		UserEvents.key(display, SWT.MOD1, 'y');
		Workbench.waitUntil(() -> "共同: B情報システム".equals(cellText(matrix, row, column))); //$NON-NLS-1$
		Workbench.awaitValidation(editor);
		assertEquals("共同: B情報システム", cellText(matrix, row, column)); //$NON-NLS-1$
		assertEquals(part2 - 1, gapRows(view));

		// Ctrl+S saves, and the file holds exactly what the editor shows
		UserEvents.key(display, SWT.MOD1, 's');
		Workbench.waitUntil(() -> !editor.isDirty());
		assertFalse(editor.isDirty());
		assertTrue(Files.exists(EngagementFiles.backupOf(file)), "the previous version is kept as .bak"); //$NON-NLS-1$
		Engagement reloaded = EngagementFiles.load(file);
		assertTrue(EcoreUtil.equals(engagement, reloaded), "the saved file has the editor's content"); //$NON-NLS-1$
		System.out.println("save of a 1-contract engagement: " + editor.lastSaveMillis() + " ms"); //$NON-NLS-1$ //$NON-NLS-2$

		Workbench.closeAll();
		EngagementEditor reopened = Workbench.open(file);
		reopened.setActivePage(MatrixPage.ID);
		MatrixPage reopenedMatrix = (MatrixPage) reopened.page(MatrixPage.ID);
		Workbench.spin();
		Contract reopenedContract = reopened.engagement().getContracts().get(0);
		assertEquals("共同: B情報システム", cellText(reopenedMatrix, row, reopenedMatrix.columnOf(reopenedContract))); //$NON-NLS-1$
		assertTrue(EcoreUtil.equals(reloaded, reopened.engagement()));
	}

	private EngagementEditor createThroughWizard(Path file) {
		NewEngagementWizard wizard = new NewEngagementWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		TestWizardDialog dialog = new TestWizardDialog(shell, wizard);
		dialog.open();
		Workbench.spin();
		var page = wizard.page();
		assertFalse(page.isPageComplete(), "a name is required"); //$NON-NLS-1$
		page.nameField().setText("みなと病院 令和7年度 役割分担監査"); //$NON-NLS-1$
		page.institutionField().setText("みなと病院"); //$NON-NLS-1$
		page.referenceDateField().setText("2025-09-30"); //$NON-NLS-1$
		page.fileField().setText(file.toString());
		assertTrue(page.isPageComplete(), () -> "wizard says: " + page.getErrorMessage()); //$NON-NLS-1$
		dialog.clickFinish();
		Workbench.waitUntil(() -> Files.isRegularFile(file));
		assertTrue(Files.isRegularFile(file));
		var active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertNotNull(active);
		return (EngagementEditor) active;
	}

	private static long gapRows(ValidationView view) {
		return Workbench.column(view.viewer().getTable(), 1).stream().filter(GAP::equals).count();
	}

	private static String cellText(MatrixPage matrix, int row, int column) {
		return matrix.cellText(row, column);
	}

	private static RGB background(MatrixPage matrix, int row, int column) {
		return matrix.cellColor(row, column);
	}
}

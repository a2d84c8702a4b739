/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Responsibility;
import jp.kansa.model.validation.ValidationRule;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.MatrixCell;
import jp.kansa.ui.engagement.internal.editors.MatrixPage;
import jp.kansa.ui.engagement.internal.editors.ValidationResults;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.views.ValidationView;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * The rules run on a worker thread, never on the UI thread, and their results still reach the
 * 検証結果 view and the matrix after an edit made with real events; a run overtaken by a newer
 * edit never shows its (stale) results.
 */
class ValidationOffUiThreadTest extends EditorTestBase {

	@Test
	void rulesRunOnAWorkerAndTheirResultsFollowAnEditMadeWithTheMouseAndKeys() throws Exception {
		EngagementEditor editor = Workbench.open(SampleInstaller.install(folder));
		ValidationView view = Workbench.validationView();
		Workbench.awaitValidation(editor);
		Thread uiThread = Display.getCurrent().getThread();
		Set<Thread> ruleThreads = ConcurrentHashMap.newKeySet();
		editor.validation().setAfterRules(() -> ruleThreads.add(Thread.currentThread()));
		long gapsBefore = gapRows(view);
		assertTrue(gapsBefore > 0, "the sample has A-2 gaps"); //$NON-NLS-1$

		MatrixPage matrix = showMatrix(editor);
		chooseJointByMouseAndKeys(matrix);
		Workbench.awaitValidation(editor);

		assertEquals(gapsBefore - 1, gapRows(view), "the fixed gap left the 検証結果 view"); //$NON-NLS-1$
		assertFalse(ruleThreads.isEmpty(), "the edit was validated"); //$NON-NLS-1$
		assertFalse(ruleThreads.contains(uiThread), "never on the UI thread: " + ruleThreads); //$NON-NLS-1$
		int row = matrix.rowOf(SampleGap.CHECK_POINT);
		assertFalse(MatrixPage.GAP.equals(matrix.cellColor(row, matrix.selectedColumn())),
				"the cell lost its gap colour"); //$NON-NLS-1$
	}

	@Test
	void aRunOvertakenByANewerEditNeverShowsItsResults() throws Exception {
		EngagementEditor editor = Workbench.open(SampleInstaller.install(folder));
		ValidationView view = Workbench.validationView();
		Workbench.awaitValidation(editor);
		long gapsBefore = gapRows(view);

		// the run after the first edit is held once its rules are done, until the second edit is in
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean holdNext = new AtomicBoolean(true);
		editor.validation().setAfterRules(() -> {
			if (holdNext.getAndSet(false)) {
				held.countDown();
				await(release);
			}
		});
		List<Long> gapsShownAfterUndo = new CopyOnWriteArrayList<>();
		AtomicBoolean undone = new AtomicBoolean();
		Consumer<ValidationResults> shown = results -> {
			if (undone.get()) {
				gapsShownAfterUndo.add(gaps(results));
			}
		};
		editor.validation().addListener(shown);
		try {
			MatrixPage matrix = showMatrix(editor);
			ContractCheck check = chooseJointByMouseAndKeys(matrix);
			UiTestSupport.waitUntil(() -> held.getCount() == 0, 10_000);
			assertEquals(0, held.getCount(), "the first edit's run reached its results"); //$NON-NLS-1$

			// the UI thread is free meanwhile: Ctrl+Z undoes the edit while that run is held
			UserEvents.key(matrix.grid().getDisplay(), SWT.MOD1, 'z');
			Workbench.spin();
			assertEquals(Responsibility.UNASSIGNED, check.getResponsibility(), "Ctrl+Z undid the edit"); //$NON-NLS-1$
			undone.set(true);
			release.countDown();
			Workbench.awaitValidation(editor);

			assertFalse(gapsShownAfterUndo.isEmpty(), "the undo was validated"); //$NON-NLS-1$
			assertTrue(gapsShownAfterUndo.stream().allMatch(n -> n == gapsBefore),
					"after the undo only results with the gap back were shown: " + gapsShownAfterUndo); //$NON-NLS-1$
			assertEquals(gapsBefore, gapRows(view));
			assertEquals(gapsBefore, gaps(editor.validation().results()));
		} finally {
			release.countDown();
			editor.validation().removeListener(shown);
			editor.validation().setAfterRules(null);
		}
	}

	private static MatrixPage showMatrix(EngagementEditor editor) {
		editor.getSite().getPage().activate(editor);
		editor.setActivePage(MatrixPage.ID);
		Workbench.spin();
		return (MatrixPage) editor.page(MatrixPage.ID);
	}

	/**
	 * The sample's gap cell ({@link SampleGap}) set to 共同 as a user does it: a
	 * click on the check point puts the cursor on its row, → moves it onto the contract, Enter opens
	 * the cell's choices, ↓ and Enter pick 共同.
	 */
	private static ContractCheck chooseJointByMouseAndKeys(MatrixPage matrix) {
		EngagementEditor editor = matrix.editor();
		Contract maintenance = SampleGap.contract(editor.engagement());
		int row = matrix.rowOf(SampleGap.CHECK_POINT);
		int column = matrix.columnOf(maintenance);
		ContractCheck check = matrix.check(row, column);
		assertEquals(Responsibility.UNASSIGNED, check.getResponsibility());
		MatrixCell joint = MatrixCell.choices(editor.engagement(), maintenance).stream()
				.filter(c -> c.responsibility() == Responsibility.JOINT).findFirst().orElseThrow();
		Display display = matrix.grid().getDisplay();
		UserActions.clickMatrixCell(matrix, row, 1);
		assertTrue(matrix.grid().isFocusControl(), "the click gave the matrix the keyboard"); //$NON-NLS-1$
		assertEquals(row, matrix.selectedRow());
		while (matrix.selectedColumn() < column) {
			int before = matrix.selectedColumn();
			UserEvents.key(display, 0, SWT.ARROW_RIGHT);
			assertTrue(matrix.selectedColumn() > before, "→ moves the cursor"); //$NON-NLS-1$
		}
		try (Widgets.MenuWatcher menus = new Widgets.MenuWatcher(display)) {
			UserEvents.key(display, 0, SWT.CR);
			assertNotNull(menus.awaitMenu(), "Enter opens the cell's choices"); //$NON-NLS-1$
			menus.choose(joint.label());
		}
		Workbench.spin();
		assertEquals(Responsibility.JOINT, check.getResponsibility(), "the choice reached the model"); //$NON-NLS-1$
		return check;
	}

	private static long gapRows(ValidationView view) {
		return Workbench.column(view.viewer().getTable(), 1).stream().filter(ValidationRule.A2_GAP.id()::equals).count();
	}

	private static long gaps(ValidationResults results) {
		return results.problems().stream().filter(d -> ValidationRule.of(d) == ValidationRule.A2_GAP)
				.map(Diagnostic::getMessage).count();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

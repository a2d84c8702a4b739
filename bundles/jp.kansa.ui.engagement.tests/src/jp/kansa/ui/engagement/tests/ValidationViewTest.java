/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.validation.ValidationRule;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.ValidationResults;
import jp.kansa.ui.engagement.internal.handlers.OpenSampleHandler;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.views.ValidationView;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * 検証結果 as the auditor reads it: errors first, each problem once; evidence files read in the
 * background while the workbench stays usable, and the stop button stops it.
 */
class ValidationViewTest extends EditorTestBase {

	/** Sparse files of 1000 MB: hashing four takes seconds even with SHA instructions (measured 101 s for ten under load). */
	private static final int SCANS = 4;

	@Test
	void resultsPutErrorsFirstAndDropDuplicateRows() {
		Party a = KansaFactory.eINSTANCE.createParty();
		Party b = KansaFactory.eINSTANCE.createParty();
		Diagnostic gap = diagnostic(Diagnostic.WARNING, ValidationRule.A2_GAP, "gap", a);
		Diagnostic chain = diagnostic(Diagnostic.ERROR, ValidationRule.CHAIN_BROKEN, "chain", b);
		Diagnostic info = diagnostic(Diagnostic.INFO, ValidationRule.CATALOG_MISSING, "no catalog", a);
		Diagnostic chainAgain = diagnostic(Diagnostic.ERROR, ValidationRule.CHAIN_BROKEN, "chain", b);
		Diagnostic gapOfAnother = diagnostic(Diagnostic.WARNING, ValidationRule.A2_GAP, "gap", b);

		ValidationResults results = new ValidationResults(List.of(gap, chain, info, chainAgain, gapOfAnother), List.of(), 0);

		assertEquals(List.of(chain, gap, gapOfAnother, info), results.problems());
		assertEquals(1, results.count(Diagnostic.ERROR));
	}

	@Test
	void sampleInTheViewShowsErrorsFirstAndEveryRowOnce() throws Exception {
		Path samples = SampleInstaller.defaultFolder();
		if (Files.exists(samples)) {
			try (var paths = Files.walk(samples)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OpenSampleHandler.COMMAND_ID, null);
		Workbench.spin();
		EngagementEditor editor = (EngagementEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getActiveEditor();
		ValidationView view = Workbench.validationView();
		Workbench.awaitValidation(editor);

		Table table = view.viewer().getTable();
		List<String> severities = Workbench.column(table, 0);
		assertTrue(severities.contains("エラー") && severities.contains("警告"), severities.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		List<Integer> ranks = severities.stream().map(ValidationViewTest::rank).toList();
		List<Integer> sorted = new ArrayList<>(ranks);
		sorted.sort(null);
		assertEquals(sorted, ranks, "errors, then warnings, then infos: " + severities);
		Set<String> rows = new HashSet<>();
		for (TableItem item : table.getItems()) {
			String row = item.getText(0) + '|' + item.getText(1) + '|' + item.getText(2) + '|' + item.getText(3);
			assertTrue(rows.add(row), "shown twice: " + row); //$NON-NLS-1$
		}
	}

	@Test
	void evidenceIsHashedInTheBackgroundAndTheStopButtonStopsIt() throws Exception {
		Path file = folder.resolve("big.kansa"); //$NON-NLS-1$
		Files.createDirectories(folder.resolve("evidence")); //$NON-NLS-1$
		StringBuilder evidence = new StringBuilder();
		for (int i = 0; i < SCANS; i++) {
			try (RandomAccessFile big = new RandomAccessFile(folder.resolve("evidence/scan" + i + ".bin").toFile(), "rw")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				big.setLength(1000L * 1024 * 1024); // sparse, under the 1 GiB limit: hashed, which takes a while
			}
			evidence.append("  <evidence id=\"EV-" + i + "\" title=\"スキャン\" kind=\"file\" path=\"evidence/scan" + i //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ ".bin\" sha256=\"" + "0".repeat(64) + "\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<kansa:Engagement xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:kansa="http://www.kansa.jp/model/kansa/1.1"
				    id="E" name="大きな証跡" referenceDate="2025-09-30" catalogId="kakuninhyo">
				%s</kansa:Engagement>
				""".formatted(evidence)); //$NON-NLS-1$

		EngagementEditor editor = Workbench.open(file);
		ValidationView view = Workbench.validationView();
		// the UI thread is free while the files are read: the view already shows the rules' results
		Workbench.waitUntil(() -> editor.validation().isCheckingEvidence() && view.getContentDescription().contains("確認中")); //$NON-NLS-1$
		assertFalse(rules(view).contains("KANSA-EVIDENCE-CHANGED"), "not judged before it is read"); //$NON-NLS-1$
		assertTrue(view.cancelAction().isEnabled());

		clickStopButton(view);
		Workbench.awaitValidation(editor);

		assertFalse(editor.validation().isCheckingEvidence());
		Workbench.waitUntil(() -> !view.getContentDescription().contains("確認中")); //$NON-NLS-1$
		assertFalse(view.cancelAction().isEnabled());
		assertFalse(rules(view).contains("KANSA-EVIDENCE-CHANGED"), "stopped before the file was read to the end"); //$NON-NLS-1$

		editor.validation().schedule(); // the next edit checks again, to the end this time
		UiTestSupport.waitUntil(() -> rules(view).stream().filter("KANSA-EVIDENCE-CHANGED"::equals).count() == SCANS, 120_000); //$NON-NLS-1$
	}

	/** A real mouse click on the stop button of the view's toolbar. */
	private static void clickStopButton(ValidationView view) {
		ToolBar toolBar = ((org.eclipse.jface.action.ToolBarManager) view.getViewSite().getActionBars().getToolBarManager())
				.getControl();
		for (ToolItem item : toolBar.getItems()) {
			if (view.cancelAction().getToolTipText().equals(item.getToolTipText())) {
				Rectangle bounds = item.getBounds();
				UserEvents.clickAt(toolBar, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
				return;
			}
		}
		throw new AssertionError("no stop button in the view's toolbar"); //$NON-NLS-1$
	}

	private static List<String> rules(ValidationView view) {
		return Workbench.column(view.viewer().getTable(), 1);
	}

	private static int rank(String severity) {
		return switch (severity) {
		case "エラー" -> 0; //$NON-NLS-1$
		case "警告" -> 1; //$NON-NLS-1$
		default -> 2;
		};
	}

	private static Diagnostic diagnostic(int severity, ValidationRule rule, String message, Object datum) {
		return new BasicDiagnostic(severity, ValidationRule.SOURCE, rule.code(), message, new Object[] { datum });
	}
}

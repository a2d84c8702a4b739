/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.cli.internal.Cli;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Responsibility;
import jp.kansa.model.compare.DifferenceKind;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.RollForward;
import jp.kansa.model.engagement.RollForwardOptions;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.views.ComparisonView;
import jp.kansa.ui.testing.NativeChooser;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * 比較 as an auditor uses it: the sample rolled forward to 令和8年度, a role and an assessment
 * changed; ファイル > 前年度と比較 and ファイル > 比較… (the file chosen in the GTK dialog) open the
 * view through the menu's keys, and the view lists exactly what {@code kansa diff} prints for the
 * same two files. The filters are driven by clicks and typed keys.
 */
class ComparisonViewTest extends EditorTestBase {

	private Path prior;
	private Path next;
	private Path beforeEdit;

	@BeforeEach
	void rollForwardAndEdit() throws Exception {
		prior = SampleInstaller.install(folder.resolve("r7")); //$NON-NLS-1$
		next = folder.resolve("r8/minato-r8.kansa"); //$NON-NLS-1$
		RollForward.toFile(prior, next, new RollForwardOptions().name("みなと総合病院 (令和8年度)") //$NON-NLS-1$
				.referenceDate(LocalDate.of(2026, 9, 30)));
		beforeEdit = Files.copy(next, next.resolveSibling("before-edit.kansa")); //$NON-NLS-1$
		Engagement engagement = EngagementFiles.load(next);
		check(engagement, "C-2/2-A-9-①").setResponsibility(Responsibility.VENDOR); //$NON-NLS-1$
		check(engagement, "C-1/1-A-1-①").setAssessment(AssessmentStatus.CONFORMING); //$NON-NLS-1$
		EngagementFiles.save(engagement);
	}

	@Test
	void comparingWithAChosenFileShowsExactlyTheTwoEditsAsKansaDiffDoes() {
		Workbench.open(next);
		Display display = Display.getCurrent();
		boolean[] chosen = { false };
		// the GTK file chooser is not an SWT shell: type its location once X shows it
		NativeChooser.whenShown(display, "比較する監査ファイル", 30_000, () -> { //$NON-NLS-1$
			// posted in one go (X keeps the order) and left to the chooser's own loop: typed one
			// callback apart, its completion garbled the path on a busy machine
			UserEvents.keyIntoNativeDialog(display, SWT.CTRL, 'l');
			for (char c : beforeEdit.toString().toCharArray()) {
				UserEvents.keyIntoNativeDialog(display, 0, c);
			}
			UserEvents.keyIntoNativeDialog(display, 0, SWT.CR);
			// a location the chooser does not take leaves it open: close it, so that the test fails instead of hanging
			for (int i = 1; i <= 5; i++) {
				display.timerExec(4_000 * i, () -> {
					if (!chosen[0]) { // never an Esc into whatever comes after this test
						UserEvents.keyIntoNativeDialog(display, 0, SWT.ESC);
					}
				});
			}
		});
		fileMenu('d'); // 比較(&D)...
		ComparisonView view = awaitComparison();
		chosen[0] = true;

		List<String> rows = rows(view);
		assertEquals(cliDiff(beforeEdit, next), rows, "the view lists what kansa diff prints"); //$NON-NLS-1$
		assertEquals(List.of("C-1 × 1-A-1-① 評価: 未評価 → 適合", "C-2 × 2-A-9-① 役割分担: 共同 → 事業者"), rows); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(view.heading().getText().startsWith("before-edit.kansa から minato-r8.kansa"), view.heading().getText()); //$NON-NLS-1$
		assertEquals("2 件中 2 件", view.countLabel().getText()); //$NON-NLS-1$
		Workbench.screenshot(view.table().getShell(), "comparison-file"); //$NON-NLS-1$
	}

	@Test
	void comparingWithThePriorYearListsWhatKansaDiffListsAndTheFiltersNarrowIt() {
		Workbench.open(next);
		fileMenu('b'); // 前年度と比較(&B)
		ComparisonView view = awaitComparison();
		List<String> all = rows(view);
		assertEquals(cliDiff(prior, next), all, "the view lists what kansa diff prints"); //$NON-NLS-1$
		assertTrue(all.contains("C-2 × 2-A-9-① 役割分担: 共同 → 事業者"), String.join("\n", all)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(view.heading().getText().contains("(前年度)"), view.heading().getText()); //$NON-NLS-1$

		// check point: typed
		type(view.checkPointField(), "2-A-9"); //$NON-NLS-1$
		List<String> item9 = rows(view);
		assertEquals(cliDiff(prior, next, "--check-point", "2-A-9-①,2-A-9-②"), item9); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(item9.size() < all.size() && !item9.isEmpty(), String.join("\n", item9)); //$NON-NLS-1$

		// kind: chosen from the list by keys
		choose(view, view.kindCombo(), "変更"); //$NON-NLS-1$
		UiTestSupport.spin();
		assertTrue(view.shownDifferences().stream().allMatch(d -> d.kind() == DifferenceKind.CHANGED));
		assertTrue(rows(view).contains("C-2 × 2-A-9-① 役割分担: 共同 → 事業者"), String.join("\n", rows(view))); //$NON-NLS-1$ //$NON-NLS-2$

		// words in any column: typed
		type(view.searchField(), "C-2"); //$NON-NLS-1$
		List<String> c2 = rows(view);
		assertFalse(c2.isEmpty());
		assertTrue(c2.stream().allMatch(line -> line.contains("C-2")), String.join("\n", c2)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(view.shownDifferences().size() + " 件", view.countLabel().getText().replaceAll("^.*中 ", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Workbench.screenshot(view.table().getShell(), "comparison-prior-filtered"); //$NON-NLS-1$

		// element kind: what the comparison holds is offered, and choosing one keeps only it
		view.checkPointField().setText(""); //$NON-NLS-1$
		view.searchField().setText(""); //$NON-NLS-1$
		choose(view, view.kindCombo(), "すべて"); //$NON-NLS-1$
		String evidence = Arrays.stream(view.elementCombo().getItems()).filter(i -> i.equals("証跡")).findFirst() //$NON-NLS-1$
				.orElseThrow(() -> new AssertionError(Arrays.toString(view.elementCombo().getItems())));
		choose(view, view.elementCombo(), evidence);
		UiTestSupport.spin();
		assertFalse(view.shownDifferences().isEmpty());
		assertTrue(view.shownDifferences().stream().allMatch(d -> d.element().kind().equals("Evidence"))); //$NON-NLS-1$
		assertEquals(cliDiff(prior, next, "--kind", "Evidence"), rows(view)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** What `kansa diff OLD NEW --lang ja` prints, without its closing count line. */
	private static List<String> cliDiff(Path older, Path newer, String... filters) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> args = new ArrayList<>(List.of("diff", older.toString(), newer.toString(), "--lang", "ja")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		args.addAll(List.of(filters));
		int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args.toArray(String[]::new));
		assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
		List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
		lines.remove(lines.size() - 1);
		return lines;
	}

	/** Each row as one line, put together from the cells as a person reads them. */
	private static List<String> rows(ComparisonView view) {
		List<String> lines = new ArrayList<>();
		for (TableItem item : view.table().getItems()) {
			String kind = item.getText(0);
			String element = item.getText(1);
			String path = item.getText(2);
			String field = item.getText(3);
			String old = shown(item.getText(4));
			String now = shown(item.getText(5));
			lines.add(switch (kind) {
			case "変更" -> path + " " + field + ": " + old + " → " + now; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			case "追加" -> path + " (" + element + ") を追加: " + now; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "削除" -> path + " (" + element + ") を削除: " + old; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			default -> throw new AssertionError(kind);
			});
		}
		return lines;
	}

	private static String shown(String cell) {
		return cell.isEmpty() ? "—" : cell; //$NON-NLS-1$
	}

	/**
	 * Chooses a combo item from the keyboard: a click into the check point field, Shift+Tab back
	 * to the combo, then Home and ↓ — each a real key press that the combo reports as a selection.
	 * (A click on a read-only combo opens GTK's list, which takes the pointer and keyboard.)
	 */
	private static void choose(ComparisonView view, org.eclipse.swt.widgets.Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, () -> item + " is not among " + Arrays.toString(combo.getItems())); //$NON-NLS-1$
		Display display = combo.getDisplay();
		Text field = view.checkPointField();
		String kept = field.getText();
		clickInto(field);
		for (int i = 0; i < 4 && !combo.isFocusControl(); i++) {
			org.eclipse.swt.widgets.Control before = display.getFocusControl();
			UserEvents.key(display, SWT.SHIFT, SWT.TAB);
			UiTestSupport.waitUntil(() -> display.getFocusControl() != before, 2_000);
		}
		assertTrue(combo.isFocusControl(), "Shift+Tab reached the combo"); //$NON-NLS-1$
		UserEvents.key(display, 0, SWT.HOME);
		for (int i = 0; i < index; i++) {
			UserEvents.key(display, 0, SWT.ARROW_DOWN);
		}
		UiTestSupport.waitUntil(() -> combo.getSelectionIndex() == index, 5_000);
		assertEquals(item, combo.getText(), "the keys chose the item"); //$NON-NLS-1$
		assertEquals(kept, field.getText());
		UiTestSupport.spin();
	}

	/** Clicks into the field, waits for the caret, types ASCII keys and waits for the table to follow. */
	private static void type(Text field, String text) {
		Display display = field.getDisplay();
		clickInto(field);
		UserEvents.type(display, text);
		UiTestSupport.waitUntil(() -> field.getText().equals(text), 5_000);
		assertEquals(text, field.getText(), "the keys reached the field"); //$NON-NLS-1$
		UiTestSupport.spin();
	}

	private static void clickInto(Text field) {
		Display display = field.getDisplay();
		// X delivers the click asynchronously, and a click that arrives while GTK still holds the
		// pointer (a menu just closed) is lost: click again, as a user would, until the caret is there
		for (int attempt = 0; attempt < 4 && !field.isFocusControl(); attempt++) {
			UiTestSupport.sleep(300);
			UserEvents.click(field);
			UiTestSupport.waitUntil(field::isFocusControl, 3_000);
		}
		if (!field.isFocusControl()) {
			Workbench.screenshot(field.getShell(), "comparison-focus-lost"); //$NON-NLS-1$
		}
		assertTrue(field.isFocusControl(), () -> "the click put the caret into the field; the focus is on " //$NON-NLS-1$
				+ display.getFocusControl() + " in " + (display.getFocusControl() == null ? null //$NON-NLS-1$
						: display.getFocusControl().getShell().getText()) + ", active shell " + display.getActiveShell()); //$NON-NLS-1$
	}

	private static ComparisonView awaitComparison() {
		UiTestSupport.waitUntil(() -> view() != null && view().comparison() != null, 20_000);
		ComparisonView view = view();
		assertTrue(view != null && view.comparison() != null, "the menu item opened 比較 with a comparison"); //$NON-NLS-1$
		UiTestSupport.spin();
		return view;
	}

	private static ComparisonView view() {
		return (ComparisonView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(ComparisonView.ID);
	}

	private static ContractCheck check(Engagement engagement, String id) {
		return engagement.getContractChecks().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
	}

	/** Alt+F opens ファイル, then the item's mnemonic. */
	private static void fileMenu(char mnemonic) {
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		jp.kansa.ui.testing.Menus.chooseByKeys(main, "ファイル", 'f', mnemonic); //$NON-NLS-1$
	}
}

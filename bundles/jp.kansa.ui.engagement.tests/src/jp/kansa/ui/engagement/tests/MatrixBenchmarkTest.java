/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.ContractKind;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.Responsibility;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.ui.engagement.internal.editors.CatalogRows;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.EngagementEditors;
import jp.kansa.ui.engagement.internal.editors.ValidationService;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;
import jp.kansa.ui.engagement.internal.editors.MatrixCell;
import jp.kansa.ui.engagement.internal.editors.MatrixGrid;
import jp.kansa.ui.engagement.internal.editors.MatrixGridGeometry;
import jp.kansa.ui.engagement.internal.editors.MatrixPage;

/**
 * What a 200-contract engagement feels like in the editor: the numbers are printed, not
 * asserted (a loaded build machine would make a timing assertion flaky); what is asserted is the
 * behaviour (the edits happened, the colours follow, the rules ran off the UI thread). The
 * engagement has 200 vendors on 20 systems, every fifth contract with gaps, so colouring and
 * tooltips have work.
 * <p>
 * Printed: opening (median of {@value #OPENS}, by phase: reading the file, the rest of init,
 * the editor's controls, painting, the views reacting, the validation results arriving), the
 * matrix's first paint and a scroll through it, a cell edit to its repaint over {@value #EDITS}
 * edits made with real keys (Enter, arrows, Enter in the cell's menu), the UI thread's time spent
 * for validation, and a save.
 */
class MatrixBenchmarkTest extends EditorTestBase {

	private static final int CONTRACTS = 200;
	private static final int OPENS = 5;
	private static final int EDITS = 50;
	/**
	 * The UI thread's CPU time, printed beside the wall-clock time: on a machine shared with other
	 * builds (load 10-18 on 2 cores while this was measured) the wall clock mostly measures the
	 * wait for a core, the CPU time what the editor itself costs.
	 */
	private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

	@Test
	void twoHundredContracts() throws Exception {
		Path file = write(folder.resolve("large.kansa")); //$NON-NLS-1$
		System.out.printf("editor benchmark, %d contracts x 54 check points (%d cells), load average %s:%n", CONTRACTS, //$NON-NLS-1$
				CONTRACTS * 54, loadAverage());

		List<long[]> opens = new ArrayList<>();
		EngagementEditor editor = null;
		for (int i = 0; i < OPENS; i++) {
			if (editor != null) {
				Workbench.closeAll();
			}
			long[] phases = new long[9];
			editor = open(file, phases);
			opens.add(phases);
		}
		System.out.println("  open (ms): request->painted = load + init + controls + paint; then views settle; validation results"); //$NON-NLS-1$
		for (int i = 0; i < opens.size(); i++) {
			long[] p = opens.get(i);
			System.out.printf("    run %d: %d = %d + %d + %d + %d (UI thread's CPU %d); views +%d; results at %d (UI thread's share of validation %d ms)%n", //$NON-NLS-1$
					i + 1, p[0], p[1], p[2], p[3], p[4], p[8], p[5], p[6], p[7]);
		}
		System.out.printf("    median: painted %d ms (load %d, init %d, controls %d, paint %d; UI thread's CPU %d ms), views +%d, results at %d ms%n", //$NON-NLS-1$
				median(opens, 0), median(opens, 1), median(opens, 2), median(opens, 3), median(opens, 4), median(opens, 8),
				median(opens, 5), median(opens, 6));
		long uiBefore = editor.validation().uiThreadMillis();

		long start = System.nanoTime();
		long pageCpu = CPU.getCurrentThreadCpuTime();
		editor.setActivePage(MatrixPage.ID);
		MatrixPage matrix = (MatrixPage) editor.page(MatrixPage.ID);
		MatrixGrid grid = matrix.grid();
		grid.update();
		Workbench.spin();
		long pageCpuMillis = (CPU.getCurrentThreadCpuTime() - pageCpu) / 1_000_000;
		long page = millis(start);
		assertEquals(MatrixPage.FIRST_CONTRACT_COLUMN + CONTRACTS, grid.geometry().columnCount());
		assertEquals(54, grid.geometry().rowCount());

		// each view scrolled to is waited for until GTK has painted it (GTK 3 paints on its frame clock, not in update())
		long[] paints = new long[1];
		Listener countPaints = e -> paints[0]++;
		grid.addListener(SWT.Paint, countPaints);
		start = System.nanoTime();
		long scrollCpu = CPU.getCurrentThreadCpuTime();
		int views = 0;
		MatrixGridGeometry geometry = grid.geometry();
		for (int column = MatrixPage.FIRST_CONTRACT_COLUMN; column < geometry.columnCount(); column += 5) {
			for (int y = 0; y <= geometry.maxScrollY(); y += geometry.rowsPerPage() * geometry.rowHeight()) {
				long before = paints[0];
				int x0 = geometry.scrollX();
				int y0 = geometry.scrollY();
				grid.reveal(0, column);
				grid.scrollTo(geometry.scrollX(), y);
				if (geometry.scrollX() != x0 || geometry.scrollY() != y0) {
					grid.update();
					UiTestSupport.waitUntil(() -> paints[0] > before, 2_000);
					views++;
				}
			}
		}
		grid.removeListener(SWT.Paint, countPaints);
		long scroll = millis(start);
		long scrollCpuMillis = (CPU.getCurrentThreadCpuTime() - scrollCpu) / 1_000_000;
		Workbench.spin();

		List<Long> editCpu = new ArrayList<>();
		List<Long> editArea = new ArrayList<>();
		List<Long> toCellPaint = new ArrayList<>();
		List<Long> toCellPaintCpu = new ArrayList<>();
		List<Long> edits = editWithKeys(matrix, editCpu, editArea, toCellPaint, toCellPaintCpu);
		Rectangle cellSize = grid.cellBounds(matrix.selectedRow(), matrix.selectedColumn());
		Workbench.awaitValidation(editor);
		ValidationService.RunStats lastRun = editor.validation().lastRun();
		long uiValidation = editor.validation().uiThreadMillis() - uiBefore;

		// one more edit, by the API, to see the whole cycle: gap appears after the debounce
		Contract contract = editor.engagement().getContracts().get(0);
		int row = matrix.rowOf(SampleGap.CHECK_POINT);
		int column = matrix.columnOf(contract);
		matrix.select(row, column);
		MatrixCell unassign = MatrixCell.choices(editor.engagement(), contract).get(0);
		matrix.assign(contract, SampleGap.CHECK_POINT, unassign);
		start = System.nanoTime();
		Workbench.awaitValidation(editor);
		grid.update();
		long revalidateAfterDebounce = millis(start);
		assertEquals(MatrixPage.GAP, matrix.cellColor(row, column));
		assertNotEquals(Display.getCurrent().getThread().getName(), editor.validation().lastRun().rulesThread(),
				"the rules ran on a worker thread"); //$NON-NLS-1$

		File shot = Workbench.screenshot(editor.getSite().getShell(), "matrix-200-contracts"); //$NON-NLS-1$
		assertTrue(shot.length() > 0);
		start = System.nanoTime();
		editor.doSave(null);
		long save = millis(start);

		// what the auditor sees at the two window sizes the product supports
		org.eclipse.swt.widgets.Shell shell = editor.getSite().getShell();
		for (int[] size : new int[][] { { 1600, 1000 }, { 1024, 700 } }) {
			shell.setBounds(0, 0, size[0], size[1]);
			for (String pageId : List.of(jp.kansa.ui.engagement.internal.editors.OverviewPage.ID, MatrixPage.ID)) {
				editor.setActivePage(pageId);
				Workbench.spin();
				assertTrue(Workbench.screenshot(shell, pageId + "-200-contracts-" + size[0] + "x" + size[1]).length() > 0); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		List<Long> sorted = new ArrayList<>(edits);
		sorted.sort(null);
		List<Long> sortedCpu = new ArrayList<>(editCpu);
		sortedCpu.sort(null);
		System.out.printf("  switch to the matrix page (canvas grid of 202 columns, first paint): %d ms (UI thread's CPU %d ms)%n", page, //$NON-NLS-1$
				pageCpuMillis);
		System.out.printf("  scroll the whole matrix (every 5th column x all rows, %d views, each waited for until painted): %d ms (UI thread's CPU %d ms)%n", //$NON-NLS-1$
				views, scroll, scrollCpuMillis);
		System.out.printf("  cell edit -> update() returned (as measured before the grid), %d edits by real keys: median %d ms, max %d ms (all: %s)%n", //$NON-NLS-1$
				edits.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), edits);
		System.out.printf("    UI thread's CPU per edit: median %d ms, max %d ms%n", sortedCpu.get(sortedCpu.size() / 2), //$NON-NLS-1$
				sortedCpu.get(sortedCpu.size() - 1));
		List<Long> sortedPaint = new ArrayList<>(toCellPaint);
		sortedPaint.sort(null);
		List<Long> sortedPaintCpu = new ArrayList<>(toCellPaintCpu);
		sortedPaintCpu.sort(null);
		System.out.printf("    to the cell's own paint event: median %d ms, max %d ms (UI thread's CPU median %d ms, max %d ms)%n", //$NON-NLS-1$
				sortedPaint.get(sortedPaint.size() / 2), sortedPaint.get(sortedPaint.size() - 1),
				sortedPaintCpu.get(sortedPaintCpu.size() / 2), sortedPaintCpu.get(sortedPaintCpu.size() - 1));
		List<Long> sortedArea = new ArrayList<>(editArea);
		sortedArea.sort(null);
		System.out.printf("    area painted in the grid per edit (the cell, plus what the closing menu uncovered): median %d px², max %d px² (a cell is %d x %d px, the view %d x %d px)%n", //$NON-NLS-1$
				sortedArea.get(sortedArea.size() / 2), sortedArea.get(sortedArea.size() - 1), cellSize.width, cellSize.height,
				grid.getClientArea().width, grid.getClientArea().height);
		System.out.printf("  validation after the edits: snapshot copy %d ms and rules %d ms on thread %s; the UI thread spent %d ms in all for validation during the %d edits (handing results over: %d ms in the last run)%n", //$NON-NLS-1$
				lastRun.snapshotMillis(), lastRun.rulesMillis(), lastRun.rulesThread(), uiValidation, edits.size(),
				lastRun.publishMillis());
		System.out.printf("  one edit to its validation results shown (%d ms debounce + snapshot + rules + repaint): %d ms%n", //$NON-NLS-1$
				ValidationService.DELAY_MS, revalidateAfterDebounce);
		System.out.printf("  save (atomic, %d checks): %d ms%n", editor.engagement().getContractChecks().size(), save); //$NON-NLS-1$
	}

	/**
	 * Opens the file as the user's request does and times its phases: [0] request to painted,
	 * [1] load, [2] init, [3] controls, [4] paint (and what else the open did), [5] views reacting
	 * (what the event loop still had to do), [6] validation results shown, [7] the UI thread's share
	 * of the validation.
	 */
	private static EngagementEditor open(Path file, long[] phases) {
		IWorkbenchPage page = Workbench.page();
		long start = System.nanoTime();
		long cpu = CPU.getCurrentThreadCpuTime();
		EngagementEditor editor = EngagementEditors.open(page, file);
		editor.getSite().getShell().update();
		phases[0] = millis(start);
		phases[8] = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000;
		EngagementEditor.OpenTimings timings = editor.openTimings();
		phases[1] = timings.loadMillis();
		phases[2] = timings.initMillis();
		phases[3] = timings.pagesMillis();
		phases[4] = phases[0] - phases[1] - phases[2] - phases[3];
		Workbench.spin();
		phases[5] = millis(start) - phases[0];
		UiTestSupport.waitUntil(() -> !editor.validation().isPending(), 30_000);
		phases[6] = millis(start);
		phases[7] = editor.validation().uiThreadMillis();
		assertTrue(editor.validation().results().problems().size() > 0, "the gaps were found"); //$NON-NLS-1$
		return editor;
	}

	/**
	 * {@value #EDITS} cell edits as the auditor makes them: the cursor on a cell, Enter opens its
	 * menu, ↓ to the other role, Enter; each timed from the menu item's selection to the cell's
	 * repaint with its new text.
	 */
	private static List<Long> editWithKeys(MatrixPage matrix, List<Long> cpuTimes, List<Long> areas, List<Long> toCellPaint,
			List<Long> toCellPaintCpu) {
		MatrixGrid grid = matrix.grid();
		Display display = grid.getDisplay();
		Engagement engagement = matrix.editor().engagement();
		grid.scrollTo(0, 0);
		UserActions.clickMatrixCell(matrix, 0, 1);
		assertTrue(grid.isFocusControl(), "the click gave the matrix the keyboard"); //$NON-NLS-1$
		for (int i = 0; i < 5; i++) {
			UserEvents.key(display, 0, SWT.ARROW_RIGHT); // onto the 4th contract
		}
		long[] chosen = new long[1];
		long[] painted = new long[1];
		long[] cpu = new long[2];
		// the menu item's selection starts the clock; what runs after that event (the command, the
		// cell's update) and the paint it asks for stop it
		Listener selection = e -> {
			if (e.widget instanceof MenuItem) {
				chosen[0] = System.nanoTime();
				cpu[0] = CPU.getCurrentThreadCpuTime();
				display.asyncExec(() -> {
					grid.update();
					painted[0] = System.nanoTime();
					cpu[1] = CPU.getCurrentThreadCpuTime();
				});
			}
		};
		long[] area = new long[1];
		int[] target = new int[2];
		// GTK 3 paints on its frame clock, maybe after update() returned: the cell's own paint event stops a second clock
		long[] cellPainted = new long[2];
		Listener paint = e -> {
			if (chosen[0] != 0 && cellPainted[0] == 0) {
				area[0] += (long) e.width * e.height;
				if (new Rectangle(e.x, e.y, e.width, e.height).intersects(grid.cellBounds(target[0], target[1]))) {
					cellPainted[0] = System.nanoTime();
					cellPainted[1] = CPU.getCurrentThreadCpuTime();
				}
			}
		};
		grid.addListener(SWT.Paint, paint);
		List<Long> times = new ArrayList<>();
		display.addFilter(SWT.Selection, selection);
		try (Widgets.MenuWatcher menus = new Widgets.MenuWatcher(display)) {
			for (int edit = 0; edit < EDITS; edit++) {
				int row = matrix.selectedRow();
				int column = matrix.selectedColumn();
				ContractCheck check = matrix.check(row, column);
				Contract contract = check.getContract();
				MatrixCell choice = MatrixCell.choices(engagement, contract).stream().filter(c -> !c.matches(check))
						.filter(c -> c.responsibility() != Responsibility.UNASSIGNED).findFirst().orElseThrow();
				chosen[0] = 0;
				painted[0] = 0;
				area[0] = 0;
				cellPainted[0] = 0;
				target[0] = row;
				target[1] = column;
				menus.reset();
				UserEvents.key(display, 0, SWT.CR);
				assertNotNull(menus.awaitMenu(), "Enter opens the cell's choices"); //$NON-NLS-1$
				menus.choose(choice.label());
				UiTestSupport.waitUntil(() -> painted[0] != 0 && cellPainted[0] != 0, 5_000);
				assertTrue(choice.matches(check), "the edit reached the model: " + choice.label()); //$NON-NLS-1$
				assertTrue(chosen[0] != 0 && painted[0] != 0, "the cell was repainted"); //$NON-NLS-1$
				assertEquals(MatrixCell.text(check), matrix.cellText(row, column), "the cell shows it"); //$NON-NLS-1$
				assertTrue(cellPainted[0] != 0, "the grid painted the cell after the edit"); //$NON-NLS-1$
				areas.add(area[0]);
				toCellPaint.add((cellPainted[0] - chosen[0]) / 1_000_000);
				toCellPaintCpu.add((cellPainted[1] - cpu[0]) / 1_000_000);
				times.add((painted[0] - chosen[0]) / 1_000_000);
				cpuTimes.add((cpu[1] - cpu[0]) / 1_000_000);
				UserEvents.key(display, 0, edit % 2 == 0 ? SWT.ARROW_DOWN : SWT.ARROW_RIGHT);
			}
		} finally {
			display.removeFilter(SWT.Selection, selection);
			grid.removeListener(SWT.Paint, paint);
		}
		return times;
	}

	private static long median(List<long[]> runs, int phase) {
		long[] values = runs.stream().mapToLong(r -> r[phase]).sorted().toArray();
		return values[values.length / 2];
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim(); //$NON-NLS-1$
		} catch (java.io.IOException e) {
			return "?"; //$NON-NLS-1$
		}
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static Path write(Path file) throws Exception {
		KansaFactory f = KansaFactory.eINSTANCE;
		List<CheckPoint> checkPoints = CatalogRows.checkPoints();
		Engagement engagement = f.createEngagement();
		engagement.setId("E"); //$NON-NLS-1$
		engagement.setName("200 契約の負荷試験"); //$NON-NLS-1$
		engagement.setCatalogId(CatalogRows.catalog().getId());
		engagement.setReferenceDate(java.time.LocalDate.of(2025, 9, 30));
		Party institution = f.createParty();
		institution.setId("P-H"); //$NON-NLS-1$
		institution.setName("負荷試験病院"); //$NON-NLS-1$
		institution.setKind(PartyKind.INSTITUTION);
		engagement.getParties().add(institution);
		engagement.setInstitution(institution);
		for (int i = 0; i < CONTRACTS; i++) {
			Party vendor = f.createParty();
			vendor.setId("P-" + i); //$NON-NLS-1$
			vendor.setName("事業者" + i); //$NON-NLS-1$
			vendor.setKind(PartyKind.VENDOR);
			engagement.getParties().add(vendor);
			Contract contract = f.createContract();
			contract.setId("C-" + i); //$NON-NLS-1$
			contract.setTitle("契約" + i); //$NON-NLS-1$
			contract.setKind(ContractKind.MAINTENANCE);
			contract.getSystems().add("システム" + (i % 20)); //$NON-NLS-1$
			contract.getParties().add(institution);
			contract.getParties().add(vendor);
			engagement.getContracts().add(contract);
			for (CheckPoint checkPoint : checkPoints) {
				ContractCheck check = f.createContractCheck();
				check.setId(contract.getId() + "/" + checkPoint.getId()); //$NON-NLS-1$
				check.setContract(contract);
				check.setCheckPointId(checkPoint.getId());
				if (i % 5 == 0 && checkPoint.getId().startsWith("2-C")) { //$NON-NLS-1$
					check.setResponsibility(Responsibility.UNASSIGNED);
				} else if (checkPoint.getId().startsWith("2-")) { //$NON-NLS-1$
					check.setResponsibility(Responsibility.JOINT);
					check.getResponsibleParties().add(institution);
					check.getResponsibleParties().add(vendor);
				} else {
					check.setResponsibility(Responsibility.INSTITUTION);
					check.getResponsibleParties().add(institution);
				}
				engagement.getContractChecks().add(check);
			}
		}
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, file);
		return file;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.Reference;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Responsibility;
import jp.kansa.model.Section;
import jp.kansa.model.Volume;
import jp.kansa.model.engagement.GuidelineCoverage;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.views.Coverage;
import jp.kansa.ui.workpaper.internal.views.CoverageView;

/**
 * ガイドラインカバレッジ on the sample engagement: the numbers against a count made here straight
 * from the file's checks, the line that says what is counted, the drill-down with the mouse and
 * keyboard, and the workpaper's サマリー counting the same.
 */
class CoverageTest {

	private static final String VOLUME = "企画管理編"; //$NON-NLS-1$

	/** Columns of the view: target, citing check points, checks, 適合, 適合以外, 適合率, per contract. */
	private static final int CHECK_POINTS = 1;
	private static final int CHECKS = 2;
	private static final int CONFORMING = 3;
	private static final int NOT_CONFORMING = 4;
	private static final int RATE = 5;
	private static final int STATUS = 6;

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		Ui.closeAll();
	}

	@Test
	void everyTargetCountsAsAnIndependentCountOfTheSampleSays() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		Catalog catalog = EmbeddedCatalog.load();
		List<Coverage.Row> rows = Coverage.compute(sample.engagement(), catalog);
		int targets = 0;
		for (Coverage.Row row : flatten(rows)) {
			if (row.element() instanceof ReferenceTarget target) {
				Counts expected = independentCounts(sample.engagement(), citing(target));
				assertEquals(expected, new Counts(row.tally().checkPoints(), row.tally().checks(),
						row.tally().conforming()), row.label());
				targets++;
			}
		}
		assertTrue(targets > 50, "documents, 編 and sections: " + targets); //$NON-NLS-1$
		// the sample has contract checks 適合: the coverage must not read 0 everywhere
		Counts all = independentCounts(sample.engagement(), citing(catalog.getDocuments().get(0)));
		System.out.println("sample coverage of the first document: " + all); //$NON-NLS-1$
		assertTrue(all.conforming > 0, "the sample's 適合 checks are counted: " + all); //$NON-NLS-1$
		assertEquals(all.conforming, rows.get(0).tally().conforming());
	}

	@Test
	void viewSaysWhatItCountsAndASectionOpensToItsCheckPoints() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		CoverageView view = showView();
		Section seven = section7(EmbeddedCatalog.load());
		Set<String> citing = citing(seven);
		Counts expected = independentCounts(sample.engagement(), citing);
		System.out.println("企画管理編 7: " + expected); //$NON-NLS-1$
		assertTrue(expected.conforming > 0, "the sample has 適合 checks citing 企画管理編 7"); //$NON-NLS-1$

		assertTrue(view.definition().isVisible(), "the line saying what is counted shows"); //$NON-NLS-1$
		assertTrue(view.definition().getText().startsWith(GuidelineCoverage.definition(Locale.getDefault())),
				view.definition().getText());
		assertTrue(view.definition().getText().contains("適合"), view.definition().getText()); //$NON-NLS-1$

		// the auditor gives the view room to read it (Ctrl+M): in its stack only four rows show
		Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.spin();
		Tree tree = view.viewer().getTree();
		TreeItem volume = visibleItem(tree, volume(seven));
		assertNotNull(volume, "企画管理編 shows without expanding anything by hand"); //$NON-NLS-1$
		if (!volume.getExpanded()) {
			activate(tree, volume);
		}
		TreeItem section = visibleItem(tree, seven);
		assertNotNull(section, "企画管理編 7 shows once its 編 is open"); //$NON-NLS-1$
		assertFalse(section.getExpanded(), "a section starts closed"); //$NON-NLS-1$
		assertEquals(List.of(Integer.toString(citing.size()), Integer.toString(expected.checks),
				Integer.toString(expected.conforming), Integer.toString(expected.checks - expected.conforming)),
				texts(section).subList(CHECK_POINTS, RATE));
		assertFalse(texts(section).get(RATE).startsWith("0"), texts(section).toString()); //$NON-NLS-1$

		activate(tree, section);
		assertTrue(section.getExpanded(), "Enter (a double-click) opens the section"); //$NON-NLS-1$
		// below the section: its subsections (7.2 …), then the check points citing 7 itself, each
		// with the assessment of every counted check
		List<String> shownSections = new ArrayList<>();
		List<String> shownIds = new ArrayList<>();
		for (TreeItem child : section.getItems()) {
			String first = texts(child).get(0).split(" ")[0]; //$NON-NLS-1$
			if (texts(child).get(STATUS).isEmpty()) {
				shownSections.add(first);
				continue;
			}
			shownIds.add(first);
			Counts one = independentCounts(sample.engagement(), Set.of(first));
			assertEquals(independentStatus(sample.engagement(), first), texts(child).get(STATUS), first);
			assertEquals(Integer.toString(one.conforming), texts(child).get(CONFORMING), first);
			assertEquals(Integer.toString(one.checks), texts(child).get(CHECKS), first);
		}
		System.out.println("企画管理編 7 opens to: " + shownSections + " " + shownIds); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> subsections = seven.getSubsections().stream()
				.filter(s -> !citing(s).isEmpty()).map(Section::getNumber).toList();
		assertEquals(subsections, shownSections, "the cited subsections of 企画管理編 7"); //$NON-NLS-1$
		assertEquals(citingItself(seven), shownIds, "the check points citing 企画管理編 7 itself"); //$NON-NLS-1$
		assertTrue(shownIds.size() >= 2, shownIds.toString());
		Ui.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "coverage-drilldown"); //$NON-NLS-1$

		activate(tree, section);
		assertFalse(section.getExpanded(), "activated again, it closes"); //$NON-NLS-1$
	}

	@Test
	void viewFollowsEdits() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		CoverageView view = showView();
		Section seven = section7(EmbeddedCatalog.load());
		Set<String> citing = citing(seven);
		Ui.page().activate(sample.editor());
		Ui.spin();

		// an auditor marks every citing check point 適合 for every contract in scope: after the
		// debounce the row shows all of its checks 適合
		sample.domain().getCommandStack().execute(allConforming(sample, citing));
		Counts after = independentCounts(sample.engagement(), citing);
		assertEquals(after.checks, after.conforming, "the edit made every check 適合"); //$NON-NLS-1$
		Ui.waitUntil(() -> {
			TreeItem now = item(view, seven);
			return now != null && texts(now).get(CONFORMING).equals(Integer.toString(after.checks));
		});
		assertEquals(Integer.toString(after.checks), texts(item(view, seven)).get(CONFORMING));
		assertEquals("100%", texts(item(view, seven)).get(RATE)); //$NON-NLS-1$

		Ui.closeAll();
		assertTrue(view.showsHint(), "without an engagement editor the view shows its hint"); //$NON-NLS-1$
	}

	/** The workpaper's サマリー and the view: the same line, the same numbers for every 編 and section. */
	@Test
	void summarySheetCountsWhatTheViewCounts() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		Path workbook = ImportWizardTest.exported(sample, temp.resolve("coverage.xlsx")); //$NON-NLS-1$
		List<List<Integer>> viewRows = new ArrayList<>();
		for (Coverage.Row row : flatten(Coverage.compute(sample.engagement(), EmbeddedCatalog.load()))) {
			if (row.element() instanceof Volume || row.element() instanceof Section) {
				viewRows.add(List.of(row.tally().checkPoints(), row.tally().checks(), row.tally().conforming(),
						row.tally().notConforming()));
			}
		}
		List<List<Integer>> sheetRows = new ArrayList<>();
		String definition = null;
		try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
			Sheet summary = book.getSheet("サマリー"); //$NON-NLS-1$
			DataFormatter formatter = new DataFormatter();
			String heading = GuidelineCoverage.heading("checks", Locale.JAPANESE); //$NON-NLS-1$
			boolean inTable = false;
			Row previous = null;
			for (Row row : summary) {
				Cell second = row.getCell(2);
				if (!inTable && second != null && heading.equals(formatter.formatCellValue(second))) {
					inTable = true;
					definition = formatter.formatCellValue(previous.getCell(0));
				} else if (inTable) {
					if (row.getCell(1) == null || formatter.formatCellValue(row.getCell(1)).isEmpty()) {
						break;
					}
					List<Integer> numbers = new ArrayList<>();
					for (int c = 1; c <= 4; c++) {
						numbers.add((int) row.getCell(c).getNumericCellValue());
					}
					sheetRows.add(numbers);
				}
				previous = row;
			}
		}
		assertEquals(GuidelineCoverage.definition(Locale.JAPANESE), definition, "the line above the table"); //$NON-NLS-1$
		assertEquals(viewRows, sheetRows, "サマリー's coverage rows, in order, as the view counts them"); //$NON-NLS-1$
	}

	private static CoverageView showView() throws Exception {
		Ui.page().resetPerspective();
		Ui.spin();
		CoverageView view = (CoverageView) Ui.page().showView(CoverageView.ID);
		Ui.spin();
		return view;
	}

	/**
	 * Opens or closes a row as a user does: a click selects it, Enter activates it — the same
	 * activation a double-click makes (both reach the viewer as its double-click). Posted
	 * double-clicks do not reach a GTK tree under Xvfb as one (it sees two presses), so the test
	 * uses the key; waits for the row to change.
	 */
	private static void activate(Tree tree, TreeItem item) {
		boolean wasExpanded = item.getExpanded();
		pointOn(tree, item);
		UserEvents.key(tree.getDisplay(), 0, SWT.CR);
		UiTestSupport.waitUntil(() -> item.getExpanded() != wasExpanded, 3_000);
	}

	/**
	 * A point on the item's label in the coordinates the mouse events take. On GTK a tree's item
	 * bounds start below the column headers while the control's origin is above them, so the point
	 * is tried with a single click first: the one that selects the item is the one to use.
	 */
	private static Point pointOn(Tree tree, TreeItem item) {
		tree.showItem(item);
		UiTestSupport.waitUntil(() -> tree.getClientArea().intersects(item.getBounds(0)), 2_000);
		Ui.spin();
		Rectangle bounds = item.getBounds(0);
		int x = bounds.x + Math.min(bounds.width / 2, 60);
		int y = bounds.y + bounds.height / 2;
		for (int offset : new int[] { 0, -tree.getClientArea().y, tree.getHeaderHeight() }) {
			UserEvents.clickAt(tree, x, y + offset, 1, 1);
			if (tree.getSelectionCount() == 1 && tree.getSelection()[0] == item) {
				return new Point(x, y + offset);
			}
		}
		throw new AssertionError("no point of the tree selects " + item.getText()); //$NON-NLS-1$
	}

	private static Command allConforming(ActiveEngagement sample, Set<String> citing) {
		CompoundCommand command = new CompoundCommand();
		for (ContractCheck check : sample.engagement().getContractChecks()) {
			if (citing.contains(check.getCheckPointId()) && check.getContract().isInScope()) {
				command.append(SetCommand.create(sample.domain(), check,
						KansaPackage.Literals.CONTRACT_CHECK__ASSESSMENT, AssessmentStatus.CONFORMING));
			}
		}
		return command;
	}

	static Section section7(Catalog catalog) {
		for (GuidelineDocument document : catalog.getDocuments()) {
			for (Volume volume : document.getVolumes()) {
				if (VOLUME.equals(volume.getName())) {
					for (Section section : volume.getSections()) {
						if ("7".equals(section.getNumber())) { //$NON-NLS-1$
							return section;
						}
					}
				}
			}
		}
		throw new AssertionError("企画管理編 7 is not in the catalog"); //$NON-NLS-1$
	}

	private static Volume volume(Section section) {
		Object container = section.eContainer();
		while (!(container instanceof Volume)) {
			container = ((Section) container).eContainer();
		}
		return (Volume) container;
	}

	record Counts(int checkPoints, int checks, int conforming) {
	}

	/** Check points citing the target or anything it contains, found through the catalog's containment. */
	static Set<String> citing(ReferenceTarget target) {
		Set<String> ids = new LinkedHashSet<>();
		for (Reference reference : target.getCitations()) {
			ids.add(reference.getCheckPoint().getId());
		}
		target.eAllContents().forEachRemaining(o -> {
			if (o instanceof ReferenceTarget inner) {
				inner.getCitations().forEach(r -> ids.add(r.getCheckPoint().getId()));
			}
		});
		return ids;
	}

	/** Check points citing the target itself, in 確認表 order (the catalog's order of check points). */
	static List<String> citingItself(ReferenceTarget target) {
		Set<String> direct = new LinkedHashSet<>();
		target.getCitations().forEach(r -> direct.add(r.getCheckPoint().getId()));
		List<String> ordered = new ArrayList<>();
		((Catalog) EcoreUtil.getRootContainer(target)).eAllContents().forEachRemaining(o -> {
			if (o instanceof CheckPoint checkPoint && direct.contains(checkPoint.getId())) {
				ordered.add(checkPoint.getId());
			}
		});
		return ordered;
	}

	/**
	 * Counted straight from the file's checks, without the production code's index: one per
	 * in-scope contract and citing check point, unless that check is 該当なし or 対象外.
	 */
	static Counts independentCounts(Engagement engagement, Set<String> ids) {
		int checks = 0;
		int conforming = 0;
		for (String id : ids) {
			for (Contract contract : engagement.getContracts()) {
				if (!contract.isInScope()) {
					continue;
				}
				ContractCheck check = checkOf(engagement, contract, id);
				if (check != null && (check.getAssessment() == AssessmentStatus.NOT_APPLICABLE
						|| check.getResponsibility() == Responsibility.NOT_APPLICABLE)) {
					continue;
				}
				checks++;
				if (check != null && check.getAssessment() == AssessmentStatus.CONFORMING) {
					conforming++;
				}
			}
		}
		return new Counts(ids.size(), checks, conforming);
	}

	/** "C-1 適合、C-2 適合、C-3 未評価" for the counted checks of one check point. */
	private static String independentStatus(Engagement engagement, String id) {
		List<String> parts = new ArrayList<>();
		for (Contract contract : engagement.getContracts()) {
			ContractCheck check = checkOf(engagement, contract, id);
			if (!contract.isInScope() || check != null && (check.getAssessment() == AssessmentStatus.NOT_APPLICABLE
					|| check.getResponsibility() == Responsibility.NOT_APPLICABLE)) {
				continue;
			}
			AssessmentStatus status = check == null ? AssessmentStatus.NOT_ASSESSED : check.getAssessment();
			parts.add(contract.getId() + " " + switch (status) { //$NON-NLS-1$
			case NOT_ASSESSED -> "未評価"; //$NON-NLS-1$
			case CONFORMING -> "適合"; //$NON-NLS-1$
			case PARTIALLY_CONFORMING -> "一部適合"; //$NON-NLS-1$
			case NON_CONFORMING -> "不適合"; //$NON-NLS-1$
			case NOT_APPLICABLE -> "該当なし"; //$NON-NLS-1$
			});
		}
		return String.join("、", parts); //$NON-NLS-1$
	}

	private static ContractCheck checkOf(Engagement engagement, Contract contract, String id) {
		for (ContractCheck check : engagement.getContractChecks()) {
			if (check.getContract() == contract && id.equals(check.getCheckPointId())) {
				return check;
			}
		}
		return null;
	}

	private static List<Coverage.Row> flatten(List<Coverage.Row> rows) {
		List<Coverage.Row> all = new ArrayList<>();
		for (Coverage.Row row : rows) {
			all.add(row);
			all.addAll(flatten(row.children()));
		}
		return all;
	}

	/** The item showing {@code target} among the items a user can see now (parents expanded). */
	private static TreeItem visibleItem(Tree tree, Object target) {
		return visibleItem(tree.getItems(), target);
	}

	private static TreeItem visibleItem(TreeItem[] items, Object target) {
		for (TreeItem item : items) {
			if (item.getData() instanceof Coverage.Row row && row.element() == target) {
				return item;
			}
			if (item.getExpanded()) {
				TreeItem found = visibleItem(item.getItems(), target);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static TreeItem item(CoverageView view, Object target) {
		view.viewer().expandAll();
		return visibleItem(view.viewer().getTree(), target);
	}

	private static List<String> texts(TreeItem item) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i <= STATUS; i++) {
			texts.add(item.getText(i));
		}
		return texts;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Catalog;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.Reference;
import jp.kansa.model.Section;
import jp.kansa.model.Volume;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.views.Coverage;
import jp.kansa.ui.workpaper.internal.views.CoverageView;

/** ガイドラインカバレッジ: the computation against an independent count, and the view in the workbench. */
class CoverageTest {

	private static final String VOLUME = "企画管理編"; //$NON-NLS-1$

	@AfterEach
	void close() {
		Ui.closeAll();
	}

	@Test
	void section7OfKikakuKanriCountsCitingCheckPointsAndConformingOnes() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		Catalog catalog = EmbeddedCatalog.load();
		Section seven = section7(catalog);
		Counts expected = independentCounts(sample.engagement(), seven);
		assertTrue(expected.citing > 0, "企画管理編 7 is cited by the 確認表"); //$NON-NLS-1$

		Coverage.Row row = find(Coverage.compute(sample.engagement(), catalog), seven);
		assertNotNull(row);
		assertEquals(expected.citing, row.citing());
		assertEquals(expected.conforming, row.conforming());
		assertEquals(expected.citing - expected.conforming, row.open());
	}

	@Test
	void viewShowsTheActiveEngagementAndFollowsEdits() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		Ui.page().resetPerspective();
		Ui.spin();
		CoverageView view = (CoverageView) Ui.page().showView(CoverageView.ID);
		Ui.spin();
		Section seven = section7(EmbeddedCatalog.load());
		Counts expected = independentCounts(sample.engagement(), seven);
		TreeItem item = item(view, seven);
		assertNotNull(item, "a row for 企画管理編 7"); //$NON-NLS-1$
		System.out.println("coverage row: " + texts(item) + " expected " + expected.citing + "/" + expected.conforming); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of(Integer.toString(expected.citing), Integer.toString(expected.conforming),
				Integer.toString(expected.citing - expected.conforming)), texts(item).subList(1, 4));
		Ui.page().activate(sample.editor());
		Ui.spin();
		Ui.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "coverage-view"); //$NON-NLS-1$

		// an auditor marks every citing check point 適合 for every contract in scope: after the
		// debounce the row shows all of them conforming
		sample.domain().getCommandStack().execute(allConforming(sample, seven));
		Ui.waitUntil(() -> {
			TreeItem now = item(view, seven);
			return now != null && texts(now).get(2).equals(Integer.toString(expected.citing));
		});
		assertEquals(Integer.toString(expected.citing), texts(item(view, seven)).get(2));
		assertEquals("100%", texts(item(view, seven)).get(4)); //$NON-NLS-1$

		Ui.closeAll();
		assertTrue(view.showsHint(), "without an engagement editor the view shows its hint"); //$NON-NLS-1$
	}

	private static Command allConforming(ActiveEngagement sample, Section seven) {
		CompoundCommand command = new CompoundCommand();
		Set<String> citing = citing(seven);
		for (ContractCheck check : sample.engagement().getContractChecks()) {
			if (citing.contains(check.getCheckPointId()) && check.getContract().isInScope()) {
				command.append(SetCommand.create(sample.domain(), check,
						KansaPackage.Literals.CONTRACT_CHECK__ASSESSMENT, AssessmentStatus.CONFORMING));
			}
		}
		// the test only works if each in-scope contract has a check for each citing check point
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

	record Counts(int citing, int conforming) {
	}

	/** Check points citing the section or one of its subsections. */
	static Set<String> citing(Section section) {
		Set<String> ids = new TreeSet<>();
		List<Section> todo = new ArrayList<>(List.of(section));
		while (!todo.isEmpty()) {
			Section next = todo.remove(0);
			for (Reference reference : next.getCitations()) {
				ids.add(reference.getCheckPoint().getId());
			}
			todo.addAll(next.getSubsections());
		}
		return ids;
	}

	/** Counted straight from the engagement's checks, without the production code's index. */
	static Counts independentCounts(Engagement engagement, Section section) {
		Set<String> ids = citing(section);
		int conforming = 0;
		for (String id : ids) {
			boolean any = false;
			boolean done = true;
			for (Contract contract : engagement.getContracts()) {
				if (!contract.isInScope()) {
					continue;
				}
				AssessmentStatus status = AssessmentStatus.NOT_ASSESSED;
				for (ContractCheck check : engagement.getContractChecks()) {
					if (check.getContract() == contract && id.equals(check.getCheckPointId())) {
						status = check.getAssessment();
					}
				}
				any |= status == AssessmentStatus.CONFORMING;
				done &= status == AssessmentStatus.CONFORMING || status == AssessmentStatus.NOT_APPLICABLE;
			}
			if (any && done) {
				conforming++;
			}
		}
		return new Counts(ids.size(), conforming);
	}

	private static Coverage.Row find(List<Coverage.Row> rows, Object target) {
		for (Coverage.Row row : rows) {
			if (row.target() == target) {
				return row;
			}
			Coverage.Row below = find(row.children(), target);
			if (below != null) {
				return below;
			}
		}
		return null;
	}

	private static TreeItem item(CoverageView view, Object target) {
		view.viewer().expandAll();
		for (TreeItem item : view.viewer().getTree().getItems()) {
			TreeItem found = item(item, target);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static TreeItem item(TreeItem item, Object target) {
		if (item.getData() instanceof Coverage.Row row && row.target() == target) {
			return item;
		}
		for (TreeItem child : item.getItems()) {
			TreeItem found = item(child, target);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static List<String> texts(TreeItem item) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			texts.add(item.getText(i));
		}
		return texts;
	}
}

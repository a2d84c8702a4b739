/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.Test;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Party;
import jp.kansa.ui.engagement.internal.editors.AssessmentPage;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.FindingsPage;
import jp.kansa.ui.engagement.internal.editors.MatrixPage;
import jp.kansa.ui.engagement.internal.editors.PartiesContractsPage;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.internal.views.CheckPointDetailView;

/**
 * 詳細 shows the check point of the contract's check the auditor clicks — a row of 評価, a cell of
 * the 役割分担マトリクス, a finding's related check point — with its guideline references, and
 * stays on it when something that is no check point (a party) is clicked. Real clicks on the rows
 * and cells.
 */
class DetailFollowsTheCheckTest extends EditorTestBase {

	@Test
	void aRowOfTheChecksListShowsItsCheckPointInTheDetail() throws Exception {
		UserActions.windowSize(1600, 1000);
		EngagementEditor editor = Workbench.open(SampleInstaller.install(folder));
		CheckPointDetailView detail = detailView();
		editor.setActivePage(AssessmentPage.ID);
		Workbench.spin();
		Table checks = ((AssessmentPage) editor.page(AssessmentPage.ID)).checks().getTable();
		int row = rowOfAnotherCheckPoint(checks);
		UserActions.clickRow(checks, row);
		String clicked = checks.getItem(row).getText(0);
		Workbench.waitUntil(() -> shownId(detail).equals(clicked));
		assertEquals(clicked, shownId(detail), "詳細 after a click on row " + row); //$NON-NLS-1$
		assertFalse(detail.getReferenceLinks().isEmpty(), "the check point's guideline references are links"); //$NON-NLS-1$
		Workbench.screenshot(checks.getShell(), "detail-follows-checks-row"); //$NON-NLS-1$

		editor.setActivePage(PartiesContractsPage.ID);
		Workbench.spin();
		PartiesContractsPage parties = (PartiesContractsPage) editor.page(PartiesContractsPage.ID);
		UserActions.clickRow(parties.parties().getTable(), 0);
		Workbench.waitUntil(() -> parties.parties().getStructuredSelection().getFirstElement() instanceof Party);
		assertEquals(clicked, shownId(detail), "a party is no check point: 詳細 stays"); //$NON-NLS-1$
	}

	@Test
	void aCellOfTheMatrixShowsItsCheckPointInTheDetail() throws Exception {
		UserActions.windowSize(1600, 1000);
		MatrixPage matrix = Workbench.openSampleMatrix(folder);
		CheckPointDetailView detail = detailView();
		int row = 3;
		int column = MatrixPage.FIRST_CONTRACT_COLUMN;
		ContractCheck check = matrix.check(row, column);
		assertNotNull(check, "the sample has a check in the first contract's column, row " + row); //$NON-NLS-1$
		UserActions.clickMatrixCell(matrix, row, column);
		Workbench.waitUntil(() -> shownId(detail).equals(check.getCheckPointId()));
		assertEquals(check.getCheckPointId(), shownId(detail), "詳細 after a click on the matrix cell"); //$NON-NLS-1$
	}

	@Test
	void aRelatedCheckPointOfAFindingShowsInTheDetail() throws Exception {
		UserActions.windowSize(1600, 1000);
		EngagementEditor editor = Workbench.open(SampleInstaller.install(folder));
		CheckPointDetailView detail = detailView();
		editor.setActivePage(FindingsPage.ID);
		Workbench.spin();
		FindingsPage findings = (FindingsPage) editor.page(FindingsPage.ID);
		UserActions.clickRow(findings.findings().getTable(), 0);
		Table related = findings.checkPoints().table().getTable();
		Workbench.waitUntil(() -> related.getItemCount() > 1);
		int row = related.getItemCount() - 1;
		String id = related.getItem(row).getText(0);
		UserActions.clickRow(related, row);
		Workbench.waitUntil(() -> shownId(detail).equals(id));
		assertEquals(id, shownId(detail), "詳細 after a click on the finding's related check point " + id); //$NON-NLS-1$
		Workbench.screenshot(related.getShell(), "detail-follows-related-check-point"); //$NON-NLS-1$
	}

	/** The first row whose check point is not the one 詳細 may already show (the list's first). */
	private static int rowOfAnotherCheckPoint(Table checks) {
		String first = checks.getItem(0).getText(0);
		for (int row = 1; row < checks.getItemCount(); row++) {
			if (!checks.getItem(row).getText(0).equals(first)) {
				return row;
			}
		}
		throw new AssertionError("the sample's checks list has one check point only"); //$NON-NLS-1$
	}

	private static CheckPointDetailView detailView() throws PartInitException {
		CheckPointDetailView view = (CheckPointDetailView) Workbench.page().showView(CheckPointDetailView.ID);
		Workbench.spin();
		return view;
	}

	private static String shownId(CheckPointDetailView detail) {
		return detail.getShownElement() instanceof CheckPoint checkPoint ? checkPoint.getId() : ""; //$NON-NLS-1$
	}
}

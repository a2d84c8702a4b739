/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import jp.kansa.ui.engagement.internal.editors.MatrixCell;
import jp.kansa.ui.engagement.internal.editors.MatrixPage;

/**
 * What a 200-contract engagement feels like in the matrix: the numbers are printed, not
 * asserted (a loaded build machine would make a timing assertion flaky). The engagement has 200
 * vendors on 20 systems, every fifth contract with gaps, so colouring and tooltips have work.
 */
class MatrixBenchmarkTest {

	private static final int CONTRACTS = 200;

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}

	@Test
	void twoHundredContracts() throws Exception {
		Path file = write(folder.resolve("large.kansa")); //$NON-NLS-1$

		long start = System.nanoTime();
		EngagementEditor editor = Workbench.open(file);
		long open = millis(start);

		start = System.nanoTime();
		editor.setActivePage(MatrixPage.ID);
		MatrixPage matrix = (MatrixPage) editor.page(MatrixPage.ID);
		Table table = matrix.table();
		table.update();
		Workbench.spin();
		long page = millis(start);
		assertEquals(MatrixPage.FIRST_CONTRACT_COLUMN + CONTRACTS, table.getColumnCount());
		assertEquals(54, table.getItemCount());

		start = System.nanoTime();
		int visibleRows = Math.max(1, table.getClientArea().height / table.getItemHeight());
		for (int column = MatrixPage.FIRST_CONTRACT_COLUMN; column < table.getColumnCount(); column += 5) {
			table.showColumn(table.getColumn(column));
			for (int row = 0; row < table.getItemCount(); row += visibleRows) {
				table.setTopIndex(row);
				table.update();
				Workbench.spin();
			}
		}
		long scroll = millis(start);

		Contract contract = editor.engagement().getContracts().get(0);
		int row = matrix.rowOf("2-C-1-①"); //$NON-NLS-1$
		int column = matrix.columnOf(contract);
		matrix.select(row, column);
		MatrixCell unassign = MatrixCell.choices(editor.engagement(), contract).get(0);
		start = System.nanoTime();
		matrix.assign(contract, "2-C-1-①", unassign); //$NON-NLS-1$
		table.update();
		Workbench.spin();
		long edit = millis(start);
		start = System.nanoTime();
		Workbench.awaitValidation(editor);
		table.update();
		long revalidateAfterDebounce = millis(start);
		long validation = editor.validation().results().millis();
		assertEquals(MatrixPage.GAP, table.getItem(row).getBackground(column).getRGB());

		File shot = Workbench.screenshot(editor.getSite().getShell(), "matrix-200-contracts"); //$NON-NLS-1$
		assertTrue(shot.length() > 0);
		start = System.nanoTime();
		editor.doSave(null);
		long save = millis(start);

		System.out.printf("matrix benchmark, %d contracts x 54 check points (%d cells):%n", CONTRACTS, CONTRACTS * 54); //$NON-NLS-1$
		System.out.printf("  open editor (load + first page + validation): %d ms%n", open); //$NON-NLS-1$
		System.out.printf("  switch to the matrix page (201 columns, first paint): %d ms%n", page); //$NON-NLS-1$
		System.out.printf("  scroll the whole matrix (every 5th column x all rows, painted): %d ms%n", scroll); //$NON-NLS-1$
		System.out.printf("  edit a cell (command + repaint): %d ms%n", edit); //$NON-NLS-1$
		System.out.printf("  revalidation after the edit (%d ms debounce + run + repaint): %d ms, of which validation %d ms%n", //$NON-NLS-1$
				jp.kansa.ui.engagement.internal.editors.ValidationService.DELAY_MS, revalidateAfterDebounce, validation);
		System.out.printf("  save (atomic, %d checks): %d ms%n", editor.engagement().getContractChecks().size(), save); //$NON-NLS-1$
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

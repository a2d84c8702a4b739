/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.export.xlsx.ExportOptions;
import jp.kansa.model.Annotation;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Responsibility;

/**
 * Export with the real exporter → change cells → import: the engagement holds exactly those
 * changes, and nothing else moved. Guards that exporter and importer agree on the template.
 */
class ExportedRoundTripTest {

	private static final String HOSPITAL = "みなと総合病院 (架空)";
	private static final String VENDOR_B = "B情報システム株式会社 (架空)";

	@TempDir
	Path folder;

	private Fixture fixture;

	@BeforeEach
	void load() throws Exception {
		fixture = new Fixture(folder);
	}

	@Test
	void unchangedExportProposesNothing() throws Exception {
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("same.xlsx"))) {
			// the export itself, not a copy saved by POI
		}
		ImportPreview preview = fixture.preview(folder.resolve("same.xlsx"));
		assertEquals(List.of(), preview.getProblems());
		assertEquals(List.of(), preview.getChanges());
	}

	@Test
	void unchangedExportSavedByPoiProposesNothing() throws Exception {
		Path file;
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("export.xlsx"))) {
			file = workbook.save(folder.resolve("saved.xlsx")); // shared strings now, as Excel saves
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getProblems());
		assertEquals(List.of(), preview.getChanges());
	}

	@Test
	void unchangedEnglishExportProposesNothing() throws Exception {
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("en.xlsx"),
				ExportOptions.defaults().withLocale(Locale.ENGLISH))) {
			assertNotNull(workbook.workbook.getSheet("Part 2"));
		}
		ImportPreview preview = fixture.preview(folder.resolve("en.xlsx"));
		assertEquals(List.of(), preview.getProblems());
		assertEquals(List.of(), preview.getChanges());
	}

	@Test
	void contractsOfTheSameTitleAreToldApartByTheirKeys() throws Exception {
		fixture.engagement.getContracts().get(1).setTitle(fixture.engagement.getContracts().get(0).getTitle());
		Path file;
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("export.xlsx"))) {
			workbook.set("2-A-1-①", "C-2/assessment", "一部適合");
			file = workbook.save(folder.resolve("same-title.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getProblems());
		assertEquals(1, preview.getChanges().size(), preview.getChanges().toString());
		assertEquals("C-2", preview.getChanges().get(0).contract().getId());
	}

	@Test
	void changedCellsAreAppliedAndNothingElseMoves() throws Exception {
		Path file;
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("export.xlsx"))) {
			workbook.set("2-A-1-①", "C-1/assessment", "適合");
			workbook.set("2-A-1-①", "C-1/conclusion", "保守報告書により確認した。");
			workbook.set("2-A-1-①", "C-2/completionDate", LocalDate.of(2025, 10, 15));
			workbook.set("2-A-1-①", "C-2/initialCheck", "いいえ");
			workbook.set("2-C-4-①", "C-3/responsibility", "共同"); // a gap cell (KANSA-A2-GAP)
			workbook.set("2-C-4-①", "C-3/parties", HOSPITAL + "、" + VENDOR_B);
			Cell comment = workbook.cell("2-A-6-①", "C-2/annotations");
			ExportedWorkbook.retype(comment, comment.getStringCellValue() + "\n10/1 改定版を受領した。");
			file = workbook.save(folder.resolve("changed.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getProblems());
		Set<String> changed = preview.getChanges().stream()
				.map(c -> c.contract().getId() + " " + c.checkPointId() + " " + c.feature().getName() + " " + c.newText())
				.collect(Collectors.toSet());
		assertEquals(Set.of("C-1 2-A-1-① assessment 適合", "C-1 2-A-1-① conclusion 保守報告書により確認した。",
				"C-2 2-A-1-① completionDate 2025-10-15", "C-2 2-A-1-① initialCheck いいえ",
				"C-3 2-C-4-① responsibility 共同", "C-3 2-C-4-① responsibleParties " + HOSPITAL + "、" + VENDOR_B,
				"C-2 2-A-6-① annotations 10/1 改定版を受領した。"), changed);
		assertEquals(7, preview.getChanges().size());
		assertTrue(fixture.unchanged(), "a preview changes nothing");

		Engagement expected = EcoreUtil.copy(fixture.engagement);
		ContractCheck c1 = Fixture.check(expected, "C-1", "2-A-1-①");
		c1.setAssessment(AssessmentStatus.CONFORMING);
		c1.setConclusion("保守報告書により確認した。");
		ContractCheck c2 = Fixture.check(expected, "C-2", "2-A-1-①");
		c2.setCompletionDate(LocalDate.of(2025, 10, 15));
		c2.setInitialCheck(InitialCheck.NO);
		ContractCheck gap = Fixture.check(expected, "C-3", "2-C-4-①");
		gap.setResponsibility(Responsibility.JOINT);
		gap.getResponsibleParties().add(party(expected, HOSPITAL));
		gap.getResponsibleParties().add(party(expected, VENDOR_B));
		Annotation note = KansaFactory.eINSTANCE.createAnnotation();
		note.setText("10/1 改定版を受領した。");
		note.setTime(Fixture.READ_AT);
		Fixture.check(expected, "C-2", "2-A-6-①").getAnnotations().add(note);

		EditingDomain domain = Fixture.domain();
		Command command = preview.apply(domain, ApplyPolicy.ALL_OR_NOTHING);
		assertTrue(EcoreUtil.equals(expected, fixture.engagement), "exactly the changed cells were applied");
		assertEquals(command, domain.getCommandStack().getUndoCommand(), "one undoable command");
		domain.getCommandStack().undo();
		assertTrue(fixture.unchanged(), "undo restores the engagement");
	}

	@Test
	void reorderedAndRenamedColumnsAreFoundByTheirKeys() throws Exception {
		Path file;
		String assessmentKey = "C-1/assessment";
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("export.xlsx"))) {
			workbook.set("2-A-1-①", assessmentKey, "不適合");
			XSSFSheet sheet = workbook.sheet("2-A-1-①");
			int assessment = workbook.column(sheet, assessmentKey);
			int responsibility = workbook.column(sheet, "C-3/responsibility");
			// a vendor swaps two columns, keys and all, and renames the headers
			for (Row row : sheet) {
				swap(row, assessment, responsibility);
			}
			ExportedWorkbook.retype(sheet.getRow(ExportedWorkbook.HEADER_ROW).getCell(responsibility), "評価 (レセプト)");
			ExportedWorkbook.retype(sheet.getRow(ExportedWorkbook.HEADER_ROW).getCell(assessment), "ご担当");
			file = workbook.save(folder.resolve("moved.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getProblems());
		assertEquals(1, preview.getChanges().size(), preview.getChanges().toString());
		ProposedChange change = preview.getChanges().get(0);
		assertEquals("C-1", change.contract().getId());
		assertEquals(AssessmentStatus.NON_CONFORMING, change.newValue());
	}

	@Test
	void withoutTheKeyRowTheHeadersAreRead() throws Exception {
		Path file;
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("export.xlsx"))) {
			workbook.set("2-A-1-①", "C-1/assessment", "不適合");
			for (XSSFSheet sheet : List.of(workbook.workbook.getSheet("確認表1"), workbook.workbook.getSheet("確認表2"))) {
				sheet.shiftRows(1, sheet.getLastRowNum(), -1); // the key row deleted
			}
			file = workbook.save(folder.resolve("no-keys.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getProblems());
		assertEquals(1, preview.getChanges().size(), preview.getChanges().toString());
		assertEquals(AssessmentStatus.NON_CONFORMING, preview.getChanges().get(0).newValue());
	}

	@Test
	void withoutKeyRowAndHeadersEachSheetHasAProblem() throws Exception {
		Path file;
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("export.xlsx"))) {
			for (XSSFSheet sheet : List.of(workbook.workbook.getSheet("確認表1"), workbook.workbook.getSheet("確認表2"))) {
				sheet.shiftRows(2, sheet.getLastRowNum(), -2); // key and header rows deleted
			}
			file = workbook.save(folder.resolve("no-headers.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getChanges());
		assertEquals(Set.of("確認表1", "確認表2"),
				preview.getProblems().stream().map(ImportProblem::sheet).collect(Collectors.toSet()));
		assertTrue(preview.getProblems().stream().allMatch(p -> p.cell() == null), preview.getProblems().toString());
	}

	@Test
	void rowWhoseIdWasEmptiedIsMatchedByNumber() throws Exception {
		Path file;
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("export.xlsx"))) {
			workbook.set("2-A-1-①", "C-1/assessment", "該当なし");
			workbook.row("2-A-1-①").getCell(0).setBlank();
			file = workbook.save(folder.resolve("no-id.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getProblems());
		assertEquals(1, preview.getChanges().size(), preview.getChanges().toString());
		assertEquals("2-A-1-①", preview.getChanges().get(0).checkPointId());
	}

	@Test
	void badCellIsReportedWhereItIs() throws Exception {
		Path file;
		String where;
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("export.xlsx"))) {
			workbook.set("2-A-1-①", "C-1/completionDate", "来週");
			where = "確認表2!" + workbook.reference("2-A-1-①", "C-1/completionDate");
			file = workbook.save(folder.resolve("bad.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(where), preview.getProblems().stream().map(ImportProblem::location).toList());
		assertEquals(List.of(), preview.getChanges());
	}

	@Test
	void poiEditOfAnInlineCellIsReportedNotGuessed() throws Exception {
		Path file;
		String where;
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("export.xlsx"))) {
			Cell cell = workbook.cell("2-A-1-①", "C-2/assessment");
			cell.setCellValue("適合"); // POI keeps the inline 未評価 and adds a value element
			where = "確認表2!" + cell.getAddress().formatAsString();
			file = workbook.save(folder.resolve("poi-edit.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(where), preview.getProblems().stream().map(ImportProblem::location).toList());
		assertEquals("未評価 / 適合", preview.getProblems().get(0).found());
		assertEquals(List.of(), preview.getChanges());
	}

	private static void swap(Row row, int a, int b) {
		Cell first = row.getCell(a);
		Cell second = row.getCell(b);
		String firstText = text(first);
		String secondText = text(second);
		set(row, a, secondText);
		set(row, b, firstText);
	}

	private static String text(Cell cell) {
		return cell == null ? null : cell.getStringCellValue();
	}

	private static void set(Row row, int column, String text) {
		ExportedWorkbook.retype(row.getCell(column) != null ? row.getCell(column) : row.createCell(column), text);
	}

	private static jp.kansa.model.Party party(Engagement engagement, String name) {
		return engagement.getParties().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow();
	}
}

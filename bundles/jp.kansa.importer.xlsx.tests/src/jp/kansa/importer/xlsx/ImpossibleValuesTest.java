/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import jp.kansa.importer.xlsx.internal.Messages;

/**
 * Values no spreadsheet can hold, written into a real exported workpaper: each is a problem of
 * its own cell (or row), reported, and nothing of the workbook is applied.
 */
class ImpossibleValuesTest {

	private static final String CHECK_POINT = "2-A-8-①";
	private static final String COMPLETION = "C-2/completionDate";

	@TempDir
	Path folder;

	private Fixture fixture;
	private Path exported;

	@BeforeEach
	void export() throws Exception {
		fixture = new Fixture(folder);
		exported = folder.resolve("export.xlsx");
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, exported)) {
			// the exporter's own file
		}
	}

	private ImportProblem onlyProblem(Path file) throws WorkpaperRefusedException {
		ImportPreview preview = fixture.preview(file);
		System.out.println(preview.getProblems());
		assertEquals(1, preview.getProblems().size(), preview.getProblems().toString());
		assertFalse(preview.canApply(ApplyPolicy.ALL_OR_NOTHING));
		assertTrue(preview.getChanges().isEmpty(), preview.getChanges().toString());
		assertTrue(fixture.unchanged());
		return preview.getProblems().get(0);
	}

	@ParameterizedTest
	@ValueSource(doubles = { 1e308, 2_958_466, 0 })
	void dateCellOutsideExcelsCalendarIsAProblemOfTheCell(double serial) throws Exception {
		Path file;
		String reference;
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("dates.xlsx"))) {
			Cell cell = workbook.cell(CHECK_POINT, COMPLETION);
			assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell), "the exporter's date style");
			cell.setBlank();
			cell.setCellValue(serial); // keeps the date style: Excel would show it as a date
			reference = cell.getAddress().formatAsString();
			file = workbook.save(folder.resolve("bad-date.xlsx"));
		}
		ImportProblem problem = onlyProblem(file);
		assertEquals("確認表2!" + reference, problem.location());
		assertEquals(Messages.expectedDateRange, problem.expected());
	}

	@ParameterizedTest
	@ValueSource(strings = { "0999-12-31", "0000-01-01" })
	void dateTextBefore1900IsAProblemOfTheCell(String text) throws Exception {
		Path file;
		String reference;
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, folder.resolve("dates.xlsx"))) {
			workbook.set(CHECK_POINT, COMPLETION, text);
			reference = workbook.reference(CHECK_POINT, COMPLETION);
			file = workbook.save(folder.resolve("bad-date-text.xlsx"));
		}
		ImportProblem problem = onlyProblem(file);
		assertEquals("確認表2!" + reference, problem.location());
		assertEquals(Messages.expectedDateRange, problem.expected());
		assertEquals(text, problem.found());
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-3", "1048577", "99999999999" })
	void rowOutsideTheSheetIsReported(String row) throws Exception {
		Path file = HostileFiles.rewriteText(exported, folder.resolve("bad-row.xlsx"), HostileFiles.EXPORTED_PART2,
				xml -> xml.replaceFirst("<row r=\"5\"", "<row r=\"" + row + "\""));
		ImportProblem problem = onlyProblem(file);
		assertEquals("確認表2", problem.location());
		assertEquals(Messages.expectedRowNumber, problem.expected());
		assertEquals(NLS.bind(Messages.foundRow, row), problem.found());
	}

	@ParameterizedTest
	@ValueSource(strings = { "XFE5", "AAAA5", "J0", "J1048577" })
	void cellOutsideTheSheetIsReported(String reference) throws Exception {
		Path file = HostileFiles.rewriteText(exported, folder.resolve("bad-cell.xlsx"), HostileFiles.EXPORTED_PART2,
				xml -> xml.replaceFirst("r=\"J5\"", "r=\"" + reference + "\""));
		ImportProblem problem = onlyProblem(file);
		assertEquals("確認表2!" + reference, problem.location());
		assertEquals(Messages.expectedCellReference, problem.expected());
	}

	@Test
	void unknownKeyInTheHiddenRowIsReported() throws Exception {
		Path file = HostileFiles.rewriteText(exported, folder.resolve("bad-key.xlsx"), HostileFiles.EXPORTED_PART2,
				xml -> xml.replace("<t>C-1/evidence</t>", "<t>C-1/sha256</t>"));
		ImportProblem problem = onlyProblem(file);
		assertTrue(problem.location().startsWith("確認表2!") && problem.location().endsWith("1"), problem.location());
		assertTrue(problem.expected().contains("assessment"), problem.expected());
		assertEquals("C-1/sha256", problem.found());
		assertEquals(List.of(), fixture.preview(exported).getProblems(), "the export itself has none");
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.importer.xlsx.WorkpaperTemplate.ContractField;
import jp.kansa.importer.xlsx.internal.Messages;

/** Files that are refused whole, and cells that are refused one by one; none changes the engagement. */
class HostileFilesTest {

	@TempDir
	Path folder;

	private Fixture fixture;
	private Path valid;

	@BeforeEach
	void load() throws Exception {
		fixture = new Fixture(folder);
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.set("2-A-9-②", "C-3", ContractField.ASSESSMENT, "適合");
			valid = workbook.save(folder.resolve("valid.xlsx"));
		}
	}

	private WorkpaperRefusedException refused(Path file) {
		return refused(file, ImportLimits.defaults());
	}

	private WorkpaperRefusedException refused(Path file, ImportLimits limits) {
		WorkpaperRefusedException e = assertThrows(WorkpaperRefusedException.class,
				() -> Fixture.importer(limits).preview(file, fixture.engagement, fixture.catalog));
		System.out.println(e.getMessage()); // the messages a user sees, in the test report
		assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
		assertEquals(file, e.getFile());
		assertTrue(fixture.unchanged());
		return e;
	}

	@Test
	void truncatedWorkbookIsRefusedAsTruncated() throws Exception {
		Path truncated = HostileFiles.truncated(valid, folder.resolve("truncated.xlsx"));
		WorkpaperRefusedException e = refused(truncated);
		assertEquals(NLS.bind(Messages.refusedTruncated, String.format("%,d", Files.size(truncated))), e.getReason());
	}

	@Test
	void zipBombIsRefusedByPoiLimits() throws Exception {
		Path bomb = HostileFiles.zipBomb(valid, folder.resolve("bomb.xlsx"), 300);
		assertTrue(Files.size(bomb) < 2_000_000, "small on disk: " + Files.size(bomb));
		WorkpaperRefusedException e = refused(bomb);
		assertTrue(e.getReason().contains("Zip bomb") || e.getReason().contains("zip"), e.getMessage());
	}

	@Test
	void bombWithinTheRatioIsStillBoundedByTheEntrySize() throws Exception {
		Path bomb = HostileFiles.zipBomb(valid, folder.resolve("big-sheet.xlsx"), 30);
		WorkpaperRefusedException e = refused(bomb, ImportLimits.defaults().withMinInflateRatio(0).withMaxEntryBytes(10L << 20));
		assertTrue(e.getReason().contains("zip") || e.getReason().contains("Zip"), e.getMessage());
	}

	@Test
	void fileOverTheSizeLimitIsRefused() throws Exception {
		WorkpaperRefusedException e = refused(valid, ImportLimits.defaults().withMaxFileBytes(1024));
		assertTrue(e.getReason().contains("1,024"), e.getMessage());
	}

	@Test
	void encryptedWorkbookIsRefused() throws Exception {
		Path encrypted = folder.resolve("encrypted.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("kansa");
			try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(valid));
					OutputStream out = encryptor.getDataStream(fs)) {
				workbook.write(out);
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				fs.writeFilesystem(out);
			}
		}
		assertEquals(Messages.refusedEncrypted, refused(encrypted).getReason());
		try (POIFSFileSystem fs = new POIFSFileSystem(encrypted.toFile(), true)) {
			assertTrue(fs.getRoot().hasEntry("EncryptionInfo"), "agile encryption, as Excel writes it");
		}
	}

	@Test
	void oldXlsRenamedIsRefused() throws Exception {
		Path xls = folder.resolve("old.xlsx");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
			workbook.createSheet("確認表1").createRow(0).createCell(0).setCellValue("ID");
			workbook.write(out);
		}
		assertEquals(Messages.refusedXls, refused(xls).getReason());
	}

	@Test
	void csvRenamedIsRefused() throws Exception {
		Path csv = Files.writeString(folder.resolve("table.xlsx"), "ID,項番,評価\n2-A-9-②,A-9 ②,適合\n", StandardCharsets.UTF_8);
		assertEquals(Messages.refusedText, refused(csv).getReason());
	}

	@Test
	void randomBytesAreRefused() throws Exception {
		assertEquals(Messages.refusedUnknownBinary, refused(HostileFiles.randomBytes(folder.resolve("noise.xlsx"))).getReason());
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		assertEquals(Messages.refusedEmpty, refused(Files.write(folder.resolve("empty.xlsx"), new byte[0])).getReason());
	}

	@Test
	void wrongTemplateNamesTheMissingSheets() throws Exception {
		Path other = folder.resolve("other.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("何か");
			workbook.write(out);
		}
		ImportPreview preview = fixture.preview(other);
		assertEquals(List.of("確認表1", "確認表2"), preview.getProblems().stream().map(ImportProblem::location).toList());
		assertEquals("Sheet1", preview.getProblems().get(0).found());
		assertTrue(preview.getChanges().isEmpty());
		assertFalse(preview.canApply(ApplyPolicy.VALID_CHANGES_ONLY));
		assertTrue(fixture.unchanged());
	}

	@Test
	void wrongTemplateNamesTheMissingHeader() throws Exception {
		Path file;
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.set("2-A-9-②", "C-3", ContractField.ASSESSMENT, "適合");
			workbook.workbook.getSheet("確認表2").getRow(0).getCell(2).setCellValue("番号");
			file = workbook.save(folder.resolve("no-number.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(1, preview.getProblems().size(), preview.getProblems().toString());
		ImportProblem problem = preview.getProblems().get(0);
		assertEquals("確認表2", problem.location());
		assertTrue(problem.expected().contains("項番"), problem.expected());
		assertTrue(preview.getChanges().isEmpty(), "rows of a sheet without its headers are not read");
	}

	@Test
	void unknownContractInHeaderIsReported() throws Exception {
		Path file;
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.workbook.getSheet("確認表1").getRow(0).getCell(5).setCellValue("存在しない契約: 担当");
			file = workbook.save(folder.resolve("unknown-contract.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of("確認表1!F1"), preview.getProblems().stream().map(ImportProblem::location).toList());
		assertEquals("存在しない契約", preview.getProblems().get(0).found());
	}

	@Test
	void formulaInAnImportedColumnIsRefusedPerCell() throws Exception {
		Path file;
		String cell;
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.cell("2-A-9-②", "C-2", ContractField.ASSESSMENT).setCellFormula("\"適\"&\"合\"");
			cell = workbook.reference("2-A-9-②", "C-2", ContractField.ASSESSMENT);
			file = workbook.save(folder.resolve("formula.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(1, preview.getProblems().size());
		ImportProblem problem = preview.getProblems().get(0);
		assertEquals("確認表2!" + cell, problem.location());
		assertEquals(Messages.expectedNoFormula, problem.expected());
		assertEquals("=\"適\"&\"合\"", problem.found());
		assertFalse(preview.canApply(ApplyPolicy.ALL_OR_NOTHING));
		assertTrue(fixture.unchanged());
	}

	@Test
	void tenMegabytesInOneCellIsRefusedForThatCell() throws Exception {
		Path withPlaceholder;
		String cell;
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.set("2-A-9-②", "C-2", ContractField.COMMENT, "@@BIG@@");
			cell = workbook.reference("2-A-9-②", "C-2", ContractField.COMMENT);
			withPlaceholder = workbook.save(folder.resolve("placeholder.xlsx"));
		}
		int length = 10 * 1024 * 1024;
		Path huge = HostileFiles.hugeSharedString(withPlaceholder, folder.resolve("huge-cell.xlsx"), "@@BIG@@", length);
		ImportPreview preview = fixture.preview(huge);
		assertEquals(1, preview.getProblems().size(), preview.getProblems().toString());
		ImportProblem problem = preview.getProblems().get(0);
		assertEquals("確認表2!" + cell, problem.location());
		assertEquals(NLS.bind(Messages.foundCharacters, String.format("%,d", length)), problem.found());
		assertFalse(preview.canApply(ApplyPolicy.ALL_OR_NOTHING));
		assertTrue(fixture.unchanged());
	}
}

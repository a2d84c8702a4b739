/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.kansa.importer.xlsx.internal.Messages;

/**
 * A real exported workpaper, damaged the ways a disk, a mail gateway or a tamperer damages a
 * zip: each is refused whole, with a message of its own that names the file and the part or
 * sheet, and never with a Java exception's words or "not a spreadsheet".
 */
class DamagedWorkpaperTest {

	/** The first 未評価 of 確認表2 becomes 適合: a change the import would apply. */
	private static final UnaryOperator<String> ASSESSED = xml -> xml.replaceFirst("<t>未評価</t>", "<t>適合</t>");

	@TempDir
	Path folder;

	private Fixture fixture;
	private Path exported;

	@BeforeEach
	void export() throws Exception {
		fixture = new Fixture(folder);
		exported = folder.resolve("export.xlsx");
		try (ExportedWorkbook workbook = ExportedWorkbook.export(fixture, exported)) {
			// the exporter's own file, not a copy saved by POI
		}
	}

	private WorkpaperRefusedException refused(Path file) {
		WorkpaperRefusedException e = assertThrows(WorkpaperRefusedException.class, () -> fixture.preview(file));
		System.out.println(e.getMessage());
		assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
		assertNotEquals(Messages.refusedNotSpreadsheet, e.getReason());
		for (String javaWords : new String[] { "Exception", "Cannot invoke", "is null", "workbookPart" }) {
			assertFalse(e.getMessage().contains(javaWords), e.getMessage());
		}
		assertTrue(fixture.unchanged());
		return e;
	}

	@Test
	void changedPartWithItsOldChecksumIsRefused() throws Exception {
		Path honest = HostileFiles.rewriteText(exported, folder.resolve("edited.xlsx"), HostileFiles.EXPORTED_PART2,
				ASSESSED);
		assertFalse(fixture.preview(honest).getChanges().isEmpty(), "the same change, written properly, is applied");

		Path tampered = HostileFiles.changedKeepingChecksum(exported, folder.resolve("wrong-crc.xlsx"),
				HostileFiles.EXPORTED_PART2, ASSESSED);
		assertEquals(NLS.bind(Messages.refusedCrc, HostileFiles.EXPORTED_PART2), refused(tampered).getReason());
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 10, 1000 })
	void truncatedWorkpaperIsCalledTruncated(int divisor) throws Exception {
		byte[] bytes = Files.readAllBytes(exported);
		int length = divisor == 2 ? bytes.length / 2 : bytes.length - divisor;
		Path cut = Files.write(folder.resolve("cut.xlsx"), Arrays.copyOf(bytes, length));
		assertEquals(NLS.bind(Messages.refusedTruncated, String.format("%,d", length)), refused(cut).getReason());
	}

	@Test
	void partWithTheEncryptedFlagIsCalledSo() throws Exception {
		Path file = HostileFiles.patchHeaders(exported, folder.resolve("encrypted-entry.xlsx"),
				HostileFiles.EXPORTED_PART2, 1, null, null);
		assertEquals(NLS.bind(Messages.refusedEncryptedEntry, HostileFiles.EXPORTED_PART2), refused(file).getReason());
	}

	@Test
	void lzmaPartNamesTheMethod() throws Exception {
		Path file = HostileFiles.patchHeaders(exported, folder.resolve("lzma.xlsx"), HostileFiles.EXPORTED_PART2, 0,
				Integer.valueOf(14), null);
		assertEquals(NLS.bind(Messages.refusedCompression, HostileFiles.EXPORTED_PART2, "LZMA (method 14)"),
				refused(file).getReason());
	}

	@Test
	void missingSheetPartNamesTheSheet() throws Exception {
		Path file = HostileFiles.without(exported, folder.resolve("no-sheet.xlsx"), HostileFiles.EXPORTED_PART2);
		String reason = refused(file).getReason();
		assertEquals(NLS.bind(Messages.refusedMissingSheetPart, "確認表2", "/xl/worksheets/sheet4.xml"), reason);
	}

	@Test
	void missingWorkbookPartIsDamageNotAJavaError() throws Exception {
		Path file = HostileFiles.without(exported, folder.resolve("no-workbook.xlsx"), "xl/workbook.xml");
		assertEquals(NLS.bind(Messages.refusedNoWorkbook, "/xl/workbook.xml"), refused(file).getReason());
	}

	@Test
	void malformedRelationshipsNameThePartAndLine() throws Exception {
		String part = "xl/_rels/workbook.xml.rels";
		Path file = HostileFiles.rewriteText(exported, folder.resolve("bad-rels.xlsx"), part,
				xml -> xml.substring(0, xml.length() / 2));
		String reason = refused(file).getReason();
		String prefix = NLS.bind(Messages.refusedPartXml, new Object[] { part, "1", "", "" });
		assertTrue(reason.startsWith(prefix.substring(0, prefix.indexOf(" 1"))), reason);
	}

	@Test
	void malformedSheetNamesTheSheet() throws Exception {
		Path file = HostileFiles.rewriteText(exported, folder.resolve("bad-sheet.xlsx"), HostileFiles.EXPORTED_PART2,
				xml -> xml.substring(0, xml.length() / 2));
		String reason = refused(file).getReason();
		String prefix = NLS.bind(Messages.refusedSheetXml, new Object[] { "確認表2", "1", "", "" });
		assertTrue(reason.startsWith(prefix.substring(0, prefix.indexOf(" 1"))), reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "P", "A", "ID,評価" })
	void fileOfAFewBytesIsTooShortNotCsv(String content) throws Exception {
		Path file = Files.writeString(folder.resolve("short.xlsx"), content);
		String reason = refused(file).getReason();
		assertEquals(NLS.bind(Messages.refusedTooShort, Long.valueOf(Files.size(file))), reason);
		assertNotEquals(Messages.refusedText, reason);
	}
}

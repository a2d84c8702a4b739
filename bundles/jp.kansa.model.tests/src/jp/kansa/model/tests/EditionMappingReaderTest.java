/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.kansa.model.edition.EditionMapping;
import jp.kansa.model.edition.EditionMapping.Kind;
import jp.kansa.model.edition.EditionMappingException;
import jp.kansa.model.edition.EditionMappingReader;

/** The edition mapping format: what it reads, and every refusal naming file and line. */
class EditionMappingReaderTest {

	private static final String HEAD = "from-edition\t第22回\nto-edition\t第23回\n";

	@TempDir
	Path folder;

	@Test
	void theTestEditionReadsAsWritten() throws Exception {
		EditionMapping mapping = TestEdition.mapping();
		assertEquals("test-edition.kansamap", mapping.source());
		assertEquals(List.of(Kind.KEPT, Kind.RENAMED, Kind.RENAMED, Kind.SPLIT, Kind.MERGED, Kind.REMOVED, Kind.REMOVED),
				mapping.rules().stream().map(EditionMapping.Rule::kind).toList());
		assertEquals(List.of("2-A-7-①", "2-A-7-②"), mapping.targetsOf("2-A-7-①"));
		assertEquals(List.of("1-B-3-①"), mapping.targetsOf("1-B-3-②"));
		assertEquals(List.of(), mapping.targetsOf("1-A-2-①"));
		assertEquals(List.of("1-A-1-①"), mapping.targetsOf("1-A-1-①"));
		assertEquals(List.of("2-B-1-①"), mapping.targetsOf("2-B-1-①"), "an id not named is kept");
		assertEquals(10, mapping.ruleFor("1-B-3-②").orElseThrow().line());
	}

	@Test
	void commasAndABomAreAccepted() throws Exception {
		EditionMapping mapping = EditionMappingReader.parse("\uFEFF" + HEAD + "split\tA\tB, C\r\n", "m.tsv", Locale.ENGLISH);
		assertEquals(List.of("B", "C"), mapping.targetsOf("A"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"renamed\tA|m.tsv:3: renamed takes one old id and one different new id",
			"renamed\tA\tA|m.tsv:3: renamed takes one old id and one different new id",
			"split\tA\tB|m.tsv:3: split takes one old id and two or more new ids",
			"merged\tA\tB|m.tsv:3: merged takes two or more old ids and one new id",
			"removed\tA\tB|m.tsv:3: removed takes one old id and nothing else",
			"moved\tA\tB|m.tsv:3: unknown kind \"moved\" (kept, renamed, split, merged or removed; fields separated by tabs)",
			"renamed A B|m.tsv:3: unknown kind \"renamed A B\" (kept, renamed, split, merged or removed; fields separated by tabs)",
			"renamed\tA\tB\tC|m.tsv:3: renamed has more fields than old ids and new ids",
			"removed\tA\\nrenamed\tA\tB|m.tsv:4: old id A is already mapped at line 3",
			"renamed\tA\tC\\nrenamed\tB\tC|m.tsv:4: new id C is already the result of line 3",
			"kept\tC\\nrenamed\tB\tC|m.tsv:4: new id C is already the result of line 3" })
	void badLinesAreRefusedWithFileAndLine(String lines, String message) {
		EditionMappingException e = assertThrows(EditionMappingException.class,
				() -> EditionMappingReader.parse(HEAD + lines.replace("\\t", "\t").replace("\\n", "\n"), "m.tsv", Locale.ENGLISH));
		assertEquals(message, e.getMessage());
	}

	@Test
	void editionsAreRequiredAndMessagesFollowTheLanguage() {
		EditionMappingException e = assertThrows(EditionMappingException.class,
				() -> EditionMappingReader.parse("removed\tA\n", "m.tsv", Locale.JAPANESE));
		assertEquals("m.tsv: 対応表には移行元と移行先の版 (from-edition と to-edition の行) が必要です", e.getMessage());
		e = assertThrows(EditionMappingException.class,
				() -> EditionMappingReader.parse("from-edition\t\n", "m.tsv", Locale.ENGLISH));
		assertEquals("m.tsv:1: from-edition has no value after the tab", e.getMessage());
	}

	@Test
	void aMissingOrDamagedFileIsNamed() throws Exception {
		EditionMappingException e = assertThrows(EditionMappingException.class,
				() -> EditionMappingReader.read(folder.resolve("none.kansamap"), Locale.ENGLISH));
		assertEquals("none.kansamap: there is no such file", e.getMessage());
		Path latin1 = folder.resolve("latin1.kansamap");
		Files.write(latin1, new byte[] { 'f', 'r', 'o', 'm', (byte) 0xE9, '\n' });
		e = assertThrows(EditionMappingException.class, () -> EditionMappingReader.read(latin1, Locale.ENGLISH));
		assertEquals("latin1.kansamap: the file is not UTF-8 text", e.getMessage());
	}
}

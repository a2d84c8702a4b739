/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** {@code kansa export --compare PRIOR.kansa}: a 比較 sheet when PRIOR reads, exit 2 naming it when not. */
class ExportCompareTest {

	private static final Path OUT = Path.of("target", "export-compare-test");
	private static final String SAMPLE = "../jp.kansa.model/samples/sample-hospital.kansa";

	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8)).run(args);
	}

	/** The sheet names, as the workbook part lists them (no POI in this bundle). */
	private static String workbookXml(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void compareAddsTheComparisonSheet() throws Exception {
		Files.createDirectories(OUT);
		Path file = OUT.resolve("compared.xlsx");
		Files.deleteIfExists(file);
		assertEquals(ExitCode.OK, run("export", SAMPLE, "--output", file.toString(), "--compare", SAMPLE),
				stderr::toString);
		assertTrue(workbookXml(file).contains("name=\"比較\""), "a 比較 sheet");

		Path plain = OUT.resolve("plain.xlsx");
		assertEquals(ExitCode.OK, run("export", SAMPLE, "--output", plain.toString()), stderr::toString);
		assertFalse(workbookXml(plain).contains("name=\"比較\""), "no 比較 sheet without --compare");
	}

	@Test
	void anUnreadablePriorExitsTwoNamingIt() throws Exception {
		Files.createDirectories(OUT);
		Path prior = OUT.resolve("broken-prior.kansa");
		Files.writeString(prior, "<not a kansa file");
		Path file = OUT.resolve("not-written.xlsx");
		Files.deleteIfExists(file);
		assertEquals(ExitCode.ERROR, run("export", SAMPLE, "--output", file.toString(), "--compare", prior.toString()));
		assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("broken-prior.kansa"), stderr::toString);
		assertFalse(Files.exists(file), "nothing written");
	}
}

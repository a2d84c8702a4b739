/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFiles;

/** {@code kansa migrate} with the test edition, and {@code validate --mapping} explaining a removed id. */
class MigrateCommandTest extends CapturedCli {

	private static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa");
	private static final Path TEST_EDITION = Path.of("../jp.kansa.model.tests/data/editions/test-edition.kansamap");

	private Path folder;
	private Locale before;

	@BeforeEach
	void setUp() throws IOException {
		Files.createDirectories(Path.of("target"));
		folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "migrate-");
		before = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterEach
	void restore() {
		Locale.setDefault(before);
	}

	/** Each run alone: the test reads one run's output at a time. */
	@Override
	int run(String... args) {
		reset();
		return super.run(args);
	}

	@Test
	void migratesTheSampleAndListsEveryMovedAndOrphanedCheck() throws IOException {
		Path source = folder.resolve("sample.kansa");
		Files.copy(SAMPLE, source);
		byte[] original = Files.readAllBytes(source);
		Path output = folder.resolve("sample-2027.kansa");

		int code = run("migrate", source.toString(), "--mapping", TEST_EDITION.toString(), "--output", output.toString());

		assertEquals(ExitCode.FINDINGS, code, "orphans are findings: " + err());
		String out = out();
		assertTrue(out.contains("Edition (none recorded) -> 試験版 2027: 17 moved, 7 orphaned, 0 to review."), out);
		assertTrue(out.contains("  C-2 × 2-A-6-①: renamed to 2-A-6-②\n"), out);
		assertTrue(out.contains("  C-3 × 2-A-7-①: split into 2-A-7-①, 2-A-7-②\n"), out);
		assertTrue(out.contains("  C-1 × 1-B-3-②: merged into 1-B-3-①\n"), out);
		assertTrue(out.contains("  C-1 × 1-参考-1-①: orphaned, edition 試験版 2027 removed check point 1-参考-1-①\n"), out);
		assertTrue(out.contains("  F-2: orphaned, edition 試験版 2027 removed check point 1-A-2-①\n"), out);
		assertEquals(24, out.lines().filter(l -> l.startsWith("  ")).count(), out);
		assertEquals("", err());
		Engagement migrated = EngagementFiles.load(output);
		assertEquals("試験版 2027", migrated.getCatalogEdition());
		assertArrayEquals(original, Files.readAllBytes(source));
		// element ids stay: the two versions compare check by check
		assertEquals(ExitCode.FINDINGS, run("diff", source.toString(), output.toString(), "--lang", "ja"));
		assertTrue(out().contains("C-2 × 2-A-6-② 確認事項ID: 2-A-6-① → 2-A-6-②\n"), out());
		assertTrue(out().contains("C-2 × 2-A-7-② (契約別確認) を追加"), out());

		// never over an existing file
		assertEquals(ExitCode.ERROR, run("migrate", source.toString(), "--mapping", TEST_EDITION.toString(), "--output",
				output.toString()));
		assertTrue(err().startsWith("kansa: "), err());
		assertTrue(err().contains("sample-2027.kansa"), err());
		// the migrated file is now of the test edition: the same mapping does not apply again
		assertEquals(ExitCode.ERROR, run("migrate", output.toString(), "--mapping", TEST_EDITION.toString(), "--output",
				folder.resolve("again.kansa").toString()));
		assertTrue(err().contains("test-edition.kansamap: "), err());
		assertFalse(Files.exists(folder.resolve("again.kansa")));
	}

	@Test
	void aBadMappingIsOneLineNamingFileAndLine() throws IOException {
		Path mapping = folder.resolve("bad.kansamap");
		Files.writeString(mapping, "from-edition\ta\nto-edition\tb\nsplit\tA\tB\n");
		int code = run("migrate", SAMPLE.toString(), "--mapping", mapping.toString(), "--output",
				folder.resolve("x.kansa").toString());
		assertEquals(ExitCode.ERROR, code);
		assertEquals("kansa: bad.kansamap:3: split takes one old id and two or more new ids", err().strip());
		assertFalse(Files.exists(folder.resolve("x.kansa")));
		assertEquals(ExitCode.ERROR, run("migrate", SAMPLE.toString(), "--output", folder.resolve("x.kansa").toString()));
		assertTrue(err().contains("--mapping"), err());
	}

	@Test
	void validateWithAMappingSaysWhichEditionRemovedAnId() throws IOException {
		Path source = folder.resolve("sample.kansa");
		Files.writeString(source, Files.readString(SAMPLE).replace("checkPointId=\"2-C-5-①\"", "checkPointId=\"9-Z-1-①\""));
		Path mapping = folder.resolve("removed.kansamap");
		Files.writeString(mapping, "# an older edition that had 9-Z-1-①\nfrom-edition\t旧版\nto-edition\t"
				+ EmbeddedCatalog.load().getEdition() + "\nremoved\t9-Z-1-①\n");

		run("validate", source.toString());
		assertTrue(out().contains("Check point 9-Z-1-① does not exist in the catalog."), out());
		run("validate", source.toString(), "--mapping", mapping.toString());
		assertTrue(out().contains("Check point 9-Z-1-① does not exist in the catalog: edition "
				+ EmbeddedCatalog.load().getEdition() + " removed it (mapping removed.kansamap, line 4)."), out());
		assertEquals(ExitCode.ERROR, run("validate", source.toString(), "--mapping", folder.resolve("none").toString()));
		assertEquals("kansa: none: there is no such file", err().strip());
	}
}

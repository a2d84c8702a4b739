/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import jp.kansa.model.json.Json;

/** {@code export} and {@code validate} on the shipped sample, a clean engagement and a broken file. */
class EngagementCommandsTest extends CapturedCli {

	private static final Path OUT = Path.of("target", "cli-test");
	private static final String SAMPLE = "../jp.kansa.model/samples/sample-hospital.kansa";

	@BeforeAll
	static void folder() throws Exception {
		Files.createDirectories(OUT);
	}

	@Test
	void exportWritesTheWorkpaper() throws Exception {
		Path file = OUT.resolve("sample.xlsx");
		Files.deleteIfExists(file);
		assertEquals(ExitCode.OK, run("export", SAMPLE, "--output", file.toString()), err());
		byte[] bytes = Files.readAllBytes(file);
		assertEquals('P', bytes[0]);
		assertEquals('K', bytes[1]);
	}

	@Test
	void exportWithoutOutputIsAUsageError() {
		assertEquals(ExitCode.ERROR, run("export", SAMPLE));
		assertTrue(err().contains("--output"), err());
	}

	@Test
	void validateSampleReportsItsPlantedProblems() {
		assertEquals(ExitCode.FINDINGS, run("validate", SAMPLE), err());
		for (String rule : List.of("KANSA-A2-GAP", "KANSA-OVERLAP", "KANSA-CHAIN-BROKEN", "KANSA-SIGNOFF-STALE",
				"KANSA-INITIAL-NO-OPEN")) {
			assertTrue(out().contains(rule), rule + " in\n" + out());
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void validateJsonParses() {
		assertEquals(ExitCode.FINDINGS, run("validate", SAMPLE, "--format", "json"), err());
		Map<String, Object> report = (Map<String, Object>) Json.parse(out());
		List<Object> findings = (List<Object>) report.get("findings");
		assertTrue(findings.stream().anyMatch(f -> "KANSA-A2-GAP".equals(((Map<String, Object>) f).get("rule"))));
		assertEquals(((Number) report.get("problems")).intValue() > 0, true);
	}

	@Test
	void cleanEngagementExitsZero() throws Exception {
		Path file = OUT.resolve("clean.kansa");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<kansa:Engagement xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:kansa="http://www.kansa.jp/model/kansa/1.1"
				    id="engagement" name="clean" referenceDate="2025-09-30" catalogId="kakuninhyo"/>
				""");
		assertEquals(ExitCode.OK, run("validate", file.toString()), out() + err());
	}

	@Test
	void malformedFileNamesFileLineAndColumn() throws Exception {
		Path file = OUT.resolve("broken.kansa");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<kansa:Engagement xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:kansa="http://www.kansa.jp/model/kansa/1.1"
				    id="engagement" name="broken">
				  <team id="T-1" name="x"
				</kansa:Engagement>
				""");
		assertEquals(ExitCode.ERROR, run("validate", file.toString()));
		assertTrue(err().contains("broken.kansa"), err());
		assertTrue(err().contains("line 5"), err());
		assertEquals(ExitCode.ERROR, run("export", file.toString(), "--output", OUT.resolve("x.xlsx").toString()));
	}

	@Test
	void missingFileIsAnError() {
		assertEquals(ExitCode.ERROR, run("validate", "no-such.kansa"));
		assertTrue(err().contains("no-such.kansa"), err());
	}

	@Test
	void helpOfBoth() {
		assertEquals(ExitCode.OK, run("export", "--help"));
		assertTrue(out().contains("--output"));
		assertEquals(ExitCode.OK, run("validate", "--help"));
		assertTrue(out().contains("--format"));
	}
}

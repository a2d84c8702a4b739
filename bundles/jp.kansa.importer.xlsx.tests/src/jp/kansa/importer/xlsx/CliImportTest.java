/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.cli.internal.Cli;
import jp.kansa.importer.xlsx.WorkpaperTemplate.ContractField;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.engagement.EngagementFiles;

/** {@code kansa import}: preview, dry run, apply with backup, and the exit codes. */
class CliImportTest {

	@TempDir
	Path folder;

	private Fixture fixture;
	private byte[] originalBytes;
	private String out;
	private String err;

	@BeforeEach
	void load() throws Exception {
		fixture = new Fixture(folder);
		originalBytes = Files.readAllBytes(fixture.engagementFile);
	}

	private int run(String... args) {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int code = new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8)).run(args);
		out = stdout.toString(StandardCharsets.UTF_8);
		err = stderr.toString(StandardCharsets.UTF_8);
		return code;
	}

	private Path workbook(String name, String assessment) throws Exception {
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.set("2-A-9-②", "C-3", ContractField.ASSESSMENT, assessment);
			return workbook.save(folder.resolve(name));
		}
	}

	private boolean engagementUntouched() throws Exception {
		return java.util.Arrays.equals(originalBytes, Files.readAllBytes(fixture.engagementFile))
				&& !Files.exists(EngagementFiles.backupOf(fixture.engagementFile));
	}

	@Test
	void dryRunPrintsTheChangesAndLeavesTheFileByteIdentical() throws Exception {
		Path xlsx = workbook("dry.xlsx", "適合");
		assertEquals(0, run("import", fixture.engagementFile.toString(), xlsx.toString(), "--dry-run"), err);
		assertTrue(out.contains("確認表2!"), out);
		assertTrue(out.contains("2-A-9-②"), out);
		assertTrue(out.contains("未評価 → 適合"), out);
		assertTrue(engagementUntouched());
	}

	@Test
	void applyWritesTheChangesAndKeepsABackup() throws Exception {
		Path xlsx = workbook("apply.xlsx", "一部適合");
		ContractCheck before = Fixture.check(fixture.engagement, "C-3", "2-A-9-②");
		assertEquals(0, run("import", fixture.engagementFile.toString(), xlsx.toString()), err);
		assertArrayEquals(originalBytes, Files.readAllBytes(EngagementFiles.backupOf(fixture.engagementFile)));
		ContractCheck after = Fixture.check(EngagementFiles.load(fixture.engagementFile), "C-3", "2-A-9-②");
		assertEquals(AssessmentStatus.PARTIALLY_CONFORMING, after.getAssessment());
		assertNotEquals(before.getLastModified(), after.getLastModified(), "a changed check is stamped");

		// importing the same workbook again finds nothing to do
		assertEquals(0, run("import", fixture.engagementFile.toString(), xlsx.toString()), err);
		assertTrue(out.contains("No changes") || out.contains("変更はありません"), out);
	}

	@Test
	void problemsExitWithOneAndApplyNothing() throws Exception {
		Path xlsx = workbook("problem.xlsx", "まあまあ");
		assertEquals(1, run("import", fixture.engagementFile.toString(), xlsx.toString(), "--format", "json"), err);
		assertTrue(out.contains("\"applied\": false"), out);
		assertTrue(out.contains("\"found\": \"まあまあ\""), out);
		assertTrue(engagementUntouched());
	}

	@Test
	void refusedWorkbookExitsWithTwoNamingTheFile() throws Exception {
		Path csv = Files.writeString(folder.resolve("vendor.xlsx"), "ID,評価\n2-A-9-②,適合\n");
		assertEquals(2, run("import", fixture.engagementFile.toString(), csv.toString()));
		assertTrue(err.contains(csv.toString()), err);
		assertTrue(engagementUntouched());
	}

	@Test
	void missingWorkbookArgumentIsAUsageError() throws Exception {
		assertEquals(2, run("import", fixture.engagementFile.toString()));
		assertTrue(err.contains("<workpaper.xlsx>"), err);
		assertFalse(err.contains("Exception"), err);
	}

	@Test
	void helpDescribesTheExitCodes() {
		assertEquals(0, run("import", "--help"));
		assertTrue(out.contains("--dry-run"), out);
	}
}

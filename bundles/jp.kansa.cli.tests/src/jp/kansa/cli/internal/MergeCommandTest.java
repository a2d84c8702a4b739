/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Responsibility;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.json.Json;

/** {@code kansa merge BASE OURS THEIRS}: result written to OURS, conflict list beside it, git's exit codes. */
class MergeCommandTest extends CapturedCli {

	static final String SAMPLE = "../jp.kansa.model/samples/sample-hospital.kansa";
	static final String CHECK = "C-1/2-A-9-①";

	private final Path folder = Path.of("target", "merge-test").toAbsolutePath();
	private Path base;
	private Path ours;
	private Path theirs;

	@BeforeEach
	void versions() throws Exception {
		Files.createDirectories(folder);
		base = folder.resolve("base.kansa");
		ours = folder.resolve("ours.kansa");
		theirs = folder.resolve("theirs.kansa");
		for (Path file : List.of(base, ours, theirs)) {
			Files.copy(Path.of(SAMPLE), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Files.deleteIfExists(Path.of(file + MergeCommand.CONFLICTS_SUFFIX));
		}
	}

	/** Loads, edits and saves one version, as an auditor's workbench would. */
	static void edit(Path file, Consumer<Engagement> change) throws Exception {
		Engagement engagement = EngagementFiles.load(file);
		change.accept(engagement);
		EngagementFiles.save(engagement.eResource(), file);
	}

	static ContractCheck check(Engagement engagement, String id) {
		return (ContractCheck) engagement.eResource().getEObject(id);
	}

	@Test
	void changesOnDifferentFieldsMergeCleanlyIntoOurs() throws Exception {
		edit(ours, e -> check(e, CHECK).setResponsibility(Responsibility.VENDOR));
		edit(theirs, e -> check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING));

		assertEquals(ExitCode.OK, run("merge", base.toString(), ours.toString(), theirs.toString()), stderr::toString);

		Engagement merged = EngagementFiles.load(ours);
		assertEquals(Responsibility.VENDOR, check(merged, CHECK).getResponsibility());
		assertEquals(AssessmentStatus.CONFORMING, check(merged, "C-2/2-A-9-①").getAssessment());
		assertFalse(Files.exists(Path.of(ours + MergeCommand.CONFLICTS_SUFFIX)));
	}

	@Test
	void conflictsLeaveAValidFileWithOursAndAListOfBoth() throws Exception {
		edit(ours, e -> check(e, CHECK).setAssessment(AssessmentStatus.CONFORMING));
		edit(theirs, e -> {
			check(e, CHECK).setAssessment(AssessmentStatus.NON_CONFORMING);
			check(e, "C-2/2-A-9-①").setConclusion("theirs");
		});
		Path output = folder.resolve("merged.kansa");

		assertEquals(ExitCode.FINDINGS, run("merge", base.toString(), ours.toString(), theirs.toString(), "--output",
				output.toString()), stderr::toString);

		Engagement merged = EngagementFiles.load(output);
		assertEquals(AssessmentStatus.CONFORMING, check(merged, CHECK).getAssessment());
		assertEquals("theirs", check(merged, "C-2/2-A-9-①").getConclusion());
		assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("C-1 × 2-A-9-①"), stdout::toString);
		@SuppressWarnings("unchecked")
		Map<String, Object> report = (Map<String, Object>) Json
				.parse(Files.readString(Path.of(output + MergeCommand.CONFLICTS_SUFFIX)));
		assertEquals(1, ((Number) report.get("decisions")).intValue());
		@SuppressWarnings("unchecked")
		Map<String, Object> conflict = ((List<Map<String, Object>>) report.get("conflicts")).get(0);
		assertEquals("FIELD", conflict.get("kind"));
		assertEquals(CHECK, conflict.get("id"));
		assertEquals("assessment", conflict.get("field"));
		assertEquals("OURS", conflict.get("kept"));
		assertTrue(!conflict.get("ours").equals(conflict.get("theirs")), conflict::toString);
	}

	@Test
	void anUnreadableInputExitsTwoAndWritesNothing() throws Exception {
		byte[] before = Files.readAllBytes(ours);
		assertEquals(ExitCode.ERROR, run("merge", base.toString(), ours.toString(), folder.resolve("none.kansa").toString()));
		assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("none.kansa"), stderr::toString);
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ours)));
	}

	@Test
	void anUnknownModelVersionIsRefusedByName() throws Exception {
		Files.writeString(theirs, Files.readString(base).replace("http://www.kansa.jp/model/kansa/1.1",
				"http://www.kansa.jp/model/kansa/9.0"));
		assertEquals(ExitCode.ERROR, run("merge", base.toString(), ours.toString(), theirs.toString()));
		String message = stderr.toString(StandardCharsets.UTF_8);
		assertTrue(message.contains("theirs.kansa") && message.contains("9.0") && message.contains("1.1"), message);
	}

	@Test
	void aVersionOneZeroFileIsMigratedAndMerged() throws Exception {
		edit(theirs, e -> check(e, CHECK).setConclusion("theirs"));
		Files.writeString(base, Files.readString(base).replace("http://www.kansa.jp/model/kansa/1.1",
				"http://www.kansa.jp/model/kansa/1.0"));
		assertEquals(ExitCode.OK, run("merge", base.toString(), ours.toString(), theirs.toString()), stderr::toString);
		assertEquals("theirs", check(EngagementFiles.load(ours), CHECK).getConclusion());
	}
}

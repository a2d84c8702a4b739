/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.RollForward;

/** {@code kansa roll-forward} on a copy of the shipped sample: 令和7年度 to 令和8年度. */
class RollForwardCommandTest extends CapturedCli {

	private static final Path SAMPLES = Path.of("../jp.kansa.model/samples");

	/** A fresh folder under target/ per test (this fragment does not import JUnit's TempDir). */
	private Path folder;

	@BeforeEach
	void freshFolder() throws IOException {
		Files.createDirectories(Path.of("target"));
		folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "roll-forward-");
	}

	private Path prior() throws IOException {
		Path priorFolder = folder.resolve("r7");
		try (Stream<Path> paths = Files.walk(SAMPLES)) {
			for (Path path : paths.toList()) {
				Path target = priorFolder.resolve(SAMPLES.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
		return priorFolder.resolve("sample-hospital.kansa");
	}

	@Test
	void rollsTheSampleForwardToReiwa8() throws IOException {
		Path prior = prior();
		Path next = folder.resolve("r8/sample-r8.kansa");

		int code = run("roll-forward", prior.toString(), "--output", next.toString(), "--name", "令和8年度 監査",
				"--as-of", "2026-09-30", "--period-start", "2026-04-01", "--period-end", "2027-03-31", "--no-annotations");

		assertEquals(ExitCode.OK, code, err());
		Engagement rolled = EngagementFiles.load(next);
		assertEquals("令和8年度 監査", rolled.getName());
		assertEquals(LocalDate.of(2026, 9, 30), rolled.getReferenceDate());
		assertEquals("../r7/sample-hospital.kansa", rolled.getPriorEngagementPath());
		assertTrue(rolled.getSignOffs().isEmpty());
		assertTrue(rolled.getContractChecks().stream().allMatch(c -> c.getAssessment() == AssessmentStatus.NOT_ASSESSED));
		assertTrue(rolled.getContractChecks().stream().allMatch(c -> c.getAnnotations().isEmpty()), "--no-annotations");
		ContractCheck done = rolled.getContractChecks().stream().filter(c -> c.getId().equals("C-1/1-A-1-①"))
				.findFirst().orElseThrow();
		assertEquals("証跡により確認した。", done.getPriorConclusion());
		assertNull(done.getConclusion());
		assertTrue(rolled.getEvidence().stream().allMatch(RollForward::isCarriedOver));
		assertArrayEquals(Files.readAllBytes(prior.resolveSibling("evidence/ehr-sla.txt")),
				Files.readAllBytes(next.resolveSibling("evidence/ehr-sla.txt")));

		assertTrue(out().contains("checks 162"), out());
		assertTrue(out().contains("3 files copied"), out());
		assertTrue(out().contains("annotations 0"), out());
		assertTrue(out().contains("Evidence expired at 2026-09-30 (2)"), out());
		assertTrue(out().contains("E-2"), out());
		assertTrue(out().contains("E-3"), out());
	}

	@Test
	void noEvidenceCopiesNothing() throws IOException {
		Path next = folder.resolve("r8/next.kansa");
		assertEquals(ExitCode.OK, run("roll-forward", prior().toString(), "--output", next.toString(), "--no-evidence"),
				err());
		assertTrue(EngagementFiles.load(next).getEvidence().isEmpty());
		assertFalse(Files.exists(next.resolveSibling("evidence")));
		assertEquals(LocalDate.of(2026, 9, 30), EngagementFiles.load(next).getReferenceDate(),
				"the 基準日 moves one year on by default");
	}

	@Test
	void refusesToOverwriteAnExistingOutput() throws IOException {
		Path existing = folder.resolve("existing.kansa");
		Files.writeString(existing, "mine");

		assertEquals(ExitCode.ERROR, run("roll-forward", prior().toString(), "--output", existing.toString()));

		assertEquals("mine", Files.readString(existing));
		assertTrue(err().contains("existing.kansa"), err());
		assertTrue(err().contains("already exists"), err());
	}

	@Test
	void badDateAndMissingOutputAreUsageErrors() throws IOException {
		Path prior = prior();
		assertEquals(ExitCode.ERROR, run("roll-forward", prior.toString(), "--output",
				folder.resolve("x.kansa").toString(), "--as-of", "2026/09/30"));
		assertTrue(err().contains("--as-of") && err().contains("2026/09/30"), err());
		assertFalse(Files.exists(folder.resolve("x.kansa")));

		assertEquals(ExitCode.ERROR, run("roll-forward", prior.toString()));
		assertTrue(err().contains("--output"), err());
	}

	@Test
	void missingPriorFileIsAnError() {
		assertEquals(ExitCode.ERROR,
				run("roll-forward", folder.resolve("nope.kansa").toString(), "--output", folder.resolve("n.kansa").toString()));
		assertTrue(err().contains("nope.kansa"), err());
	}

	@Test
	void helpListsTheCommand() {
		assertEquals(ExitCode.OK, run("--help"));
		assertTrue(out().contains("roll-forward"), out());
	}
}

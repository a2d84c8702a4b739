/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training runs of the AOT caches: the help profile asks every command of the tool for its
 * help (a command added later is covered), each command line of every profile is one the tool
 * accepts, and an unknown profile has none (CliTraining then refuses it).
 */
class CliTrainingTest {

	private static final String SAMPLE = "sample.kansa";
	@TempDir
	Path folder;

	@Test
	void theHelpProfileAsksEveryCommandForItsHelp() {
		List<String> commands = new Cli(System.out, System.err).commandNames();
		assertTrue(commands.size() >= 14, commands.toString());
		List<List<String>> lines = CliTraining.lines("help", SAMPLE, folder);
		assertEquals(List.of("--help"), lines.get(0));
		for (String command : commands) {
			assertTrue(lines.contains(List.of(command, "--help")), command);
		}
		assertEquals(commands.size() + 1, lines.size());
	}

	@Test
	void everyProfileRunsItsCommandOnTheEngagementAndEveryLineParses() throws UsageException {
		assertTrue(CliTraining.lines("validate", SAMPLE, folder).stream().allMatch(l -> l.get(0).equals("validate") && l.contains(SAMPLE)));
		assertEquals(3, CliTraining.lines("export", SAMPLE, folder).size());
		assertTrue(CliTraining.lines("export", SAMPLE, folder).stream().allMatch(l -> l.get(0).equals("export") && l.contains(SAMPLE)));
		List<List<String>> all = CliTraining.lines("all", SAMPLE, folder);
		for (String command : List.of("--help", "validate", "diff", "catalog", "export")) {
			assertTrue(all.stream().anyMatch(l -> l.get(0).equals(command)), command);
		}
		for (String profile : List.of("help", "validate", "export", "all")) {
			for (List<String> line : CliTraining.lines(profile, SAMPLE, folder)) {
				assertHelpOrAccepted(line);
			}
		}
		assertTrue(CliTraining.lines("other", SAMPLE, folder).isEmpty());
	}

	/** A line the tool rejects as usage would train the cache on an error message. */
	private static void assertHelpOrAccepted(List<String> line) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		cli.run(line.toArray(String[]::new));
		String errors = err.toString(StandardCharsets.UTF_8);
		assertTrue(!errors.contains(Messages.usageSeeHelp), line + ": " + errors);
	}
}

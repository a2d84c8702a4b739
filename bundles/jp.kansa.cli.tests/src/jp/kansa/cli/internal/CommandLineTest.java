/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

	private static final Map<String, Set<String>> COMMANDS = Map.of("catalog", Set.of("format", "output"), "export-catalog",
			Set.of("output"));

	private static CommandLine parse(String... args) throws UsageException {
		return CommandLine.parse(args, COMMANDS);
	}

	@Test
	void optionsWithSpaceOrEquals() throws Exception {
		CommandLine line = parse("catalog", "--format", "csv", "--output=/tmp/a b.csv");
		assertEquals("catalog", line.command());
		assertEquals(Map.of("format", "csv", "output", "/tmp/a b.csv"), line.options());
		assertFalse(line.help());
	}

	@Test
	void defaultsWhenAbsent() throws Exception {
		assertEquals("json", parse("catalog").option("format", "json"));
	}

	@Test
	void valueMayStartWithADash() throws Exception {
		assertEquals("-", parse("catalog", "--output", "-").options().get("output"));
	}

	@Test
	void noArgumentsMeansHelp() throws Exception {
		CommandLine line = parse();
		assertTrue(line.help());
		assertNull(line.command());
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "help" })
	void toolHelp(String flag) throws Exception {
		assertTrue(parse(flag).help());
		assertEquals("catalog", parse(flag, "catalog").command());
	}

	@Test
	void commandHelp() throws Exception {
		CommandLine line = parse("export-catalog", "--help");
		assertTrue(line.help());
		assertEquals("export-catalog", line.command());
	}

	@Test
	void refusals() {
		assertTrue(assertThrows(UsageException.class, () -> parse("bogus")).getMessage().contains("bogus"));
		assertTrue(assertThrows(UsageException.class, () -> parse("catalog", "--lang", "en")).getMessage().contains("--lang"));
		assertTrue(assertThrows(UsageException.class, () -> parse("catalog", "--output")).getMessage().contains("--output"));
		assertTrue(assertThrows(UsageException.class, () -> parse("catalog", "stray")).getMessage().contains("stray"));
		assertTrue(assertThrows(UsageException.class, () -> parse("catalog", "--format", "csv", "--format=json"))
				.getMessage().contains("--format"));
	}
}

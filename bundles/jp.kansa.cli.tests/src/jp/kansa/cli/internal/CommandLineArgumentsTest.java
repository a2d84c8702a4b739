/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Positional arguments and flags, as {@code import <file.kansa> <workpaper.xlsx> --dry-run} uses them. */
class CommandLineArgumentsTest {

	private static CommandLine parse(String... args) throws UsageException {
		return CommandLine.parse(args, Map.of("import", Set.of("format"), "catalog", Set.of("format")),
				Map.of("import", Set.of("dry-run")), Map.of("import", 2));
	}

	@Test
	void positionalArgumentsAndAFlagInAnyOrder() throws UsageException {
		CommandLine line = parse("import", "--dry-run", "a.kansa", "--format", "json", "b.xlsx");
		assertEquals(List.of("a.kansa", "b.xlsx"), line.arguments());
		assertTrue(line.flag("dry-run"));
		assertEquals("json", line.option("format", "text"));
	}

	@Test
	void flagIsFalseWhenAbsent() throws UsageException {
		assertFalse(parse("import", "a", "b").flag("dry-run"));
	}

	@Test
	void tooManyArgumentsAndArgumentsOfOtherCommandsAreRefused() {
		assertThrows(UsageException.class, () -> parse("import", "a", "b", "c"));
		assertThrows(UsageException.class, () -> parse("catalog", "a"));
		assertThrows(UsageException.class, () -> parse("import", "--dry-run", "--dry-run", "a", "b"));
		assertThrows(UsageException.class, () -> parse("import", "-x", "a", "b"));
	}
}

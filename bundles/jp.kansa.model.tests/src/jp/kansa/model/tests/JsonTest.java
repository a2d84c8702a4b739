/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.kansa.model.json.Json;

/** The one JSON reader and writer of the command line's reports and the team's conflicts file. */
class JsonTest {

	@Test
	void whatIsWrittenReadsBackTheSame() {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("file", "みなと総合病院.kansa"); //$NON-NLS-1$ //$NON-NLS-2$
		report.put("text", "改行\n\"引用\" \\ タブ\t\u0001 \u2028"); //$NON-NLS-1$ //$NON-NLS-2$
		report.put("count", Double.valueOf(54));
		report.put("ok", Boolean.FALSE);
		report.put("none", null);
		report.put("empty", List.of());
		report.put("items", List.of(Map.of("id", "C-2/2-A-9-①"), List.of())); //$NON-NLS-1$ //$NON-NLS-2$
		String written = Json.write(report);
		assertEquals(report, Json.parse(written));
		assertTrue(written.endsWith("}\n"), written); //$NON-NLS-1$
		assertTrue(written.contains("\\u0001") && written.contains("\\u2028"), written); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theWriterIndentsByTwoSpaces() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("a", List.of(Double.valueOf(1), "x")); //$NON-NLS-1$ //$NON-NLS-2$
		value.put("b", Map.of()); //$NON-NLS-1$
		assertEquals("{\n  \"a\": [\n    1.0,\n    \"x\"\n  ],\n  \"b\": {}\n}\n", Json.write(value)); //$NON-NLS-1$
	}

	@Test
	void whatIsNotJsonIsNotWritten() {
		assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(new Object())));
	}

	@Test
	void objectsKeepTheirOrder() {
		Map<?, ?> map = (Map<?, ?>) Json.parse("{\"z\": 1, \"a\": 2, \"m\": [true, null]}"); //$NON-NLS-1$
		assertEquals(List.of("z", "a", "m"), List.copyOf(map.keySet())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(Arrays.asList(Boolean.TRUE, null), map.get("m")); //$NON-NLS-1$
	}

	/** Damaged, truncated or foreign text: one clear message with the place, never another exception. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"'{\"a\": 1'|the text ends where '}' should be at character 7",
			"'{\"a\": \"abc'|the text ends inside a string at character 10",
			"'\"abc\\'|the text ends inside a string at character 5",
			"'\"\\u12'|the text ends inside a \\u escape at character 3",
			"'\"\\u12zz\"'|not a hexadecimal digit in a \\u escape at character 5",
			"'\"\\q\"'|an unknown escape \\q at character 2",
			"'{\"a\": 1, \"a\": 2}'|the key \"a\" twice at character 9",
			"'[1] x'|text after the end at character 4",
			"''|the text ends where a value should be at character 0",
			"'[--]'|not a number at character 1",
			"'<xml/>'|unexpected '<' at character 0" })
	void badTextIsNamedWithItsPlace(String text, String message) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(text));
		assertEquals("JSON: " + message, e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void aControlCharacterInsideAStringIsRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("\"a\nb\"")); //$NON-NLS-1$
		assertEquals("JSON: a control character inside a string at character 2", e.getMessage()); //$NON-NLS-1$
	}
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import jp.kansa.model.json.Json;

/** The tool as a script sees it: exit code, standard output, standard error, files. */
class CliTest extends CapturedCli {

	private static final Path OUT = Path.of("target", "cli-test");

	@BeforeAll
	static void folder() throws Exception {
		Files.createDirectories(OUT);
	}

	@Test
	void catalogCsvHasOneRowPerReference() throws Exception {
		Path file = OUT.resolve("catalog.csv");
		assertEquals(ExitCode.OK, run("catalog", "--format", "csv", "--output", file.toString()), err());
		byte[] bytes = Files.readAllBytes(file);
		assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte order mark");
		assertEquals(0xBB, bytes[1] & 0xFF);
		assertEquals(0xBF, bytes[2] & 0xFF);
		List<List<String>> records = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
		assertEquals(CatalogCsv.HEADER, records.get(0));
		assertEquals(1 + 110, records.size(), "header and one row per check point reference");
		records.forEach(r -> assertEquals(CatalogCsv.HEADER.size(), r.size()));
		List<String> row = records.stream().filter(r -> r.get(0).equals("2-A-9-①")).findFirst().orElseThrow();
		assertEquals("mhlw-gl-6.0/企画管理編/7", row.get(CatalogCsv.HEADER.indexOf("target_id")));
		assertEquals("7", row.get(CatalogCsv.HEADER.indexOf("section_number")));
		assertTrue(out().isEmpty(), "nothing on standard output when writing a file");
	}

	@Test
	@SuppressWarnings("unchecked")
	void catalogJsonParsesAndHoldsEveryCheckPointAndReference() {
		assertEquals(ExitCode.OK, run("catalog"), err());
		Map<String, Object> root = (Map<String, Object>) Json.parse(out());
		assertEquals("kakuninhyo", root.get("id"));
		int checkPoints = 0;
		int references = 0;
		Map<String, Object> sample = null;
		for (Object part : (List<Object>) root.get("parts")) {
			for (Object category : (List<Object>) ((Map<String, Object>) part).get("categories")) {
				for (Object item : (List<Object>) ((Map<String, Object>) category).get("items")) {
					for (Object cp : (List<Object>) ((Map<String, Object>) item).get("checkPoints")) {
						Map<String, Object> checkPoint = (Map<String, Object>) cp;
						checkPoints++;
						List<Object> refs = (List<Object>) checkPoint.get("references");
						references += refs.size();
						if (checkPoint.get("id").equals("1-B-3-①")) {
							sample = (Map<String, Object>) refs.get(0);
						}
					}
				}
			}
		}
		assertEquals(54, checkPoints);
		assertEquals(110, references);
		assertTrue(sample.keySet().containsAll(List.of("targetId", "sectionNumber", "title", "titleStatus")), sample.toString());
	}

	@Test
	void unwritableOutputNamesTheFileAndTheCause() {
		String file = OUT.resolve("no-such-folder").resolve("x.csv").toString();
		assertEquals(ExitCode.ERROR, run("catalog", "--format", "csv", "--output", file));
		assertTrue(err().contains(file + ": No such file or directory"), err());
		assertFalse(err().contains("\tat "), "no stack trace for a user error: " + err());
		assertFalse(Files.exists(Path.of(file)));
	}

	@Test
	void unwritableWorkbookNamesTheFileAndTheCause() {
		String file = OUT.resolve("no-such-folder").resolve("x.xlsx").toString();
		assertEquals(ExitCode.ERROR, run("export-catalog", "--output", file));
		assertTrue(err().contains(file + ": No such file or directory"), err());
		assertFalse(err().contains("\tat "), err());
	}

	@Test
	void aFolderIsNotAnOutputFile() throws Exception {
		Path folder = Files.createDirectories(OUT.resolve("a-folder"));
		assertEquals(ExitCode.ERROR, run("catalog", "--output", folder.toString()));
		assertTrue(err().contains(folder + ": Is a directory"), err());
		assertTrue(Files.isDirectory(folder), "the folder is left alone");
		assertEquals(ExitCode.ERROR, run("export-catalog", "--output", folder.toString()));
		assertTrue(Files.isDirectory(folder));
	}

	@Test
	void exportCatalogWritesAWorkbook() throws Exception {
		Path file = OUT.resolve("catalog.xlsx");
		assertEquals(ExitCode.OK, run("export-catalog", "--output", file.toString()), err());
		byte[] bytes = Files.readAllBytes(file);
		assertTrue(bytes.length > 10_000);
		assertEquals('P', bytes[0]);
		assertEquals('K', bytes[1]);
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertEquals(ExitCode.ERROR, run("bogus"));
		assertEquals(ExitCode.ERROR, run("catalog", "--format", "xml"));
		assertTrue(err().contains("xml"), err());
		assertEquals(ExitCode.ERROR, run("export-catalog"));
		assertTrue(err().contains("--output"), err());
		assertFalse(err().contains("\tat "), err());
	}

	@Test
	void helpForTheToolAndEachCommand() {
		assertEquals(ExitCode.OK, run("--help"));
		assertTrue(out().contains("catalog") && out().contains("export-catalog"), out());
		stdout.reset();
		assertEquals(ExitCode.OK, run("catalog", "--help"));
		assertTrue(out().contains("--format"), out());
		stdout.reset();
		assertEquals(ExitCode.OK, run("export-catalog", "--help"));
		assertTrue(out().contains("--output"), out());
	}

	/** RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i++;
			} else {
				field.append(c);
			}
		}
		assertTrue(record.isEmpty() && field.isEmpty(), "file ends with CRLF");
		return records;
	}
}

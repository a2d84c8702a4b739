/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kansa import} handed a damaged workpaper, as a user on a terminal meets it: exit code
 * 2, one line naming the file and the real cause (the part, the sheet), and nothing else on
 * stderr — no Java exception text, no {@code FATAL XMLHelper} line of POI's.
 */
class ImportRefusalTest {

	private static final Path OUT = Path.of("target", "cli-import-refusal");
	private static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa");
	/** 確認表2 in the exported workpaper: 表紙, サマリー, 確認表1, 確認表2 are sheet1..4. */
	private static final String PART2 = "xl/worksheets/sheet4.xml";
	private static final String RELS = "xl/_rels/workbook.xml.rels";

	private static Path engagement;
	private static Path exported;
	private static byte[] engagementBytes;

	@BeforeAll
	static void export() throws Exception {
		Files.createDirectories(OUT);
		engagement = Files.copy(SAMPLE, OUT.resolve("engagement.kansa"), StandardCopyOption.REPLACE_EXISTING);
		engagementBytes = Files.readAllBytes(engagement);
		exported = OUT.resolve("exported.xlsx");
		ByteArrayOutputStream ignored = new ByteArrayOutputStream();
		PrintStream sink = new PrintStream(ignored, true, StandardCharsets.UTF_8);
		assertEquals(ExitCode.OK, new Cli(sink, sink).run(new String[] { "export", engagement.toString(), "--output",
				exported.toString() }), ignored.toString(StandardCharsets.UTF_8));
	}

	/** Builds one damaged copy of the exported workpaper, by the name of the damage. */
	private static Path damaged(String damage) throws IOException {
		Path file = OUT.resolve(damage + ".xlsx");
		byte[] bytes = Files.readAllBytes(exported);
		return switch (damage) {
		case "truncated" -> Files.write(file, Arrays.copyOf(bytes, bytes.length * 2 / 3));
		case "one-byte" -> Files.write(file, new byte[] { 'P' });
		case "malformed-relationships" -> rewrite(file, RELS, xml -> xml.substring(0, xml.length() / 2), false);
		case "malformed-sheet" -> rewrite(file, PART2, xml -> xml.substring(0, xml.length() / 2), false);
		case "missing-workbook" -> rewrite(file, "xl/workbook.xml", null, false);
		case "missing-sheet" -> rewrite(file, PART2, null, false);
		case "wrong-crc" -> rewrite(file, PART2, xml -> xml.replaceFirst("<t>未評価</t>", "<t>適合</t>"), true);
		case "encrypted-entry" -> patch(Files.write(file, bytes), PART2, 8, 1);
		case "lzma" -> patch(Files.write(file, bytes), PART2, 10, 14);
		default -> throw new IllegalArgumentException(damage);
		};
	}

	/** A copy with one part changed ({@code null}: removed), its checksum kept from before if asked. */
	private static Path rewrite(Path file, String part, UnaryOperator<String> change, boolean keepChecksum)
			throws IOException {
		CRC32 before = new CRC32();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(exported));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(part)) {
					if (change == null) {
						continue;
					}
					before.update(content);
					content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		return keepChecksum ? patch(file, part, 16, (int) before.getValue()) : file;
	}

	/**
	 * Overwrites a field of a part's central-directory record (8 flags, 10 method: 2 bytes;
	 * 16 CRC-32: 4 bytes), as a hex editor would; flags are OR-ed in.
	 */
	private static Path patch(Path file, String part, int field, int value) throws IOException {
		byte[] zip = Files.readAllBytes(file);
		ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		int eocd = zip.length - 22;
		while (b.getInt(eocd) != 0x06054b50) {
			eocd--;
		}
		int at = b.getInt(eocd + 16);
		for (int i = 0, n = b.getShort(eocd + 10) & 0xFFFF; i < n; i++) {
			int nameLength = b.getShort(at + 28) & 0xFFFF;
			if (new String(zip, at + 46, nameLength, StandardCharsets.UTF_8).equals(part)) {
				switch (field) {
				case 8 -> b.putShort(at + 8, (short) (b.getShort(at + 8) | value));
				case 10 -> b.putShort(at + 10, (short) value);
				default -> b.putInt(at + field, value);
				}
			}
			at += 46 + nameLength + (b.getShort(at + 30) & 0xFFFF) + (b.getShort(at + 32) & 0xFFFF);
		}
		return Files.write(file, zip);
	}

	@ParameterizedTest
	@ValueSource(strings = { "truncated", "one-byte", "malformed-relationships", "malformed-sheet", "missing-workbook",
			"missing-sheet", "wrong-crc", "encrypted-entry", "lzma" })
	void damagedWorkpaperIsOneClearLineAndNothingElseOnStderr(String damage) throws Exception {
		Path file = damaged(damage);
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		ByteArrayOutputStream processErr = new ByteArrayOutputStream();
		PrintStream original = System.err;
		int code;
		System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
		try {
			code = new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8),
					new PrintStream(stderr, true, StandardCharsets.UTF_8))
					.run(new String[] { "import", engagement.toString(), file.toString() });
		} finally {
			System.setErr(original);
		}
		String err = stderr.toString(StandardCharsets.UTF_8);
		System.out.println(damage + ": " + err.strip());
		assertEquals(ExitCode.ERROR, code, err);
		assertEquals("", processErr.toString(StandardCharsets.UTF_8), "nothing but the command's own line on stderr");
		assertFalse(LogManager.getLogger("org.apache.poi.util.XMLHelper").isFatalEnabled(),
				"POI's FATAL lines are off, also for a logger context made before this test");
		assertEquals(1, err.strip().lines().count(), err);
		assertTrue(err.contains(file.toString()), err);
		for (String javaWords : new String[] { "Exception", "Cannot invoke", "is null", "FATAL", "XMLHelper", "CSV",
				"Office Open XML" }) {
			assertFalse(err.contains(javaWords), err);
		}
		String named = switch (damage) {
		case "malformed-relationships" -> RELS;
		case "malformed-sheet", "missing-sheet" -> "確認表2";
		case "wrong-crc" -> "CRC-32";
		case "encrypted-entry" -> PART2;
		case "lzma" -> "LZMA";
		case "missing-workbook" -> "xl/workbook.xml";
		default -> "";
		};
		assertTrue(err.contains(named), err);
		assertArrayEquals(engagementBytes, Files.readAllBytes(engagement), "the engagement is untouched");
	}
}

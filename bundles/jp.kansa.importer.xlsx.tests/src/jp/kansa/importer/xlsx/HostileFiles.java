/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Crafts the files a careless or hostile sender could hand in, from a valid workpaper. */
final class HostileFiles {

	/** The part of the first Part sheet in a workbook written by XSSF. */
	static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";
	static final String SHARED_STRINGS = "xl/sharedStrings.xml";

	@FunctionalInterface
	interface EntryWriter {
		void write(byte[] original, OutputStream out) throws IOException;
	}

	private HostileFiles() {
	}

	/** A copy of the xlsx with one part's content replaced, everything else byte for byte. */
	static Path rewrite(Path xlsx, Path target, String entryName, EntryWriter writer) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(entryName)) {
					writer.write(content, out);
				} else {
					out.write(content);
				}
				out.closeEntry();
			}
		}
		return target;
	}

	/**
	 * A zip bomb: the first sheet becomes {@code megabytes} of white space inside valid XML, which
	 * deflate packs about 1000:1 (300 MB → about 300 KB on disk).
	 */
	static Path zipBomb(Path xlsx, Path target, int megabytes) throws IOException {
		return rewrite(xlsx, target, FIRST_SHEET, (original, out) -> {
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
					+ "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < megabytes; i++) {
				out.write(spaces);
			}
			out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		});
	}

	/** Replaces the shared string {@code placeholder} by {@code length} random letters: Excel could never save it. */
	static Path hugeSharedString(Path xlsx, Path target, String placeholder, int length) throws IOException {
		return rewrite(xlsx, target, SHARED_STRINGS, (original, out) -> {
			String xml = new String(original, StandardCharsets.UTF_8);
			int at = xml.indexOf(placeholder);
			if (at < 0) {
				throw new IOException("placeholder not in shared strings");
			}
			out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
			Random random = new Random(42);
			byte[] chunk = new byte[64 * 1024];
			for (int written = 0; written < length; written += chunk.length) {
				for (int i = 0; i < chunk.length; i++) {
					chunk[i] = (byte) ('a' + random.nextInt(26));
				}
				out.write(chunk, 0, Math.min(chunk.length, length - written));
			}
			out.write(xml.substring(at + placeholder.length()).getBytes(StandardCharsets.UTF_8));
		});
	}

	static Path truncated(Path xlsx, Path target) throws IOException {
		byte[] bytes = Files.readAllBytes(xlsx);
		Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		return target;
	}

	static Path randomBytes(Path target) throws IOException {
		byte[] bytes = new byte[4096];
		new Random(7).nextBytes(bytes);
		bytes[0] = (byte) 0xFF; // never a magic number by chance
		Files.write(target, bytes);
		return target;
	}

	static byte[] read(InputStream in) throws IOException {
		return in.readAllBytes();
	}
}

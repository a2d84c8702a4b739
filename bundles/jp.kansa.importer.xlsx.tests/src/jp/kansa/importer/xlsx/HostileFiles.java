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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipFile;
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

	/** The part of 確認表2 in an exported workpaper: 表紙, サマリー, 確認表1, 確認表2 are sheet1..4. */
	static final String EXPORTED_PART2 = "xl/worksheets/sheet4.xml";

	/** A copy with one part's text changed, everything else as it was. */
	static Path rewriteText(Path xlsx, Path target, String entryName, UnaryOperator<String> change) throws IOException {
		return rewrite(xlsx, target, entryName, (original, out) -> {
			String before = new String(original, StandardCharsets.UTF_8);
			String after = change.apply(before);
			if (after.equals(before)) {
				throw new IOException("the change does not apply to " + entryName);
			}
			out.write(after.getBytes(StandardCharsets.UTF_8));
		});
	}

	/** A copy without one part. */
	static Path without(Path xlsx, Path target, String entryName) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (!entry.getName().equals(entryName)) {
					out.putNextEntry(new ZipEntry(entry.getName()));
					out.write(content);
					out.closeEntry();
				}
			}
		}
		return target;
	}

	/**
	 * A part changed after the file was written, its checksum left as it was: what a careless
	 * tool or a tamperer leaves, and what a damaged disk sector looks like.
	 */
	static Path changedKeepingChecksum(Path xlsx, Path target, String entryName, UnaryOperator<String> change)
			throws IOException {
		CRC32 original = new CRC32();
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			original.update(zip.getInputStream(zip.getEntry(entryName)).readAllBytes());
		}
		rewriteText(xlsx, target, entryName, change);
		return patchHeaders(target, target, entryName, 0, null, Long.valueOf(original.getValue()));
	}

	/**
	 * Sets fields of one part's headers as a hex editor would: general-purpose flags (OR-ed in),
	 * compression method, CRC-32, in the central directory and the local header alike.
	 */
	static Path patchHeaders(Path xlsx, Path target, String entryName, int flags, Integer method, Long crc)
			throws IOException {
		byte[] zip = Files.readAllBytes(xlsx);
		ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		int eocd = zip.length - 22;
		while (b.getInt(eocd) != 0x06054b50) {
			eocd--;
		}
		int count = b.getShort(eocd + 10) & 0xFFFF;
		int at = b.getInt(eocd + 16);
		boolean found = false;
		for (int i = 0; i < count; i++) {
			int nameLength = b.getShort(at + 28) & 0xFFFF;
			int extraLength = b.getShort(at + 30) & 0xFFFF;
			int commentLength = b.getShort(at + 32) & 0xFFFF;
			String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
			if (name.equals(entryName)) {
				found = true;
				int local = b.getInt(at + 42);
				b.putShort(at + 8, (short) (b.getShort(at + 8) | flags));
				b.putShort(local + 6, (short) (b.getShort(local + 6) | flags));
				if (method != null) {
					b.putShort(at + 10, method.shortValue());
					b.putShort(local + 8, method.shortValue());
				}
				if (crc != null) {
					b.putInt(at + 16, crc.intValue());
					if ((b.getShort(local + 6) & 8) == 0) { // no data descriptor: the local header holds it too
						b.putInt(local + 14, crc.intValue());
					}
				}
			}
			at += 46 + nameLength + extraLength + commentLength;
		}
		if (!found) {
			throw new IOException("no part " + entryName);
		}
		Files.write(target, zip);
		return target;
	}

	static byte[] read(InputStream in) throws IOException {
		return in.readAllBytes();
	}
}

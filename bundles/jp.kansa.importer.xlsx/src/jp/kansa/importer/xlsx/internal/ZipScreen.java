/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import jp.kansa.importer.xlsx.ImportLimits;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;

/**
 * Reads the zip container of an xlsx before POI does, so that damage gets its own message and
 * is never taken for content: POI's zip reader neither checks an entry's CRC-32 (a changed part
 * with its old checksum would be applied) nor tells a truncated file, an encrypted entry or an
 * LZMA entry from "not a spreadsheet". Reads the central directory itself (the end of a
 * truncated file is gone), then inflates every part once, bounded like POI's zip-bomb guard,
 * and compares its checksum. A workpaper is a few MB, so the extra pass costs milliseconds.
 */
final class ZipScreen {

	private static final int EOCD_SIGNATURE = 0x06054b50;
	private static final int EOCD_LENGTH = 22;
	private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
	private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
	private static final int CEN_SIGNATURE = 0x02014b50;
	private static final int CEN_LENGTH = 46;
	private static final int LOC_SIGNATURE = 0x04034b50;
	private static final int MAX_COMMENT = 0xFFFF;
	private static final int FLAG_ENCRYPTED = 1;
	private static final int FLAG_STRONG_ENCRYPTION = 0x40;
	private static final int STORED = 0;
	private static final int DEFLATED = 8;
	/** The zip method of AES-encrypted entries (WinZip AE-x). */
	private static final int AES = 99;
	/** Package parts (content types, relationships) are a few KB; larger ones are left to POI. */
	private static final int MAX_PACKAGE_XML = 4 * 1024 * 1024;
	/** Inflated bytes under which a high ratio is no sign of a bomb (POI's grace size too). */
	private static final long GRACE_BYTES = 100 * 1024;
	/** All parts together may inflate to this many times the limit of one part. */
	private static final int TOTAL_ENTRY_FACTOR = 4;

	/** One central-directory record: what the directory promises about a part. */
	private record Entry(String name, int flags, int method, long crc, long localOffset) {
	}

	private final Path file;
	private final ImportLimits limits;

	private ZipScreen(Path file, ImportLimits limits) {
		this.file = file;
		this.limits = limits;
	}

	static void check(Path file, ImportLimits limits) throws WorkpaperRefusedException {
		new ZipScreen(file, limits).check();
	}

	private void check() throws WorkpaperRefusedException {
		Map<String, Entry> entries;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			entries = directory(channel);
		} catch (IOException e) {
			throw Refusals.of(file, NLS.bind(Messages.refusedUnreadable, Refusals.reason(e)), e);
		}
		for (Entry entry : entries.values()) {
			if ((entry.flags() & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) != 0 || entry.method() == AES) {
				throw Refusals.of(file, NLS.bind(Messages.refusedEncryptedEntry, entry.name()), null);
			}
			if (entry.method() != STORED && entry.method() != DEFLATED) {
				throw Refusals.of(file, NLS.bind(Messages.refusedCompression, entry.name(), methodName(entry.method())),
						null);
			}
		}
		verifyContent(entries);
	}

	/** The central directory, read from the end of the file; a file cut short has none. */
	private Map<String, Entry> directory(FileChannel channel) throws IOException, WorkpaperRefusedException {
		long size = channel.size();
		int tailLength = (int) Math.min(size, EOCD_LENGTH + MAX_COMMENT);
		ByteBuffer tail = read(channel, size - tailLength, tailLength);
		int eocd = -1;
		for (int i = tailLength - EOCD_LENGTH; i >= 0; i--) {
			if (tail.getInt(i) == EOCD_SIGNATURE) {
				eocd = i;
				break;
			}
		}
		if (eocd < 0) {
			throw truncated(size);
		}
		long eocdPosition = size - tailLength + eocd;
		long count = tail.getShort(eocd + 10) & 0xFFFF;
		long directorySize = tail.getInt(eocd + 12) & 0xFFFFFFFFL;
		long directoryOffset = tail.getInt(eocd + 16) & 0xFFFFFFFFL;
		if (count == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
			long[] zip64 = zip64Directory(channel, eocdPosition);
			count = zip64[0];
			directorySize = zip64[1];
			directoryOffset = zip64[2];
		}
		if (directoryOffset + directorySize > eocdPosition || directorySize > Integer.MAX_VALUE
				|| count > PoiZipLimits.MAX_FILE_COUNT) {
			throw count > PoiZipLimits.MAX_FILE_COUNT ? damaged(NLS.bind(Messages.reasonTooManyParts, count))
					: truncated(size);
		}
		ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
		Map<String, Entry> entries = new HashMap<>();
		int at = 0;
		for (long i = 0; i < count; i++) {
			if (at + CEN_LENGTH > directorySize || directory.getInt(at) != CEN_SIGNATURE) {
				throw damaged(Messages.reasonDirectory);
			}
			int flags = directory.getShort(at + 8) & 0xFFFF;
			int method = directory.getShort(at + 10) & 0xFFFF;
			long crc = directory.getInt(at + 16) & 0xFFFFFFFFL;
			int nameLength = directory.getShort(at + 28) & 0xFFFF;
			int extraLength = directory.getShort(at + 30) & 0xFFFF;
			int commentLength = directory.getShort(at + 32) & 0xFFFF;
			long localOffset = directory.getInt(at + 42) & 0xFFFFFFFFL;
			if (at + CEN_LENGTH + nameLength > directorySize) {
				throw damaged(Messages.reasonDirectory);
			}
			byte[] name = new byte[nameLength];
			directory.get(at + CEN_LENGTH, name);
			Entry entry = new Entry(new String(name, StandardCharsets.UTF_8), flags, method, crc, localOffset);
			if (localOffset != 0xFFFFFFFFL && !hasLocalHeader(channel, localOffset, directoryOffset)) {
				throw truncated(size);
			}
			entries.put(entry.name(), entry);
			at += CEN_LENGTH + nameLength + extraLength + commentLength;
		}
		return entries;
	}

	/** {entries, size, offset} of a zip64 end record; a zip64 file is rare but legal. */
	private long[] zip64Directory(FileChannel channel, long eocdPosition) throws IOException, WorkpaperRefusedException {
		if (eocdPosition < 20) {
			throw damaged(Messages.reasonDirectory);
		}
		ByteBuffer locator = read(channel, eocdPosition - 20, 20);
		if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
			throw damaged(Messages.reasonDirectory);
		}
		long recordOffset = locator.getLong(8);
		if (recordOffset < 0 || recordOffset + 56 > eocdPosition) {
			throw damaged(Messages.reasonDirectory);
		}
		ByteBuffer record = read(channel, recordOffset, 56);
		if (record.getInt(0) != ZIP64_EOCD_SIGNATURE) {
			throw damaged(Messages.reasonDirectory);
		}
		return new long[] { record.getLong(32), record.getLong(40), record.getLong(48) };
	}

	private static boolean hasLocalHeader(FileChannel channel, long offset, long directoryOffset) throws IOException {
		return offset + 30 <= directoryOffset && read(channel, offset, 4).getInt(0) == LOC_SIGNATURE;
	}

	private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				break;
			}
		}
		return buffer.clear();
	}

	/**
	 * Inflates every part, bounded, and compares its CRC-32 with the directory's. Read with the
	 * zip reader POI itself uses (commons-compress), so no file POI reads well is refused for a
	 * stricter reader's reasons. (The constructor, not the builder: the builder's type comes from
	 * commons-io, which this bundle would then have to wire to the same version as compress.)
	 */
	@SuppressWarnings("deprecation")
	private void verifyContent(Map<String, Entry> directory) throws WorkpaperRefusedException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file)) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (entry.isDirectory()) {
					continue;
				}
				Entry promised = directory.get(entry.getName());
				CRC32 crc = new CRC32();
				long inflated = 0;
				ByteArrayOutputStream xml = isPackageXml(entry.getName()) ? new ByteArrayOutputStream() : null;
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
						crc.update(buffer, 0, n);
						inflated += n;
						total += n;
						checkBomb(entry, inflated, total);
						if (xml != null && inflated <= MAX_PACKAGE_XML) {
							xml.write(buffer, 0, n);
						}
					}
				} catch (IOException e) {
					throw Refusals.of(file, NLS.bind(Messages.refusedEntryDamaged, entry.getName(), Refusals.reason(e)), e);
				}
				if (promised != null && crc.getValue() != promised.crc()) {
					throw Refusals.of(file, NLS.bind(Messages.refusedCrc, entry.getName()), null);
				}
				if (xml != null && inflated <= MAX_PACKAGE_XML) {
					checkWellFormed(entry.getName(), xml.toByteArray());
				}
			}
		} catch (IOException e) {
			throw damaged(Refusals.reason(e));
		}
	}

	/**
	 * The parts POI parses as DOM while it opens the package (content types, relationships,
	 * document properties). A malformed one made POI log {@code FATAL XMLHelper} on stderr and
	 * fail with "no core document found"; checked here, it is named with its line.
	 */
	private static boolean isPackageXml(String name) {
		return name.equals("[Content_Types].xml") || name.endsWith(".rels") || name.startsWith("docProps/");
	}

	private void checkWellFormed(String name, byte[] xml) throws WorkpaperRefusedException {
		try {
			XmlParsing.checkWellFormed(xml);
		} catch (SAXParseException e) {
			throw Refusals.of(file, WorkbookStream.xmlReason(Messages.refusedPartXml, name, e), e);
		} catch (IOException | SAXException e) {
			throw Refusals.of(file, NLS.bind(Messages.refusedEntryDamaged, name, Refusals.reason(e)), e);
		}
	}

	private void checkBomb(ZipArchiveEntry entry, long inflated, long total) throws WorkpaperRefusedException {
		String reason = null;
		if (inflated > limits.maxEntryBytes()) {
			reason = NLS.bind(Messages.reasonEntryTooLarge, entry.getName(), String.format("%,d", limits.maxEntryBytes()));
		} else if (inflated > GRACE_BYTES && entry.getCompressedSize() >= 0
				&& (double) entry.getCompressedSize() / inflated < limits.minInflateRatio()) {
			reason = NLS.bind(Messages.reasonRatio, entry.getName(), String.format("%,.0f", 1 / limits.minInflateRatio()));
		} else if (total > TOTAL_ENTRY_FACTOR * limits.maxEntryBytes()) {
			reason = NLS.bind(Messages.reasonTotalTooLarge, String.format("%,d", TOTAL_ENTRY_FACTOR * limits.maxEntryBytes()));
		}
		if (reason != null) {
			throw Refusals.of(file, NLS.bind(Messages.refusedZipBomb, reason), null);
		}
	}

	private WorkpaperRefusedException truncated(long size) {
		return Refusals.of(file, NLS.bind(Messages.refusedTruncated, String.format("%,d", size)), null);
	}

	private WorkpaperRefusedException damaged(String reason) {
		return Refusals.of(file, NLS.bind(Messages.refusedDamaged, reason), null);
	}

	/** The name of a zip compression method, as the zip specification (APPNOTE 4.4.5) gives it. */
	static String methodName(int method) {
		String name = switch (method) {
		case 1 -> "Shrink";
		case 6 -> "Implode";
		case 9 -> "Deflate64";
		case 12 -> "BZIP2";
		case 14 -> "LZMA";
		case 93 -> "Zstandard";
		case 95 -> "XZ";
		case 98 -> "PPMd";
		default -> null;
		};
		return name == null ? "method " + method : name + " (method " + method + ")";
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.ImportLimits;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;

/**
 * Looks at a file before POI parses it, so that the common wrong files get a message a user
 * can act on ("save it as .xlsx", "remove the password") instead of a parser's exception.
 */
final class FileScreen {

	/** Names of the OLE2 streams an encrypted OOXML file is stored in (MS-OFFCRYPTO). */
	private static final String[] ENCRYPTION_ENTRIES = { "EncryptionInfo", "EncryptedPackage" };
	/** The BIFF stream of an .xls (Workbook; Book for Excel 5). */
	private static final String[] BIFF_ENTRIES = { "Workbook", "WORKBOOK", "Book" };

	/**
	 * The smallest zip (an empty one, its end record alone) has 22 bytes; anything shorter is no
	 * workbook, whatever its first bytes look like (a single letter is not CSV).
	 */
	private static final long MIN_ZIP_BYTES = 22;

	private FileScreen() {
	}

	static void check(Path file, ImportLimits limits) throws WorkpaperRefusedException {
		if (!Files.isRegularFile(file)) {
			throw Refusals.of(file, Messages.refusedNoFile, null);
		}
		long size;
		byte[] head;
		try {
			size = Files.size(file);
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(512);
			}
		} catch (IOException e) {
			throw Refusals.of(file, NLS.bind(Messages.refusedUnreadable, Refusals.reason(e)), e);
		}
		if (size == 0) {
			throw Refusals.of(file, Messages.refusedEmpty, null);
		}
		if (size < MIN_ZIP_BYTES) {
			throw Refusals.of(file, NLS.bind(Messages.refusedTooShort, Long.valueOf(size)), null);
		}
		if (size > limits.maxFileBytes()) {
			throw Refusals.of(file,
					NLS.bind(Messages.refusedTooLarge, String.format("%,d", size), String.format("%,d", limits.maxFileBytes())),
					null);
		}
		FileMagic magic = FileMagic.valueOf(head);
		switch (magic) {
		case OOXML -> {
			return;
		}
		case OLE2 -> throw ole2(file);
		case BIFF2, BIFF3, BIFF4 -> throw Refusals.of(file, Messages.refusedXls, null);
		default -> {
			if (looksLikeText(head)) {
				throw Refusals.of(file, Messages.refusedText, null);
			}
			throw Refusals.of(file, magic == FileMagic.UNKNOWN ? Messages.refusedUnknownBinary
					: NLS.bind(Messages.refusedOtherFormat, magic.name()), null);
		}
		}
	}

	/** An OLE2 container is either an encrypted xlsx or an old .xls (or another Office 97 file). */
	private static WorkpaperRefusedException ole2(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (Arrays.stream(ENCRYPTION_ENTRIES).anyMatch(root::hasEntryCaseInsensitive)) {
				return Refusals.of(file, Messages.refusedEncrypted, null);
			}
			if (Arrays.stream(BIFF_ENTRIES).anyMatch(root::hasEntryCaseInsensitive)) {
				return Refusals.of(file, Messages.refusedXls, null);
			}
			return Refusals.of(file, Messages.refusedOle2, null);
		} catch (IOException | RuntimeException e) {
			return Refusals.of(file, NLS.bind(Messages.refusedDamaged, Refusals.reason(e)), e);
		}
	}

	/** UTF-8 (or ASCII) without NUL bytes in the first block: CSV, TSV, HTML saved as .xlsx. */
	private static boolean looksLikeText(byte[] head) {
		int length = head.length;
		for (int i = 0; i < length; i++) {
			if (head[i] == 0) {
				return false;
			}
		}
		// the block may end inside a multi-byte character
		for (int cut = 0; cut < 4 && cut < length; cut++) {
			try {
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, length - cut));
				return true;
			} catch (CharacterCodingException e) {
				// try a shorter block
			}
		}
		return false;
	}
}

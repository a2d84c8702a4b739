/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file begins the way every XML file does, before the XML parser sees it: a workbook, a
 * PDF or a text file given as an engagement would otherwise be refused in the parser's words
 * ("content is not allowed in prolog"), which tell an auditor nothing.
 */
public final class XmlStart {

	private static final int LOOK_AHEAD = 64;

	private XmlStart() {
	}

	/**
	 * True when the first character that is not white space is something other than {@code <}. Files
	 * that begin with a byte-order mark or a zero byte are left to the encoding check, which names
	 * their encoding; an empty file is left to the reader, which says it holds nothing.
	 */
	public static boolean beginsOtherwise(Path file) throws IOException {
		byte[] head = new byte[LOOK_AHEAD];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		for (int i = 0; i < read; i++) {
			int b = head[i] & 0xFF;
			if (b == '<') {
				return false;
			}
			if (b == 0x00 || b == 0xEF || b == 0xFE || b == 0xFF) {
				return false; // a byte-order mark or UTF-16/32: the encoding check speaks
			}
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return true;
			}
		}
		return false;
	}
}

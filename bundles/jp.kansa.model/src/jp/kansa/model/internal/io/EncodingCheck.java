/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.xmi.XMIException;

/**
 * Kansa files are UTF-8 and nothing else. The XML parser would obey a file that declares
 * another encoding (Latin-1, or UTF-16 after a UTF-8 byte order mark) and open the Japanese text
 * as garbage, and it reports a broken byte without saying where; this check runs before the
 * parser and names the cause and its line and column.
 */
public final class EncodingCheck {

	private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']"); //$NON-NLS-1$
	private static final int DECLARATION_LIMIT = 1024;

	private EncodingCheck() {
	}

	/** @throws XMIException naming the problem, with its line and column */
	public static void check(byte[] bytes, String location) throws XMIException {
		if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)
				|| (bytes.length >= 4 && (bytes[0] == 0 || bytes[1] == 0))) {
			throw new XMIException(FileMessages.get("file.utf16"), location, 1, 1); //$NON-NLS-1$
		}
		int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		checkDeclaration(bytes, start, location);
		checkUtf8(bytes, start, location);
	}

	private static void checkDeclaration(byte[] bytes, int start, String location) throws XMIException {
		String head = new String(bytes, start, Math.min(bytes.length - start, DECLARATION_LIMIT), StandardCharsets.ISO_8859_1);
		if (!head.startsWith("<?xml")) { //$NON-NLS-1$
			return;
		}
		int end = head.indexOf("?>"); //$NON-NLS-1$
		Matcher matcher = ENCODING.matcher(end < 0 ? head : head.substring(0, end));
		if (matcher.find()) {
			String declared = matcher.group(1).trim();
			if (!declared.equalsIgnoreCase("UTF-8") && !declared.equalsIgnoreCase("UTF8")) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new XMIException(FileMessages.get("file.foreignEncoding", declared), location, //$NON-NLS-1$
						lineOf(bytes, start + matcher.start()), columnOf(bytes, start + matcher.start()));
			}
		}
	}

	private static void checkUtf8(byte[] bytes, int start, String location) throws XMIException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, false);
			if (result.isOverflow()) {
				out.clear();
				continue;
			}
			if (result.isError()) {
				int at = in.position();
				throw new XMIException(FileMessages.get("file.damagedUtf8", //$NON-NLS-1$
						"0x" + HexFormat.of().withUpperCase().toHexDigits(bytes[at])), //$NON-NLS-1$
						location, lineOf(bytes, at), columnOf(bytes, at));
			}
			// underflow: everything decoded, or the input ends inside a character
			if (in.hasRemaining()) {
				int at = in.position();
				throw new XMIException(FileMessages.get("file.truncatedUtf8"), location, lineOf(bytes, at), //$NON-NLS-1$
						columnOf(bytes, at));
			}
			return;
		}
	}

	private static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/** Counted in characters, as an editor shows it: continuation bytes do not start a column. */
	private static int columnOf(byte[] bytes, int offset) {
		int column = 1;
		for (int i = offset - 1; i >= 0 && bytes[i] != '\n'; i--) {
			if ((bytes[i] & 0xC0) != 0x80) {
				column++;
			}
		}
		return column;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}

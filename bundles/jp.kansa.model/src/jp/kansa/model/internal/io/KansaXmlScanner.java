/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a file in the strict subset of XML that Kansa writes, for
 * {@link FastEngagementReader}: names of ASCII letters, digits, '_', '-', '.' and at most one
 * ':', double-quoted attribute values and text with XML's five entities and character
 * references, and strict UTF-8 (checked as {@link EncodingCheck} checks it, so a file read here
 * needs no separate pass). Anything else throws {@link GiveUp}. It knows nothing of the model:
 * the reader asks for names by their position and compares them as bytes.
 */
final class KansaXmlScanner {

	private final byte[] bytes;
	private final StringBuilder text = new StringBuilder();
	private int at;

	KansaXmlScanner(byte[] bytes) {
		this.bytes = bytes;
	}

	byte[] bytes() {
		return bytes;
	}

	int position() {
		return at;
	}

	boolean atEnd() {
		return at == bytes.length;
	}

	/** The bytes {@code [start, end)} as ASCII: names only, which {@link #name()} keeps ASCII. */
	String ascii(int start, int end) {
		return new String(bytes, start, end - start, StandardCharsets.US_ASCII);
	}

	/** Gives up unless the file starts with {@code prefix}, and skips it. */
	void expectStart(byte[] prefix) {
		if (bytes.length < prefix.length || !Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length)) {
			throw GiveUp.INSTANCE;
		}
		at = prefix.length;
	}

	/**
	 * Skips a name of ASCII letters, digits, '_', '-', '.' and at most one ':' (no other name is
	 * Kansa's); {@code true} if it has a prefix.
	 */
	boolean name() {
		int start = at;
		int colons = 0;
		while (at < bytes.length) {
			int b = bytes[at];
			if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
					|| at > start && (b >= '0' && b <= '9' || b == '-' || b == '.')) {
				at++;
			} else if (b == ':' && at > start) {
				colons++;
				at++;
			} else {
				break;
			}
		}
		if (at == start || colons > 1 || bytes[at - 1] == ':') {
			throw GiveUp.INSTANCE;
		}
		return colons == 1;
	}

	/** Spaces, tabs and line feeds; {@code true} if there was any. */
	boolean skipSpace() {
		int start = at;
		while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\n' || bytes[at] == '\t')) {
			at++;
		}
		return at > start;
	}

	/** Skips {@code b} if it comes next; gives up at the end of the file. */
	boolean consume(int b) {
		if (peek() == b) {
			at++;
			return true;
		}
		return false;
	}

	void expect(int b) {
		if (next() != b) {
			throw GiveUp.INSTANCE;
		}
	}

	/** After an element's name with no attributes: {@code false} for {@code >}, {@code true} for {@code />}. */
	boolean closesEmpty() {
		skipSpace();
		if (consume('/')) {
			expect('>');
			return true;
		}
		expect('>');
		return false;
	}

	/** After {@code </}: the end tag of the element whose name is at {@code [nameStart, nameEnd)}. */
	void endTag(int nameStart, int nameEnd) {
		int start = at;
		name();
		if (!Arrays.equals(bytes, start, at, bytes, nameStart, nameEnd)) {
			throw GiveUp.INSTANCE;
		}
		skipSpace();
		expect('>');
	}

	/** An attribute value after its opening quote, normalised as XML does (white space → space). */
	String attributeValue() {
		int start = at;
		boolean plain = true;
		while (true) {
			int b = next();
			if (b == '"') {
				if (plain) {
					return new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8);
				}
				text.append(new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8));
				return text.toString();
			}
			if (b == '<') {
				throw GiveUp.INSTANCE;
			}
			if (b == '&' || b == '\n' || b == '\t') {
				if (plain) {
					text.setLength(0);
					plain = false;
				}
				text.append(new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8));
				if (b == '&') {
					entity();
				} else {
					text.append(' ');
				}
				start = at;
			} else if (b < 0x20 || b >= 0x80) {
				checkChar(b);
			}
		}
	}

	/**
	 * The text of an element up to and including its end tag, entities decoded; markup inside and
	 * an empty text give up.
	 */
	String textUpTo(int nameStart, int nameEnd) {
		text.setLength(0);
		int start = at;
		while (true) {
			int b = next();
			if (b == '<') {
				if (peek() != '/') {
					throw GiveUp.INSTANCE;
				}
				text.append(new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8));
				at++;
				endTag(nameStart, nameEnd);
				if (text.isEmpty()) {
					throw GiveUp.INSTANCE;
				}
				return text.toString();
			}
			if (b == '&') {
				text.append(new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8));
				entity();
				start = at;
			} else if (b == ']' && peek() == ']' && at + 1 < bytes.length && bytes[at + 1] == '>') {
				throw GiveUp.INSTANCE; // "]]>" is not allowed in text
			} else if (b < 0x20 || b >= 0x80) {
				checkChar(b);
			}
		}
	}

	/** After {@code &}: one of XML's five entities or a character reference, appended to {@link #text}. */
	private void entity() {
		int semicolon = at;
		while (semicolon < bytes.length && semicolon - at < 10 && bytes[semicolon] != ';') {
			semicolon++;
		}
		if (semicolon >= bytes.length || bytes[semicolon] != ';') {
			throw GiveUp.INSTANCE;
		}
		String name = ascii(at, semicolon);
		at = semicolon + 1;
		switch (name) {
		case "lt" -> text.append('<'); //$NON-NLS-1$
		case "gt" -> text.append('>'); //$NON-NLS-1$
		case "amp" -> text.append('&'); //$NON-NLS-1$
		case "quot" -> text.append('"'); //$NON-NLS-1$
		case "apos" -> text.append('\''); //$NON-NLS-1$
		default -> text.appendCodePoint(characterReference(name));
		}
	}

	private static int characterReference(String name) {
		if (name.length() < 2 || name.charAt(0) != '#') {
			throw GiveUp.INSTANCE;
		}
		boolean hex = name.charAt(1) == 'x';
		String digits = name.substring(hex ? 2 : 1);
		if (digits.isEmpty()) {
			throw GiveUp.INSTANCE;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (Character.digit(digits.charAt(i), hex ? 16 : 10) < 0) {
				throw GiveUp.INSTANCE;
			}
		}
		int code = Integer.parseInt(digits, hex ? 16 : 10);
		boolean legal = code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code <= 0xD7FF
				|| code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
		if (!legal) {
			throw GiveUp.INSTANCE;
		}
		return code;
	}

	/**
	 * A byte of text that is not plain printable ASCII: the control characters XML forbids and a
	 * carriage return (which XML would turn into a line feed) give up; a UTF-8 sequence is
	 * checked as the strict decoder of {@link EncodingCheck} checks it and skipped; U+FFFE and
	 * U+FFFF, not XML characters, give up.
	 */
	private void checkChar(int b) {
		if (b < 0x80) {
			if (b != '\n' && b != '\t') {
				throw GiveUp.INSTANCE;
			}
			return;
		}
		int first;
		int last = 0xBF;
		int continuations;
		if (b >= 0xC2 && b <= 0xDF) {
			continuations = 1;
			first = 0x80;
		} else if (b >= 0xE0 && b <= 0xEF) {
			continuations = 2;
			first = b == 0xE0 ? 0xA0 : 0x80;
			last = b == 0xED ? 0x9F : 0xBF; // no surrogates
		} else if (b >= 0xF0 && b <= 0xF4) {
			continuations = 3;
			first = b == 0xF0 ? 0x90 : 0x80;
			last = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
		} else {
			throw GiveUp.INSTANCE;
		}
		if (at + continuations > bytes.length) {
			throw GiveUp.INSTANCE;
		}
		int second = bytes[at] & 0xFF;
		if (second < first || second > last) {
			throw GiveUp.INSTANCE;
		}
		for (int i = 1; i < continuations; i++) {
			if ((bytes[at + i] & 0xC0) != 0x80) {
				throw GiveUp.INSTANCE;
			}
		}
		if (b == 0xEF && second == 0xBF && (bytes[at + 1] & 0xFF) >= 0xBE) {
			throw GiveUp.INSTANCE; // U+FFFE, U+FFFF
		}
		at += continuations;
	}

	private int peek() {
		if (at >= bytes.length) {
			throw GiveUp.INSTANCE;
		}
		return bytes[at] & 0xFF;
	}

	private int next() {
		int b = peek();
		at++;
		return b;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict test-only JSON reader (RFC 8259), so the output is checked by parsing, not by eye. */
final class MiniJson {

	private final String text;
	private int pos;

	private MiniJson(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		MiniJson json = new MiniJson(text);
		Object value = json.value();
		json.space();
		if (json.pos != text.length()) {
			throw json.error("trailing text");
		}
		return value;
	}

	private Object value() {
		space();
		if (pos >= text.length()) {
			throw error("end of input");
		}
		char c = text.charAt(pos);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		default:
			for (String word : List.of("true", "false", "null")) {
				if (text.startsWith(word, pos)) {
					pos += word.length();
					return word.equals("null") ? null : Boolean.valueOf(word);
				}
			}
			int start = pos;
			while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
				pos++;
			}
			if (start == pos) {
				throw error("unexpected " + c);
			}
			return Double.valueOf(text.substring(start, pos));
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		space();
		if (peek('}')) {
			return map;
		}
		do {
			space();
			String key = string();
			space();
			expect(':');
			if (map.put(key, value()) != null) {
				throw error("duplicate key " + key);
			}
			space();
		} while (accept(','));
		expect('}');
		return map;
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		pos++;
		space();
		if (peek(']')) {
			return list;
		}
		do {
			list.add(value());
			space();
		} while (accept(','));
		expect(']');
		return list;
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = text.charAt(pos++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("control character in string");
			}
			if (c == '\\') {
				char e = text.charAt(pos++);
				switch (e) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
					pos += 4;
				}
				case '"', '\\', '/' -> out.append(e);
				default -> throw error("bad escape \\" + e);
				}
			} else {
				out.append(c);
			}
		}
	}

	private void space() {
		while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
	}

	private boolean peek(char c) {
		if (pos < text.length() && text.charAt(pos) == c) {
			pos++;
			return true;
		}
		return false;
	}

	private boolean accept(char c) {
		return peek(c);
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("expected " + c);
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException(what + " at " + pos);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON Kansa reads and writes (RFC 8259): the command line's reports, the team's
 * conflicts file. Objects become {@link LinkedHashMap}s in file order, arrays {@link List}s,
 * numbers {@link Double}s. Small on purpose: the target platform has no JSON library, and one
 * strict reader and one writer serve everyone.
 * <p>
 * The reader is strict (no control characters in strings, no unknown escapes, no duplicate keys,
 * no trailing text) and reports where a damaged or truncated text went wrong.
 */
public final class Json {

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	/** Indented JSON of maps, lists, strings, numbers, booleans and null, ending with a newline. */
	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, 0);
		return out.append('\n').toString();
	}

	/**
	 * The value the text holds.
	 *
	 * @throws IllegalArgumentException naming the character where the text is not JSON
	 */
	public static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.space();
		if (json.at != text.length()) {
			throw json.error("text after the end"); //$NON-NLS-1$
		}
		return value;
	}

	private static void write(Object value, StringBuilder out, int depth) {
		if (value == null) {
			out.append("null"); //$NON-NLS-1$
		} else if (value instanceof String s) {
			string(s, out);
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Map<?, ?> map) {
			out.append('{');
			String separator = ""; //$NON-NLS-1$
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				out.append(separator);
				indent(out, depth + 1);
				string(entry.getKey().toString(), out);
				out.append(": "); //$NON-NLS-1$
				write(entry.getValue(), out, depth + 1);
				separator = ","; //$NON-NLS-1$
			}
			if (!map.isEmpty()) {
				indent(out, depth);
			}
			out.append('}');
		} else if (value instanceof List<?> list) {
			out.append('[');
			String separator = ""; //$NON-NLS-1$
			for (Object element : list) {
				out.append(separator);
				indent(out, depth + 1);
				write(element, out, depth + 1);
				separator = ","; //$NON-NLS-1$
			}
			if (!list.isEmpty()) {
				indent(out, depth);
			}
			out.append(']');
		} else {
			throw new IllegalArgumentException("not JSON: " + value.getClass()); //$NON-NLS-1$
		}
	}

	private static void indent(StringBuilder out, int depth) {
		out.append('\n').append("  ".repeat(depth)); //$NON-NLS-1$
	}

	private static void string(String s, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\""); //$NON-NLS-1$
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '\r' -> out.append("\\r"); //$NON-NLS-1$
			case '\t' -> out.append("\\t"); //$NON-NLS-1$
			default -> {
				// U+2028/2029 are legal JSON but end a line in JavaScript: escaped for readers that eval
				if (c < 0x20 || c == 0x2028 || c == 0x2029) {
					out.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	private Object value() {
		space();
		if (at >= text.length()) {
			throw error("the text ends where a value should be"); //$NON-NLS-1$
		}
		char c = text.charAt(at);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		default:
			for (String word : List.of("true", "false", "null")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (text.startsWith(word, at)) {
					at += word.length();
					return word.equals("null") ? null : Boolean.valueOf(word); //$NON-NLS-1$
				}
			}
			return number();
		}
	}

	private Double number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) { //$NON-NLS-1$
			at++;
		}
		if (start == at) {
			throw error("unexpected '" + text.charAt(at) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			return Double.valueOf(text.substring(start, at));
		} catch (NumberFormatException e) {
			at = start;
			throw error("not a number"); //$NON-NLS-1$
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		space();
		if (take('}')) {
			return map;
		}
		do {
			space();
			int keyAt = at;
			String key = string();
			space();
			expect(':');
			if (map.containsKey(key)) {
				at = keyAt;
				throw error("the key \"" + key + "\" twice"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			map.put(key, value());
			space();
		} while (take(','));
		expect('}');
		return map;
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		at++;
		space();
		if (take(']')) {
			return list;
		}
		do {
			list.add(value());
			space();
		} while (take(','));
		expect(']');
		return list;
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (at < text.length()) {
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				at--;
				throw error("a control character inside a string"); //$NON-NLS-1$
			}
			if (c == '\\') {
				escape(out);
			} else {
				out.append(c);
			}
		}
		throw error("the text ends inside a string"); //$NON-NLS-1$
	}

	private void escape(StringBuilder out) {
		if (at >= text.length()) {
			throw error("the text ends inside a string"); //$NON-NLS-1$
		}
		char e = text.charAt(at++);
		switch (e) {
		case 'n' -> out.append('\n');
		case 'r' -> out.append('\r');
		case 't' -> out.append('\t');
		case 'b' -> out.append('\b');
		case 'f' -> out.append('\f');
		case '"', '\\', '/' -> out.append(e);
		case 'u' -> out.append(unicodeEscape());
		default -> {
			at--;
			throw error("an unknown escape \\" + e); //$NON-NLS-1$
		}
		}
	}

	private char unicodeEscape() {
		if (at + 4 > text.length()) {
			throw error("the text ends inside a \\u escape"); //$NON-NLS-1$
		}
		int code = 0;
		for (int i = 0; i < 4; i++) {
			int digit = Character.digit(text.charAt(at), 16);
			if (digit < 0) {
				throw error("not a hexadecimal digit in a \\u escape"); //$NON-NLS-1$
			}
			code = code * 16 + digit;
			at++;
		}
		return (char) code;
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) { //$NON-NLS-1$
			at++;
		}
	}

	private boolean take(char c) {
		if (at < text.length() && text.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!take(c)) {
			throw error(at >= text.length() ? "the text ends where '" + c + "' should be" //$NON-NLS-1$ //$NON-NLS-2$
					: "'" + c + "' expected"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("JSON: " + what + " at character " + at); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

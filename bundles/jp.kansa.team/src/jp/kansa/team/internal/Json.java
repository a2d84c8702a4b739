/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the conflicts file needs: objects, arrays, strings, numbers, booleans, null.
 * Written by the sync and by {@code kansa merge}, read by the workbench's 競合 dialog.
 */
public final class Json {

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	public static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.space();
		if (json.at != text.length()) {
			throw json.error();
		}
		return value;
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, ""); //$NON-NLS-1$
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, String indent) {
		if (value instanceof Map<?, ?> map) {
			out.append("{"); //$NON-NLS-1$
			String inner = indent + "  "; //$NON-NLS-1$
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				out.append(first ? "\n" : ",\n").append(inner); //$NON-NLS-1$ //$NON-NLS-2$
				string(String.valueOf(e.getKey()), out);
				out.append(": "); //$NON-NLS-1$
				write(e.getValue(), out, inner);
				first = false;
			}
			out.append(first ? "}" : "\n" + indent + "}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (value instanceof List<?> list) {
			out.append("["); //$NON-NLS-1$
			String inner = indent + "  "; //$NON-NLS-1$
			for (int i = 0; i < list.size(); i++) {
				out.append(i == 0 ? "\n" : ",\n").append(inner); //$NON-NLS-1$ //$NON-NLS-2$
				write(list.get(i), out, inner);
			}
			out.append(list.isEmpty() ? "]" : "\n" + indent + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (value instanceof String s) {
			string(s, out);
		} else {
			out.append(value);
		}
	}

	private static void string(String s, StringBuilder out) {
		out.append('"');
		for (char c : s.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\""); //$NON-NLS-1$
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '\r' -> out.append("\\r"); //$NON-NLS-1$
			case '\t' -> out.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
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
			throw error();
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
			if (text.startsWith("true", at)) { //$NON-NLS-1$
				at += 4;
				return Boolean.TRUE;
			}
			if (text.startsWith("false", at)) { //$NON-NLS-1$
				at += 5;
				return Boolean.FALSE;
			}
			if (text.startsWith("null", at)) { //$NON-NLS-1$
				at += 4;
				return null;
			}
			int start = at;
			while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) { //$NON-NLS-1$
				at++;
			}
			if (start == at) {
				throw error();
			}
			return Double.valueOf(text.substring(start, at));
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		space();
		if (peek('}')) {
			return map;
		}
		do {
			space();
			String key = string();
			space();
			expect(':');
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
		if (peek(']')) {
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
		StringBuilder s = new StringBuilder();
		while (at < text.length()) {
			char c = text.charAt(at++);
			if (c == '"') {
				return s.toString();
			}
			if (c != '\\') {
				s.append(c);
				continue;
			}
			char e = text.charAt(at++);
			switch (e) {
			case 'n' -> s.append('\n');
			case 'r' -> s.append('\r');
			case 't' -> s.append('\t');
			case 'b' -> s.append('\b');
			case 'f' -> s.append('\f');
			case 'u' -> {
				s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> s.append(e);
			}
		}
		throw error();
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private boolean peek(char c) {
		if (at < text.length() && text.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private boolean take(char c) {
		return peek(c);
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error();
		}
	}

	private IllegalArgumentException error() {
		return new IllegalArgumentException("JSON: unexpected input at character " + at); //$NON-NLS-1$
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and null as indented JSON (RFC 8259). Small on
 * purpose: the catalog is a few hundred kilobytes and the target platform has no JSON library.
 */
public final class Json {

	private Json() {
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, 0);
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, int depth) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String s) {
			string(s, out);
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Map<?, ?> map) {
			out.append('{');
			String separator = "";
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				out.append(separator);
				indent(out, depth + 1);
				string(entry.getKey().toString(), out);
				out.append(": ");
				write(entry.getValue(), out, depth + 1);
				separator = ",";
			}
			if (!map.isEmpty()) {
				indent(out, depth);
			}
			out.append('}');
		} else if (value instanceof List<?> list) {
			out.append('[');
			String separator = "";
			for (Object element : list) {
				out.append(separator);
				indent(out, depth + 1);
				write(element, out, depth + 1);
				separator = ",";
			}
			if (!list.isEmpty()) {
				indent(out, depth);
			}
			out.append(']');
		} else {
			throw new IllegalArgumentException("not JSON: " + value.getClass());
		}
	}

	private static void indent(StringBuilder out, int depth) {
		out.append('\n').append("  ".repeat(depth));
	}

	static void string(String s, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == 0x2028 || c == 0x2029) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}

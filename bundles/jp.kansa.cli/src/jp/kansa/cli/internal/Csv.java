/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.util.List;

/** RFC 4180 records: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
public final class Csv {

	/** Without it Excel reads a UTF-8 CSV as Shift_JIS and garbles the Japanese. */
	public static final String BOM = "\uFEFF";

	private Csv() {
	}

	public static void record(List<String> fields, StringBuilder out) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String field = fields.get(i) == null ? "" : fields.get(i);
			if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
				out.append('"').append(field.replace("\"", "\"\"")).append('"');
			} else {
				out.append(field);
			}
		}
		out.append("\r\n");
	}
}

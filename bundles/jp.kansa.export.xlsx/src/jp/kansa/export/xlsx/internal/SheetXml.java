/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the rows of a worksheet's {@code <sheetData>} as UTF-8 bytes straight into the zip
 * stream. This is the hot loop of a large export (hundreds of thousands of cells): no DOM, no
 * String building per cell, no charset encoder — characters are escaped and encoded into one
 * reused byte buffer. Strings are inline ({@code t="inlineStr"}) so no shared-strings table
 * grows in memory with the engagement.
 */
public final class SheetXml {

	private static final byte[] ROW_END = ascii("</row>");
	private static final byte[] INLINE_START = ascii("\" t=\"inlineStr\"><is><t>");
	private static final byte[] INLINE_PRESERVE_START = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
	private static final byte[] INLINE_END = ascii("</t></is></c>");
	private static final byte[] AMP = ascii("&amp;");
	private static final byte[] LT = ascii("&lt;");
	private static final byte[] GT = ascii("&gt;");
	private static final String[] QUARTERS = { "", ".25", ".5", ".75" };

	private final OutputStream out;
	private final byte[] buffer = new byte[1 << 16];
	private int used;
	private byte[][] columnNames = new byte[0][];
	private int row;

	public SheetXml(OutputStream out) {
		this.out = out;
	}

	private static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}

	/** Starts row {@code rowNumber} (1-based); {@code heightPoints} ≤ 0 for the default height. */
	public void startRow(int rowNumber, float heightPoints, boolean hidden) throws IOException {
		row = rowNumber;
		write("<row r=\"");
		writeInt(rowNumber);
		if (heightPoints > 0) {
			// ht is in points; quarter points are precision enough and keep this free of Double.toString
			int quarters = Math.round(heightPoints * 4);
			write("\" ht=\"");
			writeInt(quarters / 4);
			write(QUARTERS[quarters % 4]);
			write("\" customHeight=\"1");
		}
		if (hidden) {
			write("\" hidden=\"1");
		}
		write("\">");
	}

	public void endRow() throws IOException {
		write(ROW_END);
	}

	public void text(int column, int style, String text) throws IOException {
		cellStart(column, style);
		boolean preserve = !text.isEmpty() && (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)));
		write(preserve ? INLINE_PRESERVE_START : INLINE_START);
		escaped(text);
		write(INLINE_END);
	}

	public void number(int column, int style, double value) throws IOException {
		cellStart(column, style);
		write("\"><v>");
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			writeLong((long) value);
		} else {
			write(Double.toString(value));
		}
		write("</v></c>");
	}

	/** An empty cell that still carries its style (borders when printed). */
	public void blank(int column, int style) throws IOException {
		cellStart(column, style);
		write("\"/>");
	}

	private void cellStart(int column, int style) throws IOException {
		write("<c r=\"");
		write(columnName(column));
		writeInt(row);
		write("\" s=\"");
		writeInt(style);
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000';
	}

	private byte[] columnName(int column) {
		if (column >= columnNames.length) {
			byte[][] grown = new byte[Math.max(column + 1, columnNames.length * 2)][];
			System.arraycopy(columnNames, 0, grown, 0, columnNames.length);
			for (int c = columnNames.length; c < grown.length; c++) {
				grown[c] = ascii(CellNames.column(c));
			}
			columnNames = grown;
		}
		return columnNames[column];
	}

	/** XML-escapes and UTF-8-encodes into the buffer; text was made storable before (no control chars). */
	private void escaped(String text) throws IOException {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			if (used + 4 > buffer.length) {
				flushBuffer();
			}
			char c = text.charAt(i);
			if (c < 0x80) {
				if (c == '&') {
					write(AMP);
				} else if (c == '<') {
					write(LT);
				} else if (c == '>') {
					write(GT);
				} else {
					buffer[used++] = (byte) c;
				}
			} else if (c < 0x800) {
				buffer[used++] = (byte) (0xC0 | c >> 6);
				buffer[used++] = (byte) (0x80 | c & 0x3F);
			} else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, text.charAt(++i));
				buffer[used++] = (byte) (0xF0 | cp >> 18);
				buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
				buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
				buffer[used++] = (byte) (0x80 | cp & 0x3F);
			} else if (Character.isSurrogate(c)) {
				buffer[used++] = (byte) '?'; // a lone surrogate cannot be encoded
			} else {
				buffer[used++] = (byte) (0xE0 | c >> 12);
				buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
				buffer[used++] = (byte) (0x80 | c & 0x3F);
			}
		}
	}

	public void write(String ascii) throws IOException {
		int length = ascii.length();
		if (used + length > buffer.length) {
			flushBuffer();
			if (length > buffer.length) {
				out.write(ascii.getBytes(StandardCharsets.UTF_8));
				return;
			}
		}
		for (int i = 0; i < length; i++) {
			buffer[used++] = (byte) ascii.charAt(i);
		}
	}

	private void write(byte[] bytes) throws IOException {
		if (used + bytes.length > buffer.length) {
			flushBuffer();
		}
		System.arraycopy(bytes, 0, buffer, used, bytes.length);
		used += bytes.length;
	}

	private void writeInt(int value) throws IOException {
		writeLong(value);
	}

	private void writeLong(long value) throws IOException {
		if (used + 20 > buffer.length) {
			flushBuffer();
		}
		if (value < 0) {
			buffer[used++] = '-';
			value = -value;
		}
		int start = used;
		do {
			buffer[used++] = (byte) ('0' + value % 10);
			value /= 10;
		} while (value != 0);
		for (int i = start, j = used - 1; i < j; i++, j--) {
			byte t = buffer[i];
			buffer[i] = buffer[j];
			buffer[j] = t;
		}
	}

	private void flushBuffer() throws IOException {
		out.write(buffer, 0, used);
		used = 0;
	}

	/** Hands the buffered bytes to the stream; does not flush or close the stream itself. */
	public void flush() throws IOException {
		flushBuffer();
	}
}

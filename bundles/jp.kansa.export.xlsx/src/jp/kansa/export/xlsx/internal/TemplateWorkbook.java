/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written in two halves. POI builds everything that needs its object model — styles,
 * print setup, validations, the chart, the small sheets and the header rows of the big ones —
 * as a small in-memory skeleton; the body rows of the big sheets are then streamed by
 * {@link SheetXml} into the skeleton's {@code <sheetData>} while the package is copied to the
 * output. One pass, one zip stream, no temporary files, and nothing per row stays in memory;
 * the compressing runs beside the writing ({@link DeflatingZip}).
 */
public final class TemplateWorkbook {

	/** Writes the body rows of one sheet. */
	@FunctionalInterface
	public interface Body {
		void write(SheetXml xml) throws IOException;
	}

	private record Streamed(Body body, String dimension, String cols) {
	}

	private static final String SHEET_DATA_END = "</sheetData>";
	private static final String SHEET_DATA_EMPTY = "<sheetData/>";

	private final Map<String, Streamed> streamed = new HashMap<>();

	/**
	 * Streams {@code body} into the sheet's {@code <sheetData>}; {@code dimension} e.g. A1:K5000;
	 * {@code cols} the {@code <cols>} element, written here because POI's column helper is
	 * quadratic in the number of columns (1,600 for 200 contracts).
	 */
	public void stream(XSSFSheet sheet, String dimension, String cols, Body body) {
		String part = sheet.getPackagePart().getPartName().getName().substring(1); // zip names have no leading '/'
		streamed.put(part, new Streamed(body, dimension, cols));
	}

	/** Writes the package; the stream is finished as a zip but not closed. */
	public void write(XSSFWorkbook skeleton, OutputStream out) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
		skeleton.write(bytes);
		// The skeleton's parts are copied through and the big sheets spliced, all on this thread;
		// the compressing runs on a second one.
		DeflatingZip zip = new DeflatingZip(out);
		boolean finished = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(entry.getName());
				Streamed sheet = streamed.get(entry.getName());
				if (sheet == null) {
					in.transferTo(zip);
				} else {
					splice(new String(in.readAllBytes(), StandardCharsets.UTF_8), sheet, zip);
				}
				zip.closeEntry();
			}
			zip.finish();
			finished = true;
		} finally {
			if (!finished) {
				zip.abort();
			}
		}
	}

	private static void splice(String xml, Streamed sheet, OutputStream zip) throws IOException {
		int end = xml.indexOf(SHEET_DATA_END);
		String head;
		String tail;
		if (end >= 0) {
			head = xml.substring(0, end);
			tail = xml.substring(end);
		} else {
			int empty = xml.indexOf(SHEET_DATA_EMPTY);
			if (empty < 0) {
				throw new IOException("worksheet skeleton without sheetData");
			}
			head = xml.substring(0, empty) + "<sheetData>";
			tail = SHEET_DATA_END + xml.substring(empty + SHEET_DATA_EMPTY.length());
		}
		// POI computed the dimension from the header rows only
		head = head.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"" + sheet.dimension() + "\"/>");
		int data = head.lastIndexOf("<sheetData");
		head = head.substring(0, data) + sheet.cols() + head.substring(data);
		zip.write(head.getBytes(StandardCharsets.UTF_8));
		SheetXml rows = new SheetXml(zip);
		sheet.body().write(rows);
		rows.flush();
		zip.write(tail.getBytes(StandardCharsets.UTF_8));
	}
}

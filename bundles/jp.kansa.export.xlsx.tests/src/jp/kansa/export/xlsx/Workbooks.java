/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.kansa.model.Catalog;

/** Exports into target/ and reads the result back with POI's full (non-streaming) model. */
final class Workbooks {

	static final Path OUT = Path.of("target", "export-test");

	private Workbooks() {
	}

	static XSSFWorkbook export(Catalog catalog, ExportOptions options, String name) throws Exception {
		Files.createDirectories(OUT);
		Path file = OUT.resolve(name);
		WorkpaperExporter.create().export(catalog, file, options);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		} catch (IOException e) {
			throw new AssertionError("cannot read back " + file, e);
		}
	}

	/** The row whose hidden id column holds the id. */
	static Row rowById(Sheet sheet, String id) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && id.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + id + " in " + sheet.getSheetName());
	}

	static int column(Sheet sheet, String header) {
		for (Cell cell : sheet.getRow(0)) {
			if (header.equals(cell.getStringCellValue())) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
	}

	static String text(Sheet sheet, String id, String header) {
		return rowById(sheet, id).getCell(column(sheet, header)).getStringCellValue();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.kansa.export.xlsx.ExportMonitor;
import jp.kansa.export.xlsx.ExportOptions;
import jp.kansa.export.xlsx.WorkpaperExporter;

/**
 * A workpaper written by the real engagement exporter, opened with POI's full model so a test can
 * change cells the way a vendor does in Excel. Cells are found the way the importer finds them:
 * the column by its key in the hidden row 1, the row by the check point id in column A.
 */
final class ExportedWorkbook implements AutoCloseable {

	static final int KEY_ROW = 0;
	static final int HEADER_ROW = 1;

	final XSSFWorkbook workbook;

	private ExportedWorkbook(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	/** Exports the fixture's engagement to {@code file} and opens it. */
	static ExportedWorkbook export(Fixture fixture, Path file) throws Exception {
		return export(fixture, file, ExportOptions.defaults());
	}

	static ExportedWorkbook export(Fixture fixture, Path file, ExportOptions options) throws Exception {
		WorkpaperExporter.create().export(fixture.engagement, fixture.catalog, fixture.engagementFile.getParent(), file,
				options, ExportMonitor.NONE);
		try (InputStream in = Files.newInputStream(file)) {
			return new ExportedWorkbook(new XSSFWorkbook(in));
		}
	}

	static String sheetOf(String checkPointId) {
		return "確認表" + checkPointId.substring(0, 1);
	}

	XSSFSheet sheet(String checkPointId) {
		return workbook.getSheet(sheetOf(checkPointId));
	}

	/** The column of a key in the key row, e.g. {@code C-1/assessment}. */
	int column(XSSFSheet sheet, String key) {
		Row keys = sheet.getRow(KEY_ROW);
		for (Cell cell : keys) {
			if (key.equals(cell.getStringCellValue())) {
				return cell.getColumnIndex();
			}
		}
		throw new IllegalArgumentException("no key " + key + " on " + sheet.getSheetName());
	}

	Row row(String checkPointId) {
		XSSFSheet sheet = sheet(checkPointId);
		for (Row row : sheet) {
			Cell id = row.getCell(0);
			if (row.getRowNum() > HEADER_ROW && id != null && checkPointId.equals(id.getStringCellValue())) {
				return row;
			}
		}
		throw new IllegalArgumentException("no row " + checkPointId);
	}

	/** The cell of a check point and a key such as {@code C-1/assessment}, created if missing. */
	Cell cell(String checkPointId, String key) {
		Row row = row(checkPointId);
		int column = column(sheet(checkPointId), key);
		Cell cell = row.getCell(column);
		return cell != null ? cell : row.createCell(column);
	}

	/**
	 * Types a value into a cell as a user in Excel does: the old content goes. (POI's
	 * setCellValue alone keeps the exporter's inline text beside the new value; see
	 * {@link ExportedRoundTripTest#poiEditOfAnInlineCellIsReportedNotGuessed}.)
	 */
	ExportedWorkbook set(String checkPointId, String key, Object value) {
		retype(cell(checkPointId, key), value);
		return this;
	}

	static void retype(Cell cell, Object value) {
		cell.setBlank();
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		} else if (value != null && !value.toString().isEmpty()) {
			cell.setCellValue(value.toString());
		}
	}

	String reference(String checkPointId, String key) {
		return cell(checkPointId, key).getAddress().formatAsString();
	}

	Path save(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}
}

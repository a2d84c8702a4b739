/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as a sheet: a header row that stays frozen, carries the autofilter and
 * repeats on every printed page, then one row per table row. Rows are streamed: only the
 * workbook's row window is kept in memory.
 */
public final class SheetWriter {

	/** Excel's column width unit is 1/256 of a character. */
	private static final int WIDTH_UNIT = 256;

	private final SXSSFWorkbook workbook;
	private final Styles styles;
	private final PageLayout layout;

	public SheetWriter(SXSSFWorkbook workbook, Styles styles, PageLayout layout) {
		this.workbook = workbook;
		this.styles = styles;
		this.layout = layout;
	}

	public <R> Sheet write(Table<R> table, String caption) {
		Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
		List<Column<R>> columns = table.columns();
		for (int c = 0; c < columns.size(); c++) {
			Column<R> column = columns.get(c);
			sheet.setColumnWidth(c, column.width() * WIDTH_UNIT);
			sheet.setColumnHidden(c, column.kind() == Column.Kind.ID);
		}
		Row header = sheet.createRow(0);
		int headerLines = 1;
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(columns.get(c).header());
			cell.setCellStyle(styles.header());
			if (columns.get(c).kind() != Column.Kind.ID) {
				headerLines = Math.max(headerLines, RowHeights.lines(columns.get(c).header(), columns.get(c).width()));
			}
		}
		header.setHeightInPoints(RowHeights.points(headerLines));
		int last = 0;
		for (R value : table.rows()) {
			Row row = sheet.createRow(++last);
			int lines = 1;
			for (int c = 0; c < columns.size(); c++) {
				Column<R> column = columns.get(c);
				String text = write(row.createCell(c), column.kind(), column.value().apply(value));
				if (text != null && column.kind() == Column.Kind.WRAPPED) {
					lines = Math.max(lines, RowHeights.lines(text, column.width()));
				}
			}
			row.setHeightInPoints(RowHeights.points(lines));
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.size() - 1));
		layout.apply(sheet, caption);
		return sheet;
	}

	/** @return the text written, or {@code null} for a number or a blank */
	private String write(Cell cell, Column.Kind kind, Object value) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			cell.setCellStyle(styles.body(kind, false));
			return null;
		} else if (value != null && !value.toString().isEmpty()) {
			// Always a string cell: SXSSF never writes a string as a formula; the quote prefix
			// keeps formula-like text literal when a user edits the cell, too.
			String text = CellText.storable(value.toString());
			cell.setCellValue(text);
			cell.setCellStyle(styles.body(kind, CellText.looksLikeFormula(text)));
			return text;
		} else {
			cell.setCellStyle(styles.body(kind, false)); // blank, but bordered when printed
			return null;
		}
	}
}

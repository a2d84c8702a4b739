/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.kansa.export.xlsx.ExportMonitor;

/**
 * Writes a {@link Table} as a data sheet of the engagement workpaper: a hidden key row (the
 * stable column names an import matches by), the header row (frozen, filtered, repeated on every
 * page), then the body rows, streamed. Vendor-fillable columns get their dropdown or date
 * validation over all body rows.
 */
public final class TableSheets {

	/** Excel counts days from 1899-12-30 (with its 1900 leap-year bug folded in). */
	private static final long EXCEL_EPOCH_OFFSET = 25_569;

	static final int KEY_ROW = 0;
	static final int HEADER_ROW = 1;

	/** Thrown out of a body writer when the monitor cancels; unwrapped by the exporter. */
	public static final class Canceled extends InterruptedIOException {
		private static final long serialVersionUID = 1L;
	}

	private final XSSFWorkbook workbook;
	private final Styles styles;
	private final PageLayout layout;
	private final TemplateWorkbook template;
	private final ExportMonitor monitor;

	public TableSheets(XSSFWorkbook workbook, Styles styles, PageLayout layout, TemplateWorkbook template,
			ExportMonitor monitor) {
		this.workbook = workbook;
		this.styles = styles;
		this.layout = layout;
		this.template = template;
		this.monitor = monitor;
	}

	/** Number of body rows of a table, without keeping them. */
	/** Width, in column-width units, that still prints readably on one A4 landscape page. */
	static final double PAGE_WIDTH = 150;

	/** How many page widths a sheet may have before it is split into pages across. */
	static final double WIDE_SHEET = 1.6;

	/** Leading columns (hidden id, 分類, 項番, 項目) printed again on every page across. */
	static final int IDENTIFYING_COLUMNS = 4;

	/**
	 * A wide sheet (a Part sheet with its per-contract columns, the matrix) shrunk to one page
	 * width is unreadable: instead it breaks into pages across, each repeating the columns that
	 * say which row it is, and the print scale fits each page.
	 */
	static <R> void paginateAcross(XSSFSheet sheet, List<Column<R>> columns) {
		double total = 0;
		for (Column<R> column : columns) {
			total += column.kind() == Column.Kind.ID ? 0 : column.width();
		}
		if (total <= PAGE_WIDTH * WIDE_SHEET) {
			return; // a little wider than a page still reads well shrunk onto one
		}
		int first = Math.min(IDENTIFYING_COLUMNS, columns.size());
		double repeated = 0;
		for (int c = 0; c < first; c++) {
			repeated += columns.get(c).kind() == Column.Kind.ID ? 0 : columns.get(c).width();
		}
		double available = Math.max(PAGE_WIDTH - repeated, PAGE_WIDTH / 2);
		int pages = 1;
		double used = 0;
		for (int c = first; c < columns.size(); c++) {
			double width = columns.get(c).kind() == Column.Kind.ID ? 0 : columns.get(c).width();
			if (used > 0 && used + width > available) {
				sheet.setColumnBreak(c - 1);
				pages++;
				used = 0;
			}
			used += width;
		}
		if (pages > 1) {
			sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, first - 1));
			sheet.getPrintSetup().setFitWidth((short) pages);
		}
	}

	public static int count(Table<?> table) {
		if (table.rows() instanceof java.util.Collection<?> collection) {
			return collection.size();
		}
		int rows = 0;
		for (Object row : table.rows()) {
			rows++;
		}
		return rows;
	}

	public <R> XSSFSheet add(Table<R> table, String caption) {
		XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
		List<Column<R>> columns = table.columns();
		int rowCount = count(table);
		// Columns, key row and header row are streamed too: POI's per-column calls are quadratic.
		StringBuilder cols = new StringBuilder("<cols>");
		int headerLines = 1;
		for (int c = 0; c < columns.size(); c++) {
			Column<R> column = columns.get(c);
			cols.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
					.append(column.width()).append("\" customWidth=\"1\"")
					.append(column.kind() == Column.Kind.ID ? " hidden=\"1\"" : "").append("/>");
			if (column.kind() != Column.Kind.ID) {
				headerLines = Math.max(headerLines, RowHeights.lines(column.header(), column.width()));
			}
		}
		cols.append("</cols>");
		float headerHeight = RowHeights.points(headerLines);
		int lastRow = HEADER_ROW + rowCount;
		sheet.createFreezePane(0, HEADER_ROW + 1);
		sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, columns.size() - 1));
		if (rowCount > 0) {
			addValidations(sheet, columns, HEADER_ROW + 1, lastRow);
		}
		layout.apply(sheet, caption, HEADER_ROW);
		paginateAcross(sheet, columns);
		String dimension = "A1:" + CellNames.column(columns.size() - 1) + (lastRow + 1);
		// Styles now: the skeleton, styles.xml included, is serialized before any row is streamed.
		int[] plain = new int[columns.size()];
		int[] quoted = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			plain[c] = styles.body(columns.get(c).kind(), false).getIndex();
			quoted[c] = styles.body(columns.get(c).kind(), true).getIndex();
		}
		int flagged = styles.flagged().getIndex();
		int headerStyle = styles.header().getIndex();
		int keyStyle = styles.body(Column.Kind.TEXT, false).getIndex();
		template.stream(sheet, dimension, cols.toString(), xml -> {
			xml.startRow(KEY_ROW + 1, 0, true);
			for (int c = 0; c < columns.size(); c++) {
				xml.text(c, keyStyle, columns.get(c).key());
			}
			xml.endRow();
			xml.startRow(HEADER_ROW + 1, headerHeight, false);
			for (int c = 0; c < columns.size(); c++) {
				xml.text(c, headerStyle, columns.get(c).header());
			}
			xml.endRow();
			writeBody(xml, table, plain, quoted, flagged);
		});
		return sheet;
	}

	/** One validation per distinct list (or per date kind) with all its column ranges: 200 contracts stay 4 rules. */
	private <R> void addValidations(XSSFSheet sheet, List<Column<R>> columns, int firstRow, int lastRow) {
		Map<List<String>, CellRangeAddressList> lists = new LinkedHashMap<>();
		CellRangeAddressList dates = new CellRangeAddressList();
		for (int c = 0; c < columns.size(); c++) {
			Column<R> column = columns.get(c);
			if (column.choices() != null) {
				lists.computeIfAbsent(column.choices(), k -> new CellRangeAddressList()).addCellRangeAddress(firstRow, c,
						lastRow, c);
			} else if (column.kind() == Column.Kind.DATE) {
				dates.addCellRangeAddress(firstRow, c, lastRow, c);
			}
		}
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		lists.forEach((choices, ranges) -> {
			DataValidation validation = helper
					.createValidation(helper.createExplicitListConstraint(choices.toArray(String[]::new)), ranges);
			validation.setShowErrorBox(true);
			validation.setSuppressDropDownArrow(true); // in XSSF, true means: show the arrow
			sheet.addValidationData(validation);
		});
		if (dates.countRanges() > 0) {
			DataValidationConstraint date = helper.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)",
					"DATE(2199,12,31)", "yyyy-mm-dd");
			DataValidation validation = helper.createValidation(date, dates);
			validation.setShowErrorBox(true);
			sheet.addValidationData(validation);
		}
	}

	private <R> void writeBody(SheetXml xml, Table<R> table, int[] plain, int[] quoted, int flagged)
			throws IOException {
		List<Column<R>> columns = table.columns();
		int n = columns.size();
		boolean[] wrapped = new boolean[n];
		int[] widths = new int[n];
		for (int c = 0; c < n; c++) {
			wrapped[c] = columns.get(c).kind() == Column.Kind.WRAPPED;
			widths[c] = columns.get(c).width();
		}
		Object[] values = new Object[n];
		int rowNumber = HEADER_ROW + 1;
		int sinceReport = 0;
		for (R row : table.rows()) {
			if (monitor.isCanceled()) {
				throw new Canceled();
			}
			// the height depends on all cells of the row, and the row element comes first
			int lines = 1;
			for (int c = 0; c < n; c++) {
				Object value = columns.get(c).value().apply(row);
				if (value instanceof String s) {
					value = s.isEmpty() ? null : CellText.storable(s);
				} else if (value instanceof Column.Flagged f) {
					value = new Column.Flagged(CellText.storable(f.text()));
				}
				values[c] = value;
				if (value != null && (wrapped[c] || value instanceof Column.Flagged)) {
					String text = value instanceof Column.Flagged f ? f.text() : value.toString();
					lines = Math.max(lines, RowHeights.lines(text, widths[c]));
				}
			}
			xml.startRow(++rowNumber, lines > 1 ? RowHeights.points(lines) : 0, false);
			for (int c = 0; c < n; c++) {
				Object value = values[c];
				if (value instanceof String text) {
					xml.text(c, CellText.looksLikeFormula(text) ? quoted[c] : plain[c], text);
				} else if (value instanceof Number number) {
					xml.number(c, plain[c], number.doubleValue());
				} else if (value instanceof LocalDate date) {
					xml.number(c, plain[c], date.toEpochDay() + EXCEL_EPOCH_OFFSET);
				} else if (value instanceof Column.Flagged f) {
					xml.text(c, flagged, f.text());
				} else {
					xml.blank(c, plain[c]);
				}
			}
			xml.endRow();
			if (++sinceReport == 256) {
				monitor.worked(sinceReport);
				sinceReport = 0;
			}
		}
		monitor.worked(sinceReport);
	}
}

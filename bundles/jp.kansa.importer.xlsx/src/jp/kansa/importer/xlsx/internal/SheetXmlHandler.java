/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import jp.kansa.importer.xlsx.internal.CellValue.Kind;

/**
 * Turns a worksheet's XML into rows of {@link CellValue}s, one row at a time. Written for the
 * import rather than POI's XSSFSheetXMLHandler because the import must know that a cell holds a
 * formula (POI hands out the cached result as if it were a value) and must not hold more than
 * {@code maxChars} of any cell's text.
 */
final class SheetXmlHandler extends DefaultHandler {

	/** Receives the rows in sheet order. */
	interface RowListener {
		void row(int rowIndex, List<CellValue> cells);

		/**
		 * A row or cell at a place no spreadsheet has (row 0, row 1,048,577, column XFE): it is
		 * not read, and the sheet says so instead of dropping it silently.
		 *
		 * @param cell the reference as written, or {@code null} for a whole row
		 */
		void invalidPosition(String cell, String expected, String found);
	}

	/** Excel's last row (1-based) and last column (0-based, XFD). */
	static final int MAX_ROWS = 1_048_576;
	static final int MAX_COLUMN = 16_383;
	/** Day numbers of 1900-01-01 and 9999-12-31, the days Excel shows (1904 system: 0 and 2957003). */
	private static final double FIRST_DAY_1900 = 1;
	private static final double LAST_DAY_1900 = 2_958_465;
	private static final double FIRST_DAY_1904 = 0;
	private static final double LAST_DAY_1904 = 2_957_003;
	private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
	private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

	/** Enough of a formula to recognise it in the problem report. */
	private static final int MAX_FORMULA_CHARS = 200;

	private final BoundedSharedStrings strings;
	private final DateStyles dateStyles;
	private final boolean date1904;
	private final int maxChars;
	private final RowListener listener;

	private int rowIndex = -1;
	private boolean rowInvalid;
	private boolean cellInvalid;
	private List<CellValue> cells;
	private String reference;
	private int column;
	private String type;
	private int style;
	private boolean formula;
	private final StringBuilder value = new StringBuilder();
	private long valueLength;
	/** The value element of an inline-string cell, kept apart from its inline text. */
	private final StringBuilder inlineV = new StringBuilder();
	private boolean inInlineV;
	private final StringBuilder formulaText = new StringBuilder();
	private boolean inValue;
	private boolean inFormula;
	private boolean inInlineString;
	private int phoneticDepth;

	SheetXmlHandler(BoundedSharedStrings strings, DateStyles dateStyles, boolean date1904, int maxChars,
			RowListener listener) {
		this.strings = strings;
		this.dateStyles = dateStyles;
		this.date1904 = date1904;
		this.maxChars = maxChars;
		this.listener = listener;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
		case "row" -> {
			String r = attributes.getValue("r");
			int number = r != null ? CellReference.rowNumber(r.strip()) : rowIndex + 2;
			rowInvalid = number < 1 || number > MAX_ROWS;
			if (rowInvalid) {
				listener.invalidPosition(null, Messages.expectedRowNumber,
						NLS.bind(Messages.foundRow, Texts.shortened(r != null ? r : Long.toString(number))));
			} else {
				rowIndex = number - 1;
			}
			cells = new ArrayList<>();
			column = -1;
		}
		case "c" -> {
			reference = attributes.getValue("r");
			cellInvalid = false;
			if (reference != null) {
				int parsed = CellReference.column(reference);
				int number = CellReference.rowOf(reference);
				cellInvalid = parsed < 0 || number == 0 || number > MAX_ROWS;
				column = parsed;
			} else {
				column++;
				cellInvalid = column > MAX_COLUMN;
				reference = cellInvalid ? null : CellReference.name(column, rowIndex);
			}
			if (cellInvalid && !rowInvalid) {
				listener.invalidPosition(Texts.shortened(reference), Messages.expectedCellReference,
						reference == null ? null : Texts.shortened(reference));
			}
			type = attributes.getValue("t");
			style = styleIndex(attributes.getValue("s"));
			formula = false;
			value.setLength(0);
			valueLength = 0;
			formulaText.setLength(0);
			inlineV.setLength(0);
		}
		case "f" -> {
			formula = true;
			inFormula = true;
		}
		case "v" -> {
			inInlineV = "inlineStr".equals(type);
			inValue = !inInlineV;
		}
		case "is" -> inInlineString = true;
		case "rPh" -> phoneticDepth++;
		case "t" -> inValue = inInlineString && phoneticDepth == 0;
		default -> {
			// sheet properties, columns, merges, validations: not needed to read values
		}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inFormula) {
			int room = MAX_FORMULA_CHARS - formulaText.length();
			formulaText.append(ch, start, Math.max(0, Math.min(room, length)));
		} else if (inInlineV) {
			int room = maxChars + 1 - inlineV.length();
			inlineV.append(ch, start, Math.max(0, Math.min(room, length)));
		} else if (inValue) {
			valueLength += length;
			if (valueLength <= maxChars) {
				value.append(ch, start, length);
			} else if (value.length() > 0) {
				value.setLength(0);
				value.trimToSize();
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
		case "f" -> inFormula = false;
		case "v", "t" -> {
			inValue = false;
			inInlineV = false;
		}
		case "is" -> inInlineString = false;
		case "rPh" -> phoneticDepth--;
		case "c" -> {
			CellValue cell = rowInvalid || cellInvalid ? null : cell();
			if (cell != null) {
				cells.add(cell);
			}
		}
		case "row" -> {
			if (!rowInvalid) {
				listener.row(rowIndex, cells);
			}
			cells = null;
		}
		default -> {
			// nothing to close
		}
		}
	}

	/** @return the cell, or {@code null} for a cell without a value (styled blank) */
	private CellValue cell() {
		if (formula) {
			return new CellValue(reference, column, Kind.FORMULA, "=" + formulaText, null, formulaText.length());
		}
		if (valueLength > maxChars && !"s".equals(type)) {
			return new CellValue(reference, column, Kind.TOO_LONG, null, null, valueLength);
		}
		String raw = value.toString();
		if (type == null || type.equals("n")) {
			if (raw.isEmpty()) {
				return null;
			}
			return number(raw);
		}
		return switch (type) {
		case "s" -> sharedString(raw);
		case "inlineStr" -> inline(raw);
		case "str" -> text(raw);
		case "b" -> new CellValue(reference, column, Kind.BOOLEAN, "1".equals(raw) ? "TRUE" : "FALSE", null, 1);
		case "e" -> new CellValue(reference, column, Kind.ERROR, raw, null, raw.length());
		case "d" -> isoDate(raw);
		default -> text(raw);
		};
	}

	/** An inline string; with a value element as well only when both say the same. */
	private CellValue inline(String raw) {
		String v = inlineV.toString();
		if (v.isEmpty() || v.equals(raw)) {
			return text(raw);
		}
		if (raw.isEmpty()) {
			return v.length() > maxChars ? new CellValue(reference, column, Kind.TOO_LONG, null, null, v.length())
					: text(v);
		}
		String both = raw + " / " + v;
		return new CellValue(reference, column, Kind.TWO_TEXTS, both, null, both.length());
	}

	private CellValue text(String raw) {
		return raw.isEmpty() ? null : new CellValue(reference, column, Kind.TEXT, raw, null, raw.length());
	}

	private CellValue sharedString(String raw) {
		int index;
		try {
			index = Integer.parseInt(raw.trim());
		} catch (NumberFormatException e) {
			return new CellValue(reference, column, Kind.ERROR, raw, null, raw.length());
		}
		if (index < 0 || index >= strings.size()) {
			return new CellValue(reference, column, Kind.ERROR, "#REF! (shared string " + index + ")", null, 0);
		}
		String text = strings.get(index);
		if (text == null) {
			return new CellValue(reference, column, Kind.TOO_LONG, null, null, strings.length(index));
		}
		return text(text);
	}

	private CellValue number(String raw) {
		double number;
		try {
			number = Double.parseDouble(raw);
		} catch (NumberFormatException e) {
			return new CellValue(reference, column, Kind.ERROR, raw, null, raw.length());
		}
		if (dateStyles.isDate(style)) {
			LocalDate date = excelDay(number);
			return date != null ? new CellValue(reference, column, Kind.DATE, date.toString(), date, 10)
					: new CellValue(reference, column, Kind.BAD_DATE, raw, null, raw.length());
		}
		return new CellValue(reference, column, Kind.NUMBER, raw, null, raw.length());
	}

	/**
	 * The day of a date cell's number, or {@code null} when no day of Excel's calendar has it:
	 * POI turns 1e308 into 1899-12-31 and 2958466 into +10000-01-01 rather than refusing.
	 */
	private LocalDate excelDay(double number) {
		double first = date1904 ? FIRST_DAY_1904 : FIRST_DAY_1900;
		double last = date1904 ? LAST_DAY_1904 : LAST_DAY_1900;
		if (!Double.isFinite(number) || number < first || number >= last + 1) {
			return null;
		}
		LocalDate date = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
		return date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE) ? null : date;
	}

	private static int styleIndex(String s) {
		if (s == null) {
			return 0;
		}
		try {
			return Integer.parseInt(s.strip());
		} catch (NumberFormatException e) {
			return -1; // no style: the number stays a number
		}
	}

	private CellValue isoDate(String raw) {
		try {
			LocalDate date = LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw);
			if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
				return new CellValue(reference, column, Kind.BAD_DATE, raw, null, raw.length());
			}
			return new CellValue(reference, column, Kind.DATE, date.toString(), date, 10);
		} catch (RuntimeException e) {
			return new CellValue(reference, column, Kind.ERROR, raw, null, raw.length());
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
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
	}

	/** Enough of a formula to recognise it in the problem report. */
	private static final int MAX_FORMULA_CHARS = 200;

	private final BoundedSharedStrings strings;
	private final DateStyles dateStyles;
	private final boolean date1904;
	private final int maxChars;
	private final RowListener listener;

	private int rowIndex = -1;
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
			rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
			cells = new ArrayList<>();
			column = -1;
		}
		case "c" -> {
			reference = attributes.getValue("r");
			int parsed = reference == null ? -1 : CellReference.column(reference);
			column = parsed >= 0 ? parsed : column + 1;
			if (parsed < 0) {
				reference = CellReference.name(column, rowIndex);
			}
			type = attributes.getValue("t");
			String s = attributes.getValue("s");
			style = s == null ? 0 : Integer.parseInt(s);
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
			CellValue cell = cell();
			if (cell != null) {
				cells.add(cell);
			}
		}
		case "row" -> {
			listener.row(rowIndex, cells);
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
		if (dateStyles.isDate(style) && DateUtil.isValidExcelDate(number)) {
			LocalDate date = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
			return new CellValue(reference, column, Kind.DATE, date.toString(), date, 10);
		}
		return new CellValue(reference, column, Kind.NUMBER, raw, null, raw.length());
	}

	private CellValue isoDate(String raw) {
		try {
			LocalDate date = LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw);
			return new CellValue(reference, column, Kind.DATE, date.toString(), date, 10);
		} catch (RuntimeException e) {
			return new CellValue(reference, column, Kind.ERROR, raw, null, raw.length());
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of a workpaper, created once per workbook: a workbook holds at most
 * 64,000 styles, so styles are never created per cell.
 */
public final class Styles {

	/** Body text size; fit-to-width printing scales it, so it is not chosen smaller. */
	public static final short FONT_POINTS = 10;

	private final Workbook workbook;
	private final Font font;
	private final CellStyle header;
	private final Map<Column.Kind, CellStyle> plain = new EnumMap<>(Column.Kind.class);
	private final Map<Column.Kind, CellStyle> quoted = new EnumMap<>(Column.Kind.class);
	private CellStyle flagged;
	private CellStyle title;
	private CellStyle label;
	private CellStyle percent;

	public Styles(Workbook workbook, String fontName) {
		this.workbook = workbook;
		// The workbook's default font (index 0) is what the Normal style, empty cells and the
		// column width unit use: make it the same face so widths match the text.
		configure(workbook.getFontAt(0), fontName, false);
		font = configure(workbook.createFont(), fontName, false);
		Font bold = configure(workbook.createFont(), fontName, true);
		header = bordered(bold);
		header.setWrapText(true);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	private static Font configure(Font font, String fontName, boolean bold) {
		font.setFontName(fontName);
		font.setFontHeightInPoints(FONT_POINTS);
		// Lets a font mapper that lacks the face pick a Japanese one (see ExportOptions).
		font.setCharSet(FontCharset.SHIFTJIS.getNativeId());
		font.setBold(bold);
		return font;
	}

	public CellStyle header() {
		return header;
	}

	/** The style of a body cell; {@code quotePrefixed} for text that looks like a formula. */
	public CellStyle body(Column.Kind kind, boolean quotePrefixed) {
		Map<Column.Kind, CellStyle> styles = quotePrefixed ? quoted : plain;
		return styles.computeIfAbsent(kind, k -> createBody(k, quotePrefixed));
	}

	private CellStyle createBody(Column.Kind kind, boolean quotePrefixed) {
		CellStyle style = bordered(font);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setWrapText(kind == Column.Kind.WRAPPED);
		if (kind == Column.Kind.NUMBER) {
			style.setAlignment(HorizontalAlignment.RIGHT);
		}
		if (kind == Column.Kind.DATE) {
			style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		}
		style.setQuotePrefixed(quotePrefixed);
		return style;
	}

	/** A cell the auditor must look at (a responsibility gap): wrapped text on a red fill. */
	public CellStyle flagged() {
		if (flagged == null) {
			flagged = bordered(font);
			flagged.setWrapText(true);
			flagged.setVerticalAlignment(VerticalAlignment.TOP);
			flagged.setFillForegroundColor(IndexedColors.ROSE.getIndex());
			flagged.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return flagged;
	}

	/** A share, e.g. of check points 適合, as 0 %–100 %. */
	public CellStyle percent() {
		if (percent == null) {
			percent = bordered(font);
			percent.setAlignment(HorizontalAlignment.RIGHT);
			percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
		}
		return percent;
	}

	/** The heading of the cover and summary sheets. */
	public CellStyle title() {
		if (title == null) {
			Font big = configure(workbook.createFont(), font.getFontName(), true);
			big.setFontHeightInPoints((short) 16);
			title = workbook.createCellStyle();
			title.setFont(big);
		}
		return title;
	}

	/** The label column of the cover sheet: bold on grey, like a header. */
	public CellStyle label() {
		if (label == null) {
			label = bordered(workbook.getFontAt(header.getFontIndex()));
			label.setVerticalAlignment(VerticalAlignment.TOP);
			label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return label;
	}

	private CellStyle bordered(Font cellFont) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(cellFont);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}
}

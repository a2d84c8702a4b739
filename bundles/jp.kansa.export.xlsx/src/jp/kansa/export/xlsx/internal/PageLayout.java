/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Print setup shared by every sheet: A4 landscape, all columns on one page width, the header row
 * repeated on every page, the workpaper title and the sheet's caption in the page header, and
 * page x/y with the print date in the footer — so a printed sheet can be filed as it is.
 */
public final class PageLayout {

	private final String title;
	private final String fontName;
	private final WorkpaperText text;

	public PageLayout(String title, String fontName, WorkpaperText text) {
		this.title = title;
		this.fontName = fontName;
		this.text = text;
	}

	public void apply(Sheet sheet, String caption) {
		apply(sheet, caption, 0);
	}

	/** @param headerRow 0-based row repeated on every printed page */
	public void apply(Sheet sheet, String caption, int headerRow) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0); // as many pages down as the rows need
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		sheet.setMargin(PageMargin.LEFT, 0.4);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
		sheet.setMargin(PageMargin.HEADER, 0.25);
		sheet.setMargin(PageMargin.FOOTER, 0.25);

		// Header and footer have their own font: without one, Excel prints them in Calibri.
		// The size code ends at the first non-digit: the space keeps a caption such as
		// "1 主に…" from turning &9 into &91.
		String face = "&\"" + fontName + ",Regular\"&9 ";
		sheet.getHeader().setLeft(face + escape(caption));
		sheet.getHeader().setRight(face + escape(title));
		sheet.getFooter().setLeft(face + text.get("footer.printed"));
		sheet.getFooter().setRight(face + "&P / &N");
	}

	/** An ampersand starts a code in header and footer text; a literal one is doubled. */
	static String escape(String value) {
		return value == null ? "" : value.replace("&", "&&");
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;

/** Which cell styles show a number as a date: Excel stores a date as a day count with a date format. */
final class DateStyles {

	private final StylesTable styles;
	private final Map<Integer, Boolean> cache = new HashMap<>();

	DateStyles(StylesTable styles) {
		this.styles = styles;
	}

	boolean isDate(int styleIndex) {
		if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
			return false;
		}
		return cache.computeIfAbsent(styleIndex, i -> {
			CellStyle style = styles.getStyleAt(i);
			return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
		});
	}
}

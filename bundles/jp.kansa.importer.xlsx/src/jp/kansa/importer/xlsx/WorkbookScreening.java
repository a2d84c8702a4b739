/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import java.nio.file.Path;

import jp.kansa.importer.xlsx.internal.Screening;

/**
 * The checks every workbook from outside passes before POI opens it — size, not encrypted, not
 * .xls or CSV, every zip part's CRC-32, no zip bomb, package XML well formed — shared with other
 * readers of returned workbooks (a vendor's reply). POI's zip-bomb limits are set from the same
 * limits and its log lines are silenced.
 */
public final class WorkbookScreening {

	private WorkbookScreening() {
	}

	/**
	 * @throws WorkpaperRefusedException naming the file and the reason, when the file is not to
	 *                                   be opened at all
	 */
	public static void screen(Path workbook, ImportLimits limits) throws WorkpaperRefusedException {
		Screening.check(workbook, limits);
	}
}

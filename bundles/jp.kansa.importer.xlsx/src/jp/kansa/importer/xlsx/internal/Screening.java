/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.nio.file.Path;

import jp.kansa.importer.xlsx.ImportLimits;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;

/** The screening of {@link PoiWorkpaperImporter}, for {@link jp.kansa.importer.xlsx.WorkbookScreening}. */
public final class Screening {

	private Screening() {
	}

	public static void check(Path workbook, ImportLimits limits) throws WorkpaperRefusedException {
		PoiLogging.quiet();
		FileScreen.check(workbook, limits);
		ZipScreen.check(workbook, limits);
		PoiZipLimits.apply(limits);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import java.nio.file.Path;

import jp.kansa.importer.xlsx.internal.PoiWorkpaperImporter;
import jp.kansa.model.Catalog;
import jp.kansa.model.Engagement;

/**
 * Reads an engagement workpaper as jp.kansa.export.xlsx writes it ({@link WorkpaperTemplate}),
 * also after a vendor filled it in, and tells what it would change in an engagement. The workbook is read as a stream of rows: memory
 * does not grow with the number of rows, and no cell's text beyond
 * {@link ImportLimits#maxCellChars()} is held.
 * <p>
 * Rules of the import: columns are found by the hidden key row ({@code C-1/assessment}), else by
 * the header row; rows are matched by the hidden stable id, or by 項番 within the sheet's
 * Part when the id cell was emptied; an empty cell changes nothing (clearing a value is done in
 * the workbench, so a vendor who leaves columns blank does not erase the auditor's work); an
 * explicit 未割当 / 未回答 / 未評価 does reset. コメント lines not already there become one new
 * annotation. 証跡 and 作成者/査閲者 are never imported.
 */
public interface WorkpaperImporter {

	static WorkpaperImporter create() {
		return new PoiWorkpaperImporter(ImportLimits.defaults());
	}

	static WorkpaperImporter create(ImportLimits limits) {
		return new PoiWorkpaperImporter(limits);
	}

	/**
	 * Reads the workbook and compares it with the engagement; changes nothing.
	 *
	 * @param catalog the 確認表 the engagement's check point ids refer to
	 * @throws WorkpaperRefusedException if the file is not taken at all (encrypted, not xlsx,
	 *                                   over the size limit, a zip bomb, damaged)
	 */
	ImportPreview preview(Path workbook, Engagement engagement, Catalog catalog) throws WorkpaperRefusedException;
}

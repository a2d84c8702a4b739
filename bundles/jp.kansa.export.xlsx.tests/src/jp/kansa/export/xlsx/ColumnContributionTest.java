/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.export.xlsx.internal.CatalogColumns;
import jp.kansa.export.xlsx.internal.CheckPointColumns;
import jp.kansa.export.xlsx.internal.Column;
import jp.kansa.export.xlsx.internal.PoiWorkpaperExporter;

/**
 * The slot the engagement export will use: columns contributed after the catalog's land on
 * every Part sheet, row by row, with the catalog columns untouched.
 */
class ColumnContributionTest {

	@Test
	void contributedColumnsFollowTheCatalogColumns() throws Exception {
		CheckPointColumns contract = (part, text) -> List.of(Column.text("担当 (契約A)", 12, cp -> "事業者"),
				Column.wrapped("コメント (契約A)", 30, cp -> "=" + cp.getId()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PoiWorkpaperExporter(List.of(new CatalogColumns(), contract)).export(EmbeddedCatalog.load(), out,
				ExportOptions.defaults());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet part2 = workbook.getSheet("確認表2");
			Row header = part2.getRow(0);
			assertEquals("ガイドライン等関連部分", header.getCell(7).getStringCellValue());
			assertEquals("担当 (契約A)", header.getCell(8).getStringCellValue());
			assertEquals("コメント (契約A)", header.getCell(9).getStringCellValue());
			Row row = Workbooks.rowById(part2, "2-A-9-②");
			assertEquals("事業者", row.getCell(8).getStringCellValue());
			assertEquals("=2-A-9-②", row.getCell(9).getStringCellValue());
			assertEquals(true, row.getCell(9).getCellStyle().getQuotePrefixed());
		}
	}
}

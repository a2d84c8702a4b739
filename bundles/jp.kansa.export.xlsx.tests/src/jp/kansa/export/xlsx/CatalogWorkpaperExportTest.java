/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;

/** The catalog workpaper of the embedded 確認表, read back cell by cell. */
class CatalogWorkpaperExportTest {

	private static final List<String> PART2_HEADERS = List.of("ID", "分類", "項番", "項目", "内容", "想定されるリスク",
			"推奨される対応例", "ガイドライン等関連部分");

	private static Catalog catalog;
	private static XSSFWorkbook workbook;

	@BeforeAll
	static void export() throws Exception {
		catalog = EmbeddedCatalog.load();
		workbook = Workbooks.export(catalog, ExportOptions.defaults(), "catalog.xlsx");
	}

	@AfterAll
	static void close() throws Exception {
		workbook.close();
	}

	@Test
	void sheetsAreNamedInJapanese() {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		assertEquals(List.of("確認表1", "確認表2", "ガイドライン相互参照", "用語"), names);
	}

	@Test
	void partSheetsHaveTheColumnsOfTheKakuninhyo() {
		assertEquals(PART2_HEADERS, headers(workbook.getSheet("確認表2")));
		List<String> part1 = new ArrayList<>(PART2_HEADERS);
		part1.remove("想定されるリスク"); // Part 1 of the 確認表 has no risk column
		assertEquals(part1, headers(workbook.getSheet("確認表1")));
	}

	@Test
	void everyCheckPointHasOneRowWithItsIdInTheHiddenColumn() {
		List<String> expected = new ArrayList<>();
		catalog.eAllContents().forEachRemaining(o -> {
			if (o instanceof CheckPoint cp) {
				expected.add(cp.getId());
			}
		});
		List<String> found = new ArrayList<>();
		for (String name : List.of("確認表1", "確認表2")) {
			Sheet sheet = workbook.getSheet(name);
			assertTrue(sheet.isColumnHidden(0), name);
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					found.add(row.getCell(0).getStringCellValue());
				}
			}
		}
		assertEquals(54, found.size());
		assertEquals(expected, found);
	}

	@Test
	void cellsHoldTheTextsOfTheKakuninhyo() {
		Sheet part2 = workbook.getSheet("確認表2");
		assertEquals("診療録及び診療諸記録等の機密情報や個人情報について事業者が提供するサービスを用いた外部保存を行う場合に満たすべき要件（特にクラウドサービスを利用する場合）を遵守する。",
				Workbooks.text(part2, "2-A-9-①", "内容"));
		assertEquals("事業者による外部保存の期間が終了したり、外部保存の委託自体が終了しているにもかかわらず、外部に医療情報等の機密情報や個人情報が残っていると流出のリスクが残る。",
				Workbooks.text(part2, "2-A-9-②", "想定されるリスク"));
		assertEquals("A-9 ①", Workbooks.text(part2, "2-A-9-①", "項番"));
		String recommendation = Workbooks.text(part2, "2-A-9-①", "推奨される対応例");
		assertTrue(recommendation.startsWith("(a) 診療録"), recommendation);
		assertTrue(recommendation.contains("\n(b) また、"), "one sub-recommendation per line: " + recommendation);
	}

	@Test
	void longColumnsWrapAndShortOnesDoNot() {
		Sheet part2 = workbook.getSheet("確認表2");
		Row row = Workbooks.rowById(part2, "2-A-9-①");
		for (String header : List.of("項目", "内容", "想定されるリスク", "推奨される対応例", "ガイドライン等関連部分")) {
			assertTrue(row.getCell(Workbooks.column(part2, header)).getCellStyle().getWrapText(), header);
		}
		assertFalse(row.getCell(Workbooks.column(part2, "項番")).getCellStyle().getWrapText());
		assertTrue(part2.getColumnWidth(Workbooks.column(part2, "推奨される対応例")) >= 40 * 256);
		// rows are made tall enough for their longest wrapped text: no reader fits them
		assertTrue(row.getHeightInPoints() > 200, "height " + row.getHeightInPoints());
		assertTrue(Workbooks.rowById(part2, "2-B-1-①").getHeightInPoints() < row.getHeightInPoints());
	}

	@Test
	void everyCellUsesTheJapaneseFont() {
		Sheet part2 = workbook.getSheet("確認表2");
		for (Row row : List.of(part2.getRow(0), Workbooks.rowById(part2, "2-A-9-①"))) {
			row.forEach(cell -> {
				CellStyle style = cell.getCellStyle();
				assertEquals(ExportOptions.DEFAULT_FONT, workbook.getFontAt(style.getFontIndex()).getFontName());
				assertEquals(128, workbook.getFontAt(style.getFontIndex()).getCharSet(), "Shift_JIS charset");
			});
		}
	}

	@Test
	void everySheetPrintsOnA4LandscapeOnePageWide() {
		for (Sheet sheet : workbook) {
			String name = sheet.getSheetName();
			PrintSetup print = sheet.getPrintSetup();
			assertTrue(print.getLandscape(), name);
			assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), name);
			assertTrue(sheet.getFitToPage(), name);
			assertEquals(1, print.getFitWidth(), name);
			assertEquals(0, print.getFitHeight(), name);
			assertEquals(new CellRangeAddress(0, 0, -1, -1), sheet.getRepeatingRows(), name);
			assertTrue(hasAutoFilter(sheet), name);
			assertTrue(sheet.getPaneInformation().isFreezePane(), name);
			assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), name);
			assertTrue(sheet.getFooter().getRight().endsWith("&P / &N"), name);
			assertTrue(sheet.getFooter().getLeft().endsWith("印刷日 &D"), name);
			assertTrue(sheet.getHeader().getRight().endsWith(catalog.getTitle()), name);
		}
	}

	@Test
	void crossReferenceListsTheCheckPointsCitingASection() {
		Sheet sheet = workbook.getSheet("ガイドライン相互参照");
		String id = "mhlw-gl-6.0/企画管理編/7";
		assertEquals("1-B-3-①、1-B-3-②、2-A-9-①、2-A-9-②", Workbooks.text(sheet, id, "引用する確認項目"));
		assertEquals(4, Workbooks.rowById(sheet, id).getCell(Workbooks.column(sheet, "件数")).getNumericCellValue());
		assertEquals("企画管理編", Workbooks.text(sheet, id, "編"));
		assertEquals("7", Workbooks.text(sheet, id, "節番号"));
		assertEquals("安全管理ガイドライン 第6.0版", Workbooks.text(sheet, id, "文書"));
		int citations = 0;
		for (Row row : sheet) {
			if (row.getRowNum() > 0) {
				citations += (int) row.getCell(Workbooks.column(sheet, "件数")).getNumericCellValue();
			}
		}
		assertEquals(110, citations, "every reference of the catalog is counted once");
	}

	@Test
	void sectionsWithoutConfirmedTitleSaySo() {
		Sheet sheet = workbook.getSheet("ガイドライン相互参照");
		assertEquals("表題未確認", Workbooks.text(sheet, "mhlw-gl-6.0/企画管理編/2.1.2", "表題"));
		assertEquals("未取得", Workbooks.text(sheet, "mhlw-gl-6.0/企画管理編/2.1.2", "表題の状態"));
	}

	@Test
	void glossaryHasEveryTermAndSaysWhereADefinitionIsMissing() {
		Sheet sheet = workbook.getSheet("用語");
		assertEquals(26, sheet.getLastRowNum());
		assertEquals(List.of("ID", "番号", "用語", "定義", "出典・状態", "使用する確認項目"), headers(sheet));
		assertEquals("サービス仕様適合開示書", Workbooks.text(sheet, "term-1", "用語"));
		assertEquals("定義未取得", Workbooks.text(sheet, "term-1", "定義"));
		assertTrue(Workbooks.text(sheet, "term-1", "使用する確認項目").startsWith("1-A-1-①"));
	}

	@Test
	void glossaryStatusIsAWordNeverTheResearchersCode() {
		Sheet sheet = workbook.getSheet("用語");
		assertEquals("定義未確認", Workbooks.text(sheet, "term-1", "出典・状態"));
		assertEquals("他資料による解説（確認表の用語の解説ではない）", Workbooks.text(sheet, "term-2", "出典・状態"));
		for (int number = 1; number <= 26; number++) {
			String status = Workbooks.text(sheet, "term-" + number, "出典・状態");
			assertTrue(status.equals("定義未確認") || status.startsWith("他資料による解説"), "term-" + number + ": " + status);
		}
	}

	@Test
	void englishOnRequest() throws Exception {
		try (XSSFWorkbook english = Workbooks.export(catalog, ExportOptions.defaults().withLocale(Locale.ENGLISH), "catalog-en.xlsx")) {
			assertEquals("Part 2", english.getSheetName(1));
			assertEquals("Expected risk", english.getSheetAt(1).getRow(0).getCell(5).getStringCellValue());
		}
	}

	/** POI records an autofilter as the sheet's hidden _FilterDatabase name over the table. */
	private static boolean hasAutoFilter(Sheet sheet) {
		int index = workbook.getSheetIndex(sheet);
		return workbook.getAllNames().stream().anyMatch(name -> "_xlnm._FilterDatabase".equals(name.getNameName())
				&& name.getSheetIndex() == index && name.getRefersToFormula().endsWith("$" + (sheet.getLastRowNum() + 1)));
	}

	private static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
		return headers;
	}
}

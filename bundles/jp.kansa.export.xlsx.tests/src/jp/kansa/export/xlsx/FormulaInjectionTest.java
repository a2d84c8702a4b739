/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Catalog;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Clause;
import jp.kansa.model.Engagement;
import jp.kansa.model.Item;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Part;
import jp.kansa.model.Party;
import jp.kansa.model.engagement.EngagementFiles;

/** Text that a spreadsheet would run as a formula stays text, shown as written. */
class FormulaInjectionTest {

	private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example/\",\"click\")", "+1", "-1",
			"@SUM(1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0");

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6 })
	void formulaLikeTextIsAQuotePrefixedStringCell(int index) throws Exception {
		String hostile = HOSTILE.get(index);
		try (XSSFWorkbook workbook = Workbooks.export(catalog(hostile), ExportOptions.defaults(), "injection-" + index + ".xlsx")) {
			Sheet sheet = workbook.getSheetAt(0);
			for (String header : List.of("内容", "想定されるリスク", "推奨される対応例")) {
				Cell cell = Workbooks.rowById(sheet, "x-1").getCell(Workbooks.column(sheet, header));
				assertEquals(CellType.STRING, cell.getCellType(), header);
				assertEquals(hostile, cell.getStringCellValue(), header);
				assertTrue(cell.getCellStyle().getQuotePrefixed(), header);
			}
			Cell plain = Workbooks.rowById(sheet, "x-1").getCell(Workbooks.column(sheet, "項目"));
			assertFalse(plain.getCellStyle().getQuotePrefixed(), "ordinary text is not marked");
			assertNoFormulaAnywhere(workbook);
		}
	}

	/**
	 * The engagement's own fields that only the 当事者 and 契約・条項 sheets show: a vendor's
	 * contact data and a clause typed from a contract are as untrusted as any catalog text.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6 })
	void formulaLikeContactsAndClausesAreQuotePrefixedStringCells(int index) throws Exception {
		String hostile = HOSTILE.get(index);
		// the data sheets are streamed as XML, whose readers turn a raw CR into LF: "\r=1+1" reads
		// back as "\n=1+1", still quote-prefixed text (the catalog sheets above are written by POI)
		String readBack = hostile.replace('\r', '\n');
		Engagement engagement = EngagementFiles.load(EngagementWorkpaperExportTest.SAMPLE);
		Party vendor = engagement.getParties().stream().filter(p -> p.getId().equals("P-A")).findFirst().orElseThrow();
		vendor.setContact(hostile);
		vendor.setEmergencyContact(hostile);
		Clause clause = engagement.getContracts().stream().flatMap(c -> c.getClauses().stream())
				.filter(c -> c.getId().equals("CL-3-15")).findFirst().orElseThrow();
		clause.setNumber(hostile);
		clause.setHeading(hostile);
		java.nio.file.Files.createDirectories(Workbooks.OUT);
		java.nio.file.Path file = Workbooks.OUT.resolve("injection-engagement-" + index + ".xlsx");
		WorkpaperExporter.create().export(engagement, EmbeddedCatalog.load(), EngagementWorkpaperExportTest.SAMPLE.getParent(),
				file, ExportOptions.defaults(), ExportMonitor.NONE);
		try (XSSFWorkbook workbook = new XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
			Sheet parties = workbook.getSheet("当事者");
			for (String header : List.of("連絡先", "緊急連絡先")) {
				assertQuotedText(readBack, Workbooks.rowById(parties, "P-A").getCell(Workbooks.column(parties, header)));
			}
			Sheet contracts = workbook.getSheet("契約・条項");
			for (String header : List.of("条番号", "見出し")) {
				assertQuotedText(readBack, Workbooks.rowById(contracts, "CL-3-15").getCell(Workbooks.column(contracts, header)));
			}
			assertNoFormulaAnywhere(workbook);
		}
	}

	private static void assertQuotedText(String expected, Cell cell) {
		assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().formatAsString());
		assertEquals(expected, cell.getStringCellValue());
		assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getAddress().formatAsString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "1-1", "a=b", "医療=情報", " =1" })
	void textThatOnlyContainsOperatorsIsNotMarked(String text) throws Exception {
		try (XSSFWorkbook workbook = Workbooks.export(catalog(text), ExportOptions.defaults(), "plain.xlsx")) {
			Sheet sheet = workbook.getSheetAt(0);
			Cell cell = Workbooks.rowById(sheet, "x-1").getCell(Workbooks.column(sheet, "内容"));
			assertEquals(text, cell.getStringCellValue());
			assertFalse(cell.getCellStyle().getQuotePrefixed());
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 40_000 })
	void overlongTextIsCutNotFatal(int length) throws Exception {
		// Varied text: one character repeated would compress so well that POI's zip-bomb guard
		// refuses to read the workbook back.
		StringBuilder builder = new StringBuilder(length);
		java.util.Random random = new java.util.Random(4);
		while (builder.length() < length) {
			builder.append((char) ('ぁ' + random.nextInt(80)));
		}
		String text = builder.toString();
		try (XSSFWorkbook workbook = Workbooks.export(catalog(text), ExportOptions.defaults(), "long.xlsx")) {
			Sheet sheet = workbook.getSheetAt(0);
			String value = Workbooks.text(sheet, "x-1", "内容");
			assertEquals(32_767, value.length());
			assertTrue(value.endsWith("…"));
			assertNotEquals(text, value);
		}
	}

	private static void assertNoFormulaAnywhere(XSSFWorkbook workbook) {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + "!" + cell.getAddress());
				}
			}
		}
	}

	/** One Part with a risk column and one check point whose texts are all the given text. */
	private static Catalog catalog(String text) {
		KansaFactory factory = KansaFactory.eINSTANCE;
		Catalog catalog = factory.createCatalog();
		catalog.setId("test");
		catalog.setTitle("テスト & 確認");
		Part part = factory.createPart();
		part.setId("x");
		part.setNumber(2);
		part.setTitle("テスト");
		part.setHasRiskColumn(true);
		catalog.getParts().add(part);
		Category category = factory.createCategory();
		category.setId("x-A");
		category.setCode("A");
		category.setTitle("分類");
		part.getCategories().add(category);
		Item item = factory.createItem();
		item.setId("x-A-1");
		item.setNumber("1");
		item.setTitle("普通の項目");
		category.getItems().add(item);
		CheckPoint checkPoint = factory.createCheckPoint();
		checkPoint.setId("x-1");
		checkPoint.setContent(text);
		checkPoint.setRisk(text);
		checkPoint.setRecommendation(text);
		checkPoint.setReferenceText(text);
		item.getCheckPoints().add(checkPoint);
		return catalog;
	}
}

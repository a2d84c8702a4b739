/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.Annotation;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Evidence;
import jp.kansa.model.Finding;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.VendorRequest;
import jp.kansa.vendor.RequestColumn;
import jp.kansa.vendor.RequestLayout;
import jp.kansa.vendor.VendorRequests;

/**
 * The request workbook read back with POI, cell by cell and part by part: only the vendor's
 * contracts, only the vendor's columns beside the 確認表 texts, protection and validation.
 */
class RequestWorkbookTest {

	/** Planted in everything the vendor must not see; none may appear in any part of the package. */
	private static final String MARK = "機密MARK";

	@TempDir
	Path folder;

	private VendorFixture fixture;

	@BeforeEach
	void setUp() throws IOException {
		fixture = new VendorFixture(folder);
		plantSecrets();
	}

	@Test
	void requestToBHoldsOnlyContractsC2AndC3AndTheVendorColumns() throws IOException {
		Path workbook = folder.resolve("request-B.xlsx");
		VendorRequest request = fixture.request("P-B", false, workbook);
		assertEquals(List.of("C-2", "C-3"), request.getContracts().stream().map(Contract::getId).toList());

		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
			assertEquals(List.of(RequestLayout.INSTRUCTIONS_SHEET, RequestLayout.CHECKS_SHEET, RequestLayout.META_SHEET),
					List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
			assertEquals(3, book.getNumberOfSheets());
			assertEquals(SheetVisibility.VERY_HIDDEN, book.getSheetVisibility(2));

			XSSFSheet sheet = book.getSheet(RequestLayout.CHECKS_SHEET);
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			assertEquals(Arrays.stream(RequestColumn.values()).map(RequestColumn::header).toList(), headers);
			assertEquals(List.of("確認ID", "契約", "項番", "項目", "内容", "推奨される対応例", "担当（貴社の認識）", "初回確認",
					"完了日", "事業者コメント", "提示する証跡（題名）", "証跡ファイル名", "証跡の日付"), headers);
			assertTrue(sheet.isColumnHidden(RequestColumn.CHECK_ID.ordinal()));

			List<ContractCheck> expected = fixture.engagement.getContractChecks().stream()
					.filter(c -> Set.of("C-2", "C-3").contains(c.getContract().getId())).toList();
			assertEquals(108, expected.size());
			assertEquals(expected.size(), sheet.getLastRowNum(), "one row per check of C-2 and C-3");
			Map<String, CheckPoint> points = checkPoints();
			Set<String> seen = new HashSet<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String id = text(row, RequestColumn.CHECK_ID);
				ContractCheck check = expected.stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
				assertNotNull(check, "row " + (r + 1) + " holds a check of C-2 or C-3: " + id);
				assertTrue(seen.add(id));
				CheckPoint point = points.get(check.getCheckPointId());
				assertEquals(check.getContract().getTitle(), text(row, RequestColumn.CONTRACT));
				assertEquals(check.getCheckPointId(), text(row, RequestColumn.NUMBER));
				assertEquals(point.getItem().getTitle(), text(row, RequestColumn.ITEM));
				assertEquals(point.getContent(), text(row, RequestColumn.CONTENT));
				for (RequestColumn column : RequestColumn.values()) {
					if (column.vendorFills()) {
						assertEquals("", text(row, column), "vendor cells start empty: " + column + " row " + (r + 1));
					}
				}
				assertEquals(RequestColumn.values().length, row.getLastCellNum(), "no cell beyond the columns");
			}

			XSSFSheet instructions = book.getSheet(RequestLayout.INSTRUCTIONS_SHEET);
			String all = sheetText(instructions);
			assertTrue(all.contains("回答期限: 2025-10-31"), all);
			assertTrue(all.contains("B情報システム株式会社"), all);
			assertTrue(all.contains("情報システム管理室 内線 1234"), "the institution's contact: " + all);
			assertTrue(all.contains("はい") && all.contains("いいえ") && all.contains("共同") && all.contains("対象外"),
					"what each choice means: " + all);
			assertTrue(all.contains("電子カルテシステム導入契約") && !all.contains("レセプト"), all);

			XSSFSheet meta = book.getSheet(RequestLayout.META_SHEET);
			Map<String, String> identity = new LinkedHashMap<>();
			meta.forEach(row -> identity.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue()));
			assertEquals(Map.of(RequestLayout.META_FORMAT, RequestLayout.FORMAT, RequestLayout.META_REQUEST, request.getId(),
					RequestLayout.META_ENGAGEMENT, "engagement", RequestLayout.META_PARTY, "P-B", RequestLayout.META_CHECKSUM,
					request.getChecksum()), identity);
			assertTrue(request.getChecksum().matches("[0-9a-f]{64}"), request.getChecksum());
		}
	}

	@Test
	void noPartOfThePackageHoldsWhatTheVendorMustNotSee() throws IOException {
		Path workbook = folder.resolve("request-B.xlsx");
		fixture.request("P-B", false, workbook);
		List<String> forbidden = new ArrayList<>(List.of(MARK, "Aメディカルシステムズ", "Cサポートサービス",
				"レセプトシステム保守契約", "C-1/", "P-A", "P-C", "監査 花子", "査閲 太郎", "未評価", "サインオフ",
				"指摘", "evidence/", ".txt"));
		// the 確認表 texts may use words such as 評価 and 結論 in their own sentences: no cell may *be* one of the
		// auditor's columns, which is what the header row and the shared strings show
		Pattern auditorHeader = Pattern.compile(">(評価|結論|コメント|証跡|担当先|作成者|査閲者)<");
		// nor hold an assessment (the 確認表 itself says 適合 inside longer sentences)
		Pattern assessment = Pattern.compile(">(適合|一部適合|不適合|該当なし|未評価)<");
		Pattern partName = Pattern.compile("\\[Content_Types\\]\\.xml|_rels/\\.rels|docProps/(app|core)\\.xml|"
				+ "xl/(workbook|styles|sharedStrings)\\.xml|xl/_rels/workbook\\.xml\\.rels|xl/worksheets/sheet[123]\\.xml|"
				+ "xl/theme/theme1\\.xml");
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			List<String> parts = zip.stream().map(ZipEntry::getName).toList();
			assertTrue(parts.size() >= 9, parts::toString);
			for (ZipEntry entry : zip.stream().toList()) {
				assertTrue(partName.matcher(entry.getName()).matches(), "unexpected part " + entry.getName());
				String content;
				try (InputStream in = zip.getInputStream(entry)) {
					content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				for (String word : forbidden) {
					assertFalse(content.contains(word), entry.getName() + " holds " + word);
				}
				assertFalse(assessment.matcher(content).find(), entry.getName() + " holds an assessment");
				assertFalse(auditorHeader.matcher(content).find(), entry.getName() + " holds an auditor's column");
			}
		}
	}

	@Test
	void bothSheetsPrintOnePageWideOnA4WithTheHeaderOnEveryPage() throws IOException {
		Path workbook = folder.resolve("request-print.xlsx");
		fixture.request("P-B", false, workbook);
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
			for (String name : List.of(RequestLayout.INSTRUCTIONS_SHEET, RequestLayout.CHECKS_SHEET)) {
				org.apache.poi.xssf.usermodel.XSSFSheet sheet = book.getSheet(name);
				assertTrue(sheet.getFitToPage(), name);
				assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
				assertEquals(0, sheet.getPrintSetup().getFitHeight(), name);
				assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(), name);
			}
			org.apache.poi.xssf.usermodel.XSSFSheet checks = book.getSheet(RequestLayout.CHECKS_SHEET);
			assertTrue(checks.getPrintSetup().getLandscape(), "the 確認表 sheet is printed landscape"); //$NON-NLS-1$
			assertEquals(new org.apache.poi.ss.util.CellRangeAddress(RequestLayout.HEADER_ROW - 1, RequestLayout.HEADER_ROW - 1, -1, -1),
					checks.getRepeatingRows(), "the header row repeats on every page"); //$NON-NLS-1$
		}
	}

	@Test
	void theWorkbookHasThePermissionsOfAnyNewFileInItsFolder() throws IOException {
		Path workbook = folder.resolve("request-mode.xlsx");
		fixture.request("P-B", false, workbook);
		Path ordinary = Files.createFile(folder.resolve("ordinary.txt"));
		assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(workbook),
				"not the owner-only mode of a temporary file"); //$NON-NLS-1$
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left"); //$NON-NLS-1$
		}
	}

	@Test
	void subcontractorsAreNamedOnlyWhenChosen() throws IOException {
		Path without = folder.resolve("without.xlsx");
		fixture.request("P-B", false, without);
		Path with = folder.resolve("with.xlsx");
		VendorRequest request = fixture.request("P-B", true, with);
		assertTrue(request.isIncludesSubcontractors());
		try (XSSFWorkbook a = new XSSFWorkbook(Files.newInputStream(without));
				XSSFWorkbook b = new XSSFWorkbook(Files.newInputStream(with))) {
			assertFalse(sheetText(a.getSheet(RequestLayout.INSTRUCTIONS_SHEET)).contains("Cサポートサービス"));
			String text = sheetText(b.getSheet(RequestLayout.INSTRUCTIONS_SHEET));
			assertTrue(text.contains("含まれる再委託先: Cサポートサービス株式会社 (架空)"), text);
		}
		// a contract of the subcontractor alone comes in only with the option
		Contract own = KansaFactory.eINSTANCE.createContract();
		own.setId("C-9");
		own.setTitle("C社 直接契約");
		own.getParties().add(fixture.party("P-C"));
		fixture.engagement.getContracts().add(own);
		assertEquals(List.of("C-2", "C-3"), VendorRequests.prepare(fixture.engagement, fixture.party("P-B"),
				VendorFixture.DUE, false, java.time.Clock.systemUTC()).getContracts().stream().map(Contract::getId).toList());
		assertEquals(List.of("C-2", "C-3", "C-9"), VendorRequests.prepare(fixture.engagement, fixture.party("P-B"),
				VendorFixture.DUE, true, java.time.Clock.systemUTC()).getContracts().stream().map(Contract::getId).toList());
	}

	@Test
	void everythingIsProtectedAndEveryEditableCellIsValidated() throws IOException {
		Path workbook = folder.resolve("request-B.xlsx");
		fixture.request("P-B", false, workbook);
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
			assertTrue(book.isStructureLocked(), "sheets cannot be unhidden, added or removed");
			for (int i = 0; i < book.getNumberOfSheets(); i++) {
				assertTrue(book.getSheetAt(i).getProtect(), book.getSheetName(i) + " is protected");
			}
			XSSFSheet sheet = book.getSheet(RequestLayout.CHECKS_SHEET);
			List<? extends DataValidation> validations = sheet.getDataValidations();
			assertEquals(7, validations.size());
			int unlocked = 0;
			for (Row row : sheet) {
				for (RequestColumn column : RequestColumn.values()) {
					Cell cell = row.getCell(column.ordinal());
					boolean editable = row.getRowNum() > 0 && column.vendorFills();
					assertEquals(!editable, cell.getCellStyle().getLocked(), cell.getAddress() + " locked");
					if (editable) {
						unlocked++;
						DataValidation validation = validationAt(validations, row.getRowNum(), column.ordinal());
						assertNotNull(validation, "validation on " + cell.getAddress());
						assertTrue(validation.getShowErrorBox());
						DataValidationConstraint constraint = validation.getValidationConstraint();
						switch (column) {
							case RESPONSIBILITY -> assertEquals(List.of("医療機関", "事業者", "共同", "対象外"),
									List.of(constraint.getExplicitListValues()));
							case INITIAL_CHECK -> assertEquals(List.of("はい", "いいえ"), List.of(constraint.getExplicitListValues()));
							case COMPLETION_DATE, EVIDENCE_DATE -> assertEquals(DataValidationConstraint.ValidationType.DATE,
									constraint.getValidationType());
							default -> assertEquals(DataValidationConstraint.ValidationType.TEXT_LENGTH,
									constraint.getValidationType());
						}
					}
				}
			}
			assertEquals(108 * 7, unlocked);
		}
	}

	@Test
	void openpyxlSeesTheSameProtectionAndValidation() throws Exception {
		Path workbook = folder.resolve("request-B.xlsx");
		fixture.request("P-B", false, workbook);
		String json = VendorFixture.run(List.of(VendorFixture.PYTHON,
				VendorFixture.DATA.resolve("inspect_request.py").toAbsolutePath().toString(), workbook.toString()), folder);
		assertTrue(json.contains("\"workbookLocked\": true"), json);
		assertTrue(json.contains("\"kansa\": {\"state\": \"veryHidden\", \"protected\": true"), json);
		assertTrue(json.contains("\"確認表\": {\"state\": \"visible\", \"protected\": true"), json);
		assertTrue(json.contains("\"記入方法\": {\"state\": \"visible\", \"protected\": true"), json);
		assertTrue(json.contains("\"ranges\": \"G2:G109\""), json);
		assertTrue(json.contains("\"formula1\": \"\\\"医療機関,事業者,共同,対象外\\\"\""), json);
		assertTrue(json.contains("\"ranges\": \"H2:H109\"") && json.contains("\"ranges\": \"M2:M109\""), json);
		assertEquals(7, json.split("\"type\": ").length - 1, json);
		// openpyxl's list of unlocked cells: exactly the vendor columns G..M of the 108 rows
		String unlocked = json.substring(json.indexOf("\"確認表\""));
		unlocked = unlocked.substring(unlocked.indexOf("\"unlocked\": [") + 13, unlocked.indexOf(']', unlocked.indexOf("\"unlocked\"")));
		String[] cells = unlocked.split(", ");
		assertEquals(108 * 7, cells.length);
		for (String cell : cells) {
			assertTrue(cell.matches("\"[G-M](\\d+)\"") && Integer.parseInt(cell.replaceAll("\\D", "")) >= 2, cell);
		}
	}

	private static DataValidation validationAt(List<? extends DataValidation> validations, int row, int column) {
		for (DataValidation validation : validations) {
			for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
				if (range.isInRange(row, column)) {
					return validation;
				}
			}
		}
		return null;
	}

	private static String text(Row row, RequestColumn column) {
		Cell cell = row.getCell(column.ordinal());
		return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
	}

	private static String sheetText(XSSFSheet sheet) {
		StringBuilder text = new StringBuilder();
		sheet.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
		return text.toString();
	}

	private Map<String, CheckPoint> checkPoints() {
		Map<String, CheckPoint> points = new LinkedHashMap<>();
		fixture.catalog.getParts().forEach(part -> part.getCategories().forEach(category -> category.getItems()
				.forEach(item -> item.getCheckPoints().forEach(point -> points.put(point.getId(), point)))));
		return points;
	}

	/** Conclusions, comments, findings and evidence titles the vendor must never see. */
	private void plantSecrets() {
		int n = 0;
		for (ContractCheck check : fixture.engagement.getContractChecks()) {
			check.setConclusion(MARK + " 結論 " + n++);
			Annotation note = KansaFactory.eINSTANCE.createAnnotation();
			note.setText(MARK + " コメント");
			check.getAnnotations().add(note);
		}
		for (Finding finding : fixture.engagement.getFindings()) {
			finding.setTitle(MARK + " " + finding.getTitle());
			finding.setDescription(MARK);
		}
		for (Evidence evidence : fixture.engagement.getEvidence()) {
			evidence.setTitle(MARK + " " + evidence.getTitle());
		}
		for (Party party : fixture.engagement.getParties()) {
			if (party.getEmergencyContact() != null) {
				party.setEmergencyContact(MARK + " " + party.getEmergencyContact());
			}
		}
	}
}

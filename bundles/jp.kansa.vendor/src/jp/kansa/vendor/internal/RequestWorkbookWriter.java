/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.VendorRequest;
import jp.kansa.vendor.RequestColumn;
import jp.kansa.vendor.RequestLayout;
import jp.kansa.vendor.VendorRequests;

/**
 * Writes one request workbook with POI's XSSF (a request is a few hundred rows). What goes in
 * is chosen field by field from the 確認表 and the request — never copied from the engagement
 * wholesale — so that nothing the vendor should not see (other vendors, 評価, 結論, コメント,
 * findings, evidence) can slip into a cell or a package part.
 */
public final class RequestWorkbookWriter {

	private static final String FONT = "Noto Sans CJK JP";
	private static final short EDITABLE_FILL = IndexedColors.LIGHT_YELLOW.getIndex();
	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private final Engagement engagement;
	private final VendorRequest request;
	private final Catalog catalog;
	private final String contact;

	public RequestWorkbookWriter(Engagement engagement, VendorRequest request, Catalog catalog, String contact) {
		this.engagement = engagement;
		this.request = request;
		this.catalog = catalog;
		this.contact = contact;
	}

	public void write(Path output) throws IOException {
		Path target = output.toAbsolutePath();
		// beside the target, so that the move is a rename; not Files.createTempFile, whose
		// owner-only permissions the workbook the auditor mails to the vendor would keep
		Path temp = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
		try {
			try (XSSFWorkbook workbook = build();
					OutputStream out = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW,
							java.nio.file.StandardOpenOption.WRITE)) {
				workbook.write(out);
			}
			Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	XSSFWorkbook build() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Styles styles = new Styles(workbook);
		String password = HexFormat.of().formatHex(randomBytes());
		writeInstructions(workbook, styles, password);
		writeChecks(workbook, styles, password);
		writeMeta(workbook, password);
		workbook.setActiveSheet(0);
		workbook.lockStructure();
		properties(workbook);
		return workbook;
	}

	private void writeInstructions(XSSFWorkbook workbook, Styles styles, String password) {
		XSSFSheet sheet = workbook.createSheet(RequestLayout.INSTRUCTIONS_SHEET);
		sheet.setColumnWidth(0, 110 * 256);
		printOnA4(sheet, false, -1);
		List<String[]> lines = new ArrayList<>();
		Party vendor = request.getParty();
		lines.add(new String[] { "title", WorkbookText.format("title", name(vendor)) });
		lines.add(new String[] { "", "" });
		lines.add(new String[] { "", WorkbookText.format("intro.vendor", name(vendor)) });
		List<Party> subcontractors = subcontractors();
		if (!subcontractors.isEmpty()) {
			lines.add(new String[] { "", WorkbookText.format("intro.subcontractors",
					subcontractors.stream().map(RequestWorkbookWriter::name).collect(Collectors.joining("、"))) });
		}
		if (engagement.getInstitution() != null) {
			lines.add(new String[] { "", WorkbookText.format("intro.institution", name(engagement.getInstitution())) });
		}
		lines.add(new String[] { "", WorkbookText.format("intro.contracts",
				request.getContracts().stream().map(Contract::getTitle).collect(Collectors.joining("、"))) });
		lines.add(new String[] { "strong", WorkbookText.format("intro.due",
				request.getDueDate() == null ? "—" : ISO.format(request.getDueDate())) });
		lines.add(new String[] { "", WorkbookText.format("intro.contact", contactText()) });
		lines.add(new String[] { "", WorkbookText.format("intro.request", request.getId()) });
		lines.add(new String[] { "", "" });
		lines.add(new String[] { "heading", WorkbookText.get("how.heading") });
		lines.add(new String[] { "", WorkbookText.format("how.1", RequestLayout.CHECKS_SHEET) });
		lines.add(new String[] { "", WorkbookText.get("how.2") });
		lines.add(new String[] { "", WorkbookText.get("how.3") });
		lines.add(new String[] { "", WorkbookText.get("how.4") });
		lines.add(new String[] { "", "" });
		lines.add(new String[] { "heading", WorkbookText.get("meaning.heading") });
		lines.add(new String[] { "", WorkbookText.get("meaning.RESPONSIBILITY") });
		lines.add(new String[] { "", WorkbookText.get("meaning.INITIAL_CHECK") });
		lines.add(new String[] { "", WorkbookText.get("meaning.COMPLETION_DATE") });
		lines.add(new String[] { "", WorkbookText.format("meaning.COMMENT", RequestLayout.MAX_COMMENT) });
		lines.add(new String[] { "", WorkbookText.get("meaning.EVIDENCE") });
		for (int i = 0; i < lines.size(); i++) {
			String[] line = lines.get(i);
			if (line[1].isEmpty()) {
				continue;
			}
			XSSFCell cell = sheet.createRow(i).createCell(0);
			cell.setCellValue(line[1]);
			cell.setCellStyle(switch (line[0]) {
				case "title" -> styles.title;
				case "heading", "strong" -> styles.heading;
				default -> styles.wrapped;
			});
		}
		sheet.protectSheet(password);
	}

	/**
	 * Vendors print the request to fill it in at a meeting: one page wide (the 確認表 sheet
	 * landscape, its header on every page), as many pages down as the rows need.
	 */
	private static void printOnA4(XSSFSheet sheet, boolean landscape, int headerRow) {
		org.apache.poi.ss.usermodel.PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		print.setLandscape(landscape);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		if (headerRow >= 0) {
			sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, -1, -1));
		}
	}

	private void writeChecks(XSSFWorkbook workbook, Styles styles, String password) {
		XSSFSheet sheet = workbook.createSheet(RequestLayout.CHECKS_SHEET);
		printOnA4(sheet, true, RequestLayout.HEADER_ROW - 1);
		RequestColumn[] columns = RequestColumn.values();
		XSSFRow header = sheet.createRow(RequestLayout.HEADER_ROW - 1);
		for (RequestColumn column : columns) {
			XSSFCell cell = header.createCell(column.ordinal());
			cell.setCellValue(column.header());
			cell.setCellStyle(column.vendorFills() ? styles.editableHeader : styles.header);
			if (column.width() == 0) {
				sheet.setColumnHidden(column.ordinal(), true);
			} else {
				sheet.setColumnWidth(column.ordinal(), column.width() * 256);
			}
		}
		Map<String, CheckPoint> points = checkPoints();
		List<ContractCheck> checks = VendorRequests.checks(engagement, request, catalog);
		int rowIndex = RequestLayout.HEADER_ROW;
		for (ContractCheck check : checks) {
			XSSFRow row = sheet.createRow(rowIndex++);
			CheckPoint point = points.get(check.getCheckPointId());
			for (RequestColumn column : columns) {
				XSSFCell cell = row.createCell(column.ordinal());
				String text = text(column, check, point);
				if (text != null) {
					cell.setCellValue(text);
				}
				cell.setCellStyle(switch (column) {
					case COMPLETION_DATE, EVIDENCE_DATE -> styles.editableDate;
					default -> column.vendorFills() ? styles.editable : styles.locked;
				});
			}
		}
		int lastRow = rowIndex - 1;
		if (lastRow >= RequestLayout.HEADER_ROW) {
			validations(sheet, RequestLayout.HEADER_ROW, lastRow);
		}
		sheet.createFreezePane(RequestColumn.NUMBER.ordinal() + 1, RequestLayout.HEADER_ROW);
		sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(RequestLayout.HEADER_ROW - 1,
				Math.max(lastRow, RequestLayout.HEADER_ROW - 1), 0, columns.length - 1));
		sheet.protectSheet(password);
		// the vendor may still widen columns and filter, which changes nothing it answers
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockAutoFilter(false);
		sheet.lockSort(true);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

	/** Every editable cell gets a validation: lists, dates, text lengths. */
	private static void validations(XSSFSheet sheet, int firstRow, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		String choices = RequestLayout.RESPONSIBILITY_CHOICES.stream().map(c -> WorkbookText.get("choice." + c.name()))
				.collect(Collectors.joining(","));
		String yesNo = RequestLayout.INITIAL_CHECK_CHOICES.stream().map(c -> WorkbookText.get("choice." + c.name()))
				.collect(Collectors.joining(","));
		add(sheet, helper.createExplicitListConstraint(choices.split(",")), RequestColumn.RESPONSIBILITY, firstRow,
				lastRow, WorkbookText.format("validation.list", choices.replace(",", "、")));
		add(sheet, helper.createExplicitListConstraint(yesNo.split(",")), RequestColumn.INITIAL_CHECK, firstRow, lastRow,
				WorkbookText.format("validation.list", yesNo.replace(",", "、")));
		String from = ISO.format(RequestLayout.FIRST_DATE);
		String to = ISO.format(RequestLayout.LAST_DATE);
		for (RequestColumn column : List.of(RequestColumn.COMPLETION_DATE, RequestColumn.EVIDENCE_DATE)) {
			add(sheet, helper.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2099,12,31)", null),
					column, firstRow, lastRow, WorkbookText.format("validation.date", from, to));
		}
		add(sheet, helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, String.valueOf(RequestLayout.MAX_COMMENT), null),
				RequestColumn.COMMENT, firstRow, lastRow, WorkbookText.format("validation.length", RequestLayout.MAX_COMMENT));
		for (RequestColumn column : List.of(RequestColumn.EVIDENCE_TITLE, RequestColumn.EVIDENCE_FILE)) {
			add(sheet, helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL,
					String.valueOf(RequestLayout.MAX_SHORT_TEXT), null), column, firstRow, lastRow,
					WorkbookText.format("validation.length", RequestLayout.MAX_SHORT_TEXT));
		}
	}

	private static void add(XSSFSheet sheet, DataValidationConstraint constraint, RequestColumn column, int firstRow,
			int lastRow, String message) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(firstRow, lastRow, column.ordinal(), column.ordinal()));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(WorkbookText.get("validation.title"), message);
		validation.setShowPromptBox(true);
		validation.createPromptBox(WorkbookText.get("prompt.title"), message);
		validation.setEmptyCellAllowed(true);
		sheet.addValidationData(validation);
	}

	/** The request's identity, very hidden and protected: read back to match the reply. */
	private void writeMeta(XSSFWorkbook workbook, String password) {
		XSSFSheet sheet = workbook.createSheet(RequestLayout.META_SHEET);
		String[][] rows = { { RequestLayout.META_FORMAT, RequestLayout.FORMAT },
				{ RequestLayout.META_REQUEST, request.getId() }, { RequestLayout.META_ENGAGEMENT, engagement.getId() },
				{ RequestLayout.META_PARTY, request.getParty().getId() },
				{ RequestLayout.META_CHECKSUM, request.getChecksum() } };
		for (int i = 0; i < rows.length; i++) {
			XSSFRow row = sheet.createRow(i);
			row.createCell(0).setCellValue(rows[i][0]);
			row.createCell(1).setCellValue(rows[i][1]);
		}
		sheet.protectSheet(password);
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	/** POI would name itself the author; the package says only what the workbook is. */
	private static void properties(XSSFWorkbook workbook) {
		POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
		core.setCreator("Kansa Workbench");
		core.setTitle(WorkbookText.get("document.title"));
	}

	private String text(RequestColumn column, ContractCheck check, CheckPoint point) {
		return switch (column) {
			case CHECK_ID -> check.getId();
			case CONTRACT -> check.getContract().getTitle();
			case NUMBER -> check.getCheckPointId();
			case ITEM -> point == null ? null : point.getItem().getTitle();
			case CONTENT -> point == null ? null : point.getContent();
			case RECOMMENDATION -> point == null ? null : recommendation(point);
			default -> null;
		};
	}

	private static String recommendation(CheckPoint point) {
		if (point.getRecommendations().isEmpty()) {
			return point.getRecommendation();
		}
		return point.getRecommendations().stream().map(r -> r.getLabel() + " " + r.getText())
				.collect(Collectors.joining("\n"));
	}

	private Map<String, CheckPoint> checkPoints() {
		Map<String, CheckPoint> points = new HashMap<>();
		if (catalog != null) {
			catalog.getParts().forEach(part -> part.getCategories().forEach(category -> category.getItems()
					.forEach(item -> item.getCheckPoints().forEach(point -> points.put(point.getId(), point)))));
		}
		return points;
	}

	/** The subcontractors engaged by the vendor that are party to an included contract. */
	private List<Party> subcontractors() {
		if (!request.isIncludesSubcontractors()) {
			return List.of();
		}
		return engagement.getParties().stream()
				.filter(party -> party.getKind() == PartyKind.SUBCONTRACTOR && party.getEngagedBy() == request.getParty())
				.filter(party -> request.getContracts().stream().anyMatch(c -> c.getParties().contains(party)))
				.toList();
	}

	private String contactText() {
		if (contact != null && !contact.isBlank()) {
			return contact;
		}
		Party institution = engagement.getInstitution();
		if (institution != null && institution.getContact() != null && !institution.getContact().isBlank()) {
			return name(institution) + " " + institution.getContact();
		}
		return "—";
	}

	private static String name(Party party) {
		return party.getName() == null || party.getName().isBlank() ? party.getId() : party.getName();
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	/** The few cell styles of the workbook, created once. */
	private static final class Styles {
		final CellStyle title;
		final CellStyle heading;
		final CellStyle wrapped;
		final CellStyle header;
		final CellStyle editableHeader;
		final CellStyle locked;
		final CellStyle editable;
		final CellStyle editableDate;

		Styles(XSSFWorkbook workbook) {
			Font normal = font(workbook, false, 10);
			Font bold = font(workbook, true, 10);
			title = style(workbook, font(workbook, true, 13), true, false);
			heading = style(workbook, bold, true, false);
			wrapped = style(workbook, normal, true, false);
			header = style(workbook, bold, true, false);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			editableHeader = style(workbook, bold, true, false);
			editableHeader.setFillForegroundColor(EDITABLE_FILL);
			editableHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			locked = style(workbook, normal, true, false);
			editable = style(workbook, normal, true, true);
			editable.setFillForegroundColor(EDITABLE_FILL);
			editable.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			editableDate = style(workbook, normal, false, true);
			editableDate.setFillForegroundColor(EDITABLE_FILL);
			editableDate.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			editableDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		}

		private static Font font(XSSFWorkbook workbook, boolean bold, int points) {
			Font font = workbook.createFont();
			font.setFontName(FONT);
			font.setCharSet(FontCharset.SHIFTJIS.getNativeId());
			font.setBold(bold);
			font.setFontHeightInPoints((short) points);
			return font;
		}

		private static CellStyle style(XSSFWorkbook workbook, Font font, boolean wrap, boolean unlocked) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setWrapText(wrap);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setLocked(!unlocked);
			return style;
		}
	}
}

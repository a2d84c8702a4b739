/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.ImportLimits;
import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.vendor.AnswerChange;
import jp.kansa.vendor.RequestColumn;
import jp.kansa.vendor.RequestLayout;
import jp.kansa.vendor.VendorReply;
import jp.kansa.vendor.VendorRequests;

/** Reads one reply workbook (already screened) with POI's XSSF, read-only. */
public final class ReplyWorkbookReader {

	private static final int MAX_HEADER_SEARCH = 20;
	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private final Path file;
	private final Engagement engagement;
	private final Party expectedVendor;
	private final ImportLimits limits;
	private final Instant readAt;
	private final List<AnswerChange> changes = new ArrayList<>();
	private final List<ImportProblem> problems = new ArrayList<>();

	public ReplyWorkbookReader(Path file, Engagement engagement, Party expectedVendor, ImportLimits limits,
			Instant readAt) {
		this.file = file;
		this.engagement = engagement;
		this.expectedVendor = expectedVendor;
		this.limits = limits;
		this.readAt = readAt;
	}

	public VendorReply read() throws WorkpaperRefusedException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
				VendorRequest request = match(workbook);
				int rows = readChecks(workbook, request);
				return new VendorReply(file, engagement, request, changes, problems, rows, readAt);
			} finally {
				pkg.revert();
			}
		} catch (InvalidFormatException | IOException | RuntimeException e) {
			throw refused(NLS.bind(Messages.refusedUnreadable, e.getMessage() == null ? e.getClass().getSimpleName()
					: e.getMessage()), e);
		}
	}

	/** Finds the request the reply answers, refusing it whole when it is not this engagement's or was altered. */
	private VendorRequest match(XSSFWorkbook workbook) throws WorkpaperRefusedException {
		Sheet meta = workbook.getSheet(RequestLayout.META_SHEET);
		Map<String, String> identity = meta == null ? Map.of() : keyValues(meta);
		if (!identity.containsKey(RequestLayout.META_FORMAT)) {
			throw refused(NLS.bind(Messages.refusedNotARequest, RequestLayout.META_SHEET), null);
		}
		if (!RequestLayout.FORMAT.equals(identity.get(RequestLayout.META_FORMAT))) {
			throw refused(NLS.bind(Messages.refusedUnknownFormat, identity.get(RequestLayout.META_FORMAT)), null);
		}
		String engagementId = identity.getOrDefault(RequestLayout.META_ENGAGEMENT, "");
		if (!engagementId.equals(engagement.getId())) {
			throw refused(NLS.bind(Messages.refusedOtherEngagement, engagementId, label(engagement)), null);
		}
		String requestId = identity.getOrDefault(RequestLayout.META_REQUEST, "");
		VendorRequest request = engagement.getVendorRequests().stream().filter(r -> requestId.equals(r.getId()))
				.findFirst().orElseThrow(() -> refused(NLS.bind(Messages.refusedUnknownRequest, requestId), null));
		String partyId = identity.getOrDefault(RequestLayout.META_PARTY, "");
		if (request.getParty() == null || !partyId.equals(request.getParty().getId())) {
			throw refused(NLS.bind(Messages.refusedOtherVendor,
					new Object[] { requestId, name(request.getParty()), vendorName(partyId) }), null);
		}
		if (expectedVendor != null && expectedVendor != request.getParty()) {
			throw refused(NLS.bind(Messages.refusedNotExpectedVendor,
					new Object[] { name(request.getParty()), requestId, name(expectedVendor) }), null);
		}
		if (request.getChecksum() == null
				|| !request.getChecksum().equals(identity.get(RequestLayout.META_CHECKSUM))) {
			throw refused(NLS.bind(Messages.refusedTampered, requestId), null);
		}
		return request;
	}

	private int readChecks(XSSFWorkbook workbook, VendorRequest request) throws WorkpaperRefusedException {
		Sheet sheet = workbook.getSheet(RequestLayout.CHECKS_SHEET);
		int headerRow = sheet == null ? -1 : headerRow(sheet);
		if (headerRow < 0) {
			throw refused(NLS.bind(Messages.refusedNoChecksSheet, RequestLayout.CHECKS_SHEET,
					RequestColumn.CHECK_ID.header()), null);
		}
		String sheetName = sheet.getSheetName();
		Map<RequestColumn, Integer> columns = columns(sheet.getRow(headerRow));
		for (RequestColumn column : RequestColumn.values()) {
			if (!columns.containsKey(column) && (column.vendorFills() || column == RequestColumn.CHECK_ID)) {
				problems.add(new ImportProblem(sheetName, null, NLS.bind(Messages.problemMissingColumn, column.header()),
						null));
			}
		}
		if (!columns.containsKey(RequestColumn.CHECK_ID)) {
			return 0;
		}
		List<ContractCheck> asked = VendorRequests.checks(engagement, request, null);
		Map<String, ContractCheck> byId = new HashMap<>();
		Map<String, ContractCheck> byNumber = new HashMap<>();
		for (ContractCheck check : asked) {
			byId.put(check.getId(), check);
			byNumber.put(check.getContract().getTitle() + "\n" + check.getCheckPointId(), check);
		}
		Map<ContractCheck, Integer> seen = new HashMap<>();
		int rows = 0;
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || vendorCellsEmpty(row, columns) && emptyText(row, columns.get(RequestColumn.CHECK_ID))) {
				continue;
			}
			ContractCheck check = matchRow(row, columns, byId, byNumber);
			String idCell = new CellReference(r, columns.get(RequestColumn.CHECK_ID)).formatAsString(false);
			if (check == null) {
				problems.add(new ImportProblem(sheetName, idCell, NLS.bind(Messages.problemUnknownRow, request.getId()),
						shortened(text(row.getCell(columns.get(RequestColumn.CHECK_ID))))));
				continue;
			}
			Integer earlier = seen.putIfAbsent(check, r + 1);
			if (earlier != null) {
				problems.add(new ImportProblem(sheetName, idCell, NLS.bind(Messages.problemDuplicateRow, earlier),
						check.getId()));
				continue;
			}
			rows++;
			readRow(sheetName, row, columns, check, request.getParty());
		}
		return rows;
	}

	private void readRow(String sheetName, Row row, Map<RequestColumn, Integer> columns, ContractCheck check,
			Party vendor) {
		VendorAnswer inForce = VendorRound.answerOf(check, vendor).orElse(null);
		for (RequestColumn column : RequestColumn.values()) {
			Integer index = columns.get(column);
			if (!column.vendorFills() || index == null) {
				continue;
			}
			Cell cell = row.getCell(index);
			String ref = new CellReference(row.getRowNum(), index).formatAsString(false);
			if (cell == null || cell.getCellType() == CellType.BLANK
					|| cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank()) {
				continue;
			}
			if (cell.getCellType() == CellType.FORMULA) {
				problems.add(new ImportProblem(sheetName, ref, Messages.problemFormula, shortened(cell.getCellFormula())));
				continue;
			}
			Object value = value(sheetName, ref, column, cell);
			if (value == null) {
				continue;
			}
			Object previous = inForce == null ? null : AnswerValues.get(inForce, column);
			if (!Objects.equals(previous, value)) {
				changes.add(new AnswerChange(sheetName, ref, check, column, value, AnswerValues.text(previous),
						AnswerValues.text(value), AnswerValues.institutionText(check, column)));
			}
		}
	}

	/** The cell's value for the column, or null after reporting a problem. */
	private Object value(String sheet, String ref, RequestColumn column, Cell cell) {
		switch (column) {
			case RESPONSIBILITY, INITIAL_CHECK -> {
				String text = text(cell).strip();
				Object choice = AnswerValues.choice(column, text);
				if (choice == null) {
					problems.add(new ImportProblem(sheet, ref,
							NLS.bind(Messages.expectedChoice, String.join(" / ", AnswerValues.choiceTexts(column))),
							shortened(text)));
				}
				return choice;
			}
			case COMPLETION_DATE, EVIDENCE_DATE -> {
				LocalDate date = AnswerValues.date(cell);
				if (date == null || date.isBefore(RequestLayout.FIRST_DATE) || date.isAfter(RequestLayout.LAST_DATE)) {
					problems.add(new ImportProblem(sheet, ref, NLS.bind(Messages.expectedDate,
							ISO.format(RequestLayout.FIRST_DATE), ISO.format(RequestLayout.LAST_DATE)),
							shortened(date != null ? ISO.format(date) : text(cell))));
					return null;
				}
				return date;
			}
			default -> {
				String text = text(cell).strip();
				int max = column == RequestColumn.COMMENT ? RequestLayout.MAX_COMMENT : RequestLayout.MAX_SHORT_TEXT;
				if (text.length() > max || text.length() > limits.maxCellChars()) {
					problems.add(new ImportProblem(sheet, ref, NLS.bind(Messages.expectedText, max),
							NLS.bind(Messages.foundLength, text.length())));
					return null;
				}
				return text;
			}
		}
	}

	private static ContractCheck matchRow(Row row, Map<RequestColumn, Integer> columns, Map<String, ContractCheck> byId,
			Map<String, ContractCheck> byNumber) {
		String id = text(row.getCell(columns.get(RequestColumn.CHECK_ID))).strip();
		if (!id.isEmpty()) {
			return byId.get(id);
		}
		Integer contract = columns.get(RequestColumn.CONTRACT);
		Integer number = columns.get(RequestColumn.NUMBER);
		if (contract == null || number == null) {
			return null;
		}
		return byNumber.get(text(row.getCell(contract)).strip() + "\n" + text(row.getCell(number)).strip());
	}

	/** The first row (of the first twenty) holding the hidden id column's header. */
	private static int headerRow(Sheet sheet) {
		for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), MAX_HEADER_SEARCH); r++) {
			Row row = sheet.getRow(r);
			if (row != null && columns(row).containsKey(RequestColumn.CHECK_ID)) {
				return r;
			}
		}
		return -1;
	}

	private static Map<RequestColumn, Integer> columns(Row header) {
		Map<RequestColumn, Integer> columns = new EnumMap<>(RequestColumn.class);
		for (Cell cell : header) {
			RequestColumn column = RequestColumn.ofHeader(text(cell));
			if (column != null) {
				columns.putIfAbsent(column, cell.getColumnIndex());
			}
		}
		return columns;
	}

	private static boolean vendorCellsEmpty(Row row, Map<RequestColumn, Integer> columns) {
		return columns.entrySet().stream().filter(e -> e.getKey().vendorFills())
				.allMatch(e -> emptyText(row, e.getValue()));
	}

	private static boolean emptyText(Row row, Integer index) {
		return index == null || text(row.getCell(index)).isBlank();
	}

	private static Map<String, String> keyValues(Sheet sheet) {
		Map<String, String> values = new HashMap<>();
		for (Row row : sheet) {
			String key = text(row.getCell(0)).strip();
			if (!key.isEmpty()) {
				values.putIfAbsent(key, text(row.getCell(1)).strip());
			}
		}
		return values;
	}

	/** A cell as text: strings as they are, numbers as the office suite would show them plainly. */
	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> {
				double value = cell.getNumericCellValue();
				yield value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
						: String.valueOf(value);
			}
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case FORMULA -> "=" + cell.getCellFormula();
			default -> "";
		};
	}

	private static String shortened(String text) {
		if (text == null) {
			return null;
		}
		return text.length() > ImportProblem.MAX_FOUND_LENGTH ? text.substring(0, ImportProblem.MAX_FOUND_LENGTH - 1) + "…"
				: text;
	}

	private WorkpaperRefusedException refused(String reason, Throwable cause) {
		return new WorkpaperRefusedException(file, NLS.bind(Messages.refused, file, reason), reason, cause);
	}

	private String vendorName(String partyId) {
		return engagement.getParties().stream().filter(p -> partyId.equals(p.getId())).findFirst()
				.map(ReplyWorkbookReader::name).orElse(partyId);
	}

	private static String name(Party party) {
		if (party == null) {
			return "—";
		}
		return party.getName() == null || party.getName().isBlank() ? party.getId() : party.getName();
	}

	private static String label(Engagement engagement) {
		return engagement.getName() == null || engagement.getName().isBlank() ? engagement.getId()
				: engagement.getName() + " (" + engagement.getId() + ")";
	}
}

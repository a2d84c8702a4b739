/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.vendor.RequestColumn;
import jp.kansa.vendor.RequestLayout;

/** The values of the vendor columns: reading the cells' words, and showing values as words. */
public final class AnswerValues {

	private static final List<DateTimeFormatter> DATE_TEXTS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu-M-d"),
			DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuu年M月d日"));

	private AnswerValues() {
	}

	/** The value of an answer's field. */
	public static Object get(VendorAnswer answer, RequestColumn column) {
		return switch (column) {
			case RESPONSIBILITY -> answer.getResponsibility() == Responsibility.UNASSIGNED ? null : answer.getResponsibility();
			case INITIAL_CHECK -> answer.getInitialCheck() == InitialCheck.UNANSWERED ? null : answer.getInitialCheck();
			case COMPLETION_DATE -> answer.getCompletionDate();
			case COMMENT -> answer.getComment();
			case EVIDENCE_TITLE -> answer.getEvidenceTitle();
			case EVIDENCE_FILE -> answer.getEvidenceFile();
			case EVIDENCE_DATE -> answer.getEvidenceDate();
			default -> null;
		};
	}

	/** A value as the user reads it ("" for none): choices in the workbench's language. */
	public static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Enum<?> choice) {
			return VendorRound.valueLabel(choice, Locale.getDefault());
		}
		return value.toString();
	}

	/** The institution's own record of the field a vendor column answers; "" when there is none. */
	public static String institutionText(ContractCheck check, RequestColumn column) {
		return switch (column) {
			case RESPONSIBILITY -> text(check.getResponsibility() == Responsibility.UNASSIGNED ? null : check.getResponsibility());
			case INITIAL_CHECK -> text(check.getInitialCheck() == InitialCheck.UNANSWERED ? null : check.getInitialCheck());
			case COMPLETION_DATE -> text(check.getCompletionDate());
			default -> "";
		};
	}

	/** The model value of a 担当 or 初回確認 word (Japanese as written, English accepted too), or null. */
	public static Object choice(RequestColumn column, String text) {
		List<? extends Enum<?>> choices = column == RequestColumn.RESPONSIBILITY ? RequestLayout.RESPONSIBILITY_CHOICES
				: RequestLayout.INITIAL_CHECK_CHOICES;
		for (Enum<?> choice : choices) {
			if (text.equals(WorkbookText.get("choice." + choice.name()))
					|| text.equalsIgnoreCase(VendorRound.valueLabel(choice, Locale.ENGLISH))) {
				return choice;
			}
		}
		return null;
	}

	/** The words the workbook offers for a choice column. */
	public static List<String> choiceTexts(RequestColumn column) {
		List<? extends Enum<?>> choices = column == RequestColumn.RESPONSIBILITY ? RequestLayout.RESPONSIBILITY_CHOICES
				: RequestLayout.INITIAL_CHECK_CHOICES;
		List<String> texts = new ArrayList<>();
		choices.forEach(choice -> texts.add(WorkbookText.get("choice." + choice.name())));
		return texts;
	}

	/**
	 * A date cell as written by any office suite: a serial number (Excel, LibreOffice, openpyxl
	 * write dates so) or a text in a usual form; null when it is neither.
	 */
	public static LocalDate date(Cell cell) {
		if (cell.getCellType() == CellType.NUMERIC) {
			double serial = cell.getNumericCellValue();
			if (!DateUtil.isValidExcelDate(serial) || serial < 1 || serial > 2958465) {
				return null;
			}
			LocalDateTime time = DateUtil.getLocalDateTime(serial);
			return time == null ? null : time.toLocalDate();
		}
		if (cell.getCellType() != CellType.STRING) {
			return null;
		}
		String text = cell.getStringCellValue().strip();
		for (DateTimeFormatter format : DATE_TEXTS) {
			try {
				return LocalDate.parse(text, format);
			} catch (DateTimeParseException e) {
				// try the next form
			}
		}
		return null;
	}
}

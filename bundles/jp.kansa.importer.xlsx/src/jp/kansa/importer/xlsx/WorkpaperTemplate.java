/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.kansa.model.Annotation;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;

/**
 * The workpaper template that export and import share: what the exporter writes is exactly what
 * the importer reads back. Everything the importer relies on is here, so the exporter can call
 * these methods instead of repeating the texts.
 * <ul>
 * <li>One sheet per Part of the 確認表, named {@link #partSheetName(int, Locale)} (確認表1,
 * 確認表2; Part 1, Part 2 in English). Other sheets are ignored.</li>
 * <li>Row 1 is the header row; one row per check point follows.</li>
 * <li>Column A (hidden) has the header {@link #ID_HEADER} and holds the check point's stable id
 * (e.g. 2-A-9-②). When a vendor empties it, the row is matched by 項番 ({@link #NUMBER_HEADER})
 * within the Part of the sheet.</li>
 * <li>Per contract and field, one column headed {@link #contractHeader}: the contract title, a
 * colon and the field label, e.g. {@code 電子カルテシステム保守・運用契約: 評価}. When two contracts
 * of the engagement share a title, the exporter adds the contract id in brackets:
 * {@code 電子カルテ保守 [C-3]: 評価}. Column order and position do not matter.</li>
 * <li>Cell values: {@link #responsibilityText}, the labels of {@link #label(InitialCheck, Locale)}
 * and {@link #label(AssessmentStatus, Locale)}, 完了日 as a date cell (or ISO text), コメント as
 * {@link #commentText}.</li>
 * </ul>
 */
public final class WorkpaperTemplate {

	/** Header of the hidden stable-id column A, in both languages. */
	public static final String ID_HEADER = "ID";
	/** Index of the id column (A). */
	public static final int ID_COLUMN = 0;
	/** Between the contract and the field in a per-contract header. */
	public static final String CONTRACT_SEPARATOR = ": ";
	/** Between party names in the 担当 cell, after the responsibility label and {@link #CONTRACT_SEPARATOR}. */
	public static final String PARTY_SEPARATOR = "、";

	public static final String NUMBER_HEADER = "項番";
	public static final String NUMBER_HEADER_EN = "No.";

	/** The per-contract columns. Only the importable ones are read back. */
	public enum ContractField {
		RESPONSIBILITY("担当", "Responsibility", true),
		INITIAL_CHECK("初回確認", "Initial check", true),
		COMPLETION_DATE("完了日", "Completion date", true),
		ASSESSMENT("評価", "Assessment", true),
		/** Written for reading; evidence is recorded in the workbench, where files are hashed. */
		EVIDENCE("証跡", "Evidence", false),
		COMMENT("コメント", "Comment", true),
		/** Written for reading; a sign-off is a person's act and is never imported from a file. */
		SIGN_OFF("作成者/査閲者", "Preparer/Reviewer", false);

		private final String japanese;
		private final String english;
		private final boolean importable;

		ContractField(String japanese, String english, boolean importable) {
			this.japanese = japanese;
			this.english = english;
			this.importable = importable;
		}

		public String label(Locale locale) {
			return isEnglish(locale) ? english : japanese;
		}

		public boolean isImportable() {
			return importable;
		}

		/** The field whose label this is, in either language; {@code null} if none. */
		public static ContractField ofLabel(String label) {
			for (ContractField field : values()) {
				if (field.japanese.equals(label) || field.english.equalsIgnoreCase(label)) {
					return field;
				}
			}
			return null;
		}
	}

	private WorkpaperTemplate() {
	}

	public static String partSheetName(int partNumber, Locale locale) {
		return (isEnglish(locale) ? "Part " : "確認表") + partNumber;
	}

	public static String numberHeader(Locale locale) {
		return isEnglish(locale) ? NUMBER_HEADER_EN : NUMBER_HEADER;
	}

	/**
	 * @param withId add the contract id in brackets; required when another contract of the
	 *               engagement has the same title
	 */
	public static String contractHeader(Contract contract, ContractField field, Locale locale, boolean withId) {
		String title = contract.getTitle() == null || contract.getTitle().isBlank() ? "[" + contract.getId() + "]"
				: withId ? contract.getTitle() + " [" + contract.getId() + "]" : contract.getTitle();
		return title + CONTRACT_SEPARATOR + field.label(locale);
	}

	/**
	 * 担当 as written: the responsibility label, then the responsible parties' names, e.g.
	 * {@code 共同: みなと総合病院、B情報システム株式会社}; just the label when no party is named.
	 */
	public static String responsibilityText(ContractCheck check, Locale locale) {
		String label = label(check.getResponsibility(), locale);
		List<Party> parties = check.getResponsibleParties();
		if (parties.isEmpty()) {
			return label;
		}
		return label + CONTRACT_SEPARATOR
				+ parties.stream().map(Party::getName).collect(Collectors.joining(PARTY_SEPARATOR));
	}

	/** コメント as written: the annotations' texts, oldest first, one per line. */
	public static String commentText(ContractCheck check) {
		return check.getAnnotations().stream().map(Annotation::getText).filter(t -> t != null && !t.isEmpty())
				.collect(Collectors.joining("\n"));
	}

	/** 完了日 as text, where a date cell cannot be written. */
	public static String dateText(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	public static String label(Responsibility value, Locale locale) {
		boolean en = isEnglish(locale);
		return switch (value) {
		case UNASSIGNED -> en ? "Unassigned" : "未割当";
		case INSTITUTION -> en ? "Institution" : "医療機関";
		case VENDOR -> en ? "Vendor" : "事業者";
		case JOINT -> en ? "Joint" : "共同";
		case NOT_APPLICABLE -> en ? "Not applicable" : "対象外";
		};
	}

	public static String label(InitialCheck value, Locale locale) {
		boolean en = isEnglish(locale);
		return switch (value) {
		case UNANSWERED -> en ? "Unanswered" : "未回答";
		case YES -> en ? "Yes" : "はい";
		case NO -> en ? "No" : "いいえ";
		};
	}

	public static String label(AssessmentStatus value, Locale locale) {
		boolean en = isEnglish(locale);
		return switch (value) {
		case NOT_ASSESSED -> en ? "Not assessed" : "未評価";
		case CONFORMING -> en ? "Conforming" : "適合";
		case PARTIALLY_CONFORMING -> en ? "Partially conforming" : "一部適合";
		case NON_CONFORMING -> en ? "Non-conforming" : "不適合";
		case NOT_APPLICABLE -> en ? "Not applicable" : "該当なし";
		};
	}

	/** The responsibility a cell names in either language or as the model literal; {@code null} if none. */
	public static Responsibility responsibilityOf(String text) {
		for (Responsibility value : Responsibility.VALUES) {
			if (matches(text, value.getLiteral(), label(value, Locale.JAPANESE), label(value, Locale.ENGLISH))) {
				return value;
			}
		}
		return null;
	}

	public static InitialCheck initialCheckOf(String text) {
		for (InitialCheck value : InitialCheck.VALUES) {
			if (matches(text, value.getLiteral(), label(value, Locale.JAPANESE), label(value, Locale.ENGLISH))) {
				return value;
			}
		}
		return null;
	}

	public static AssessmentStatus assessmentOf(String text) {
		for (AssessmentStatus value : AssessmentStatus.VALUES) {
			if (matches(text, value.getLiteral(), label(value, Locale.JAPANESE), label(value, Locale.ENGLISH))) {
				return value;
			}
		}
		return null;
	}

	private static boolean matches(String text, String... candidates) {
		for (String candidate : candidates) {
			if (candidate.equalsIgnoreCase(text)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isEnglish(Locale locale) {
		return "en".equals(locale.getLanguage());
	}
}

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
import jp.kansa.model.engagement.AnnotationLines;

/**
 * The workpaper template the importer reads: the engagement workpaper of jp.kansa.export.xlsx.
 * The texts and keys here must stay those the exporter writes (EngagementColumns, TableSheets);
 * the round-trip tests of the importer export with the real exporter and fail when they drift.
 * <ul>
 * <li>One sheet per Part of the 確認表, named {@link #partSheetName(int, Locale)} (確認表1,
 * 確認表2; Part 1, Part 2 in English). Other sheets are ignored.</li>
 * <li>Row 1 (hidden) is the key row: a stable key per column that no vendor sees, so renamed,
 * moved or duplicated headers do not matter. Per-contract columns are keyed
 * {@code <contract id>/<field key>} ({@link #contractKey}), e.g. {@code C-1/assessment}; the
 * id column {@link #ID_HEADER}, 項番 its header text.</li>
 * <li>Row 2 is the header row people read: {@code <contract id>⏎<field label>}. When the key row
 * is gone (a vendor deleted it), the header row is read instead; a header
 * {@code <contract title>: <field label>} (the first template) is still understood.</li>
 * <li>Column A (hidden) holds the check point's stable id (e.g. 2-A-9-②). When a vendor empties
 * it, the row is matched by 項番 ({@link #NUMBER_HEADER}) within the Part of the sheet.</li>
 * <li>Cell values: the labels of {@link #label(Responsibility, Locale)},
 * {@link #label(InitialCheck, Locale)} and {@link #label(AssessmentStatus, Locale)}; 担当先 as
 * party names joined by {@link #PARTY_SEPARATOR}; 完了日 as a date cell (or date text); 結論
 * as text; コメント as {@link #annotationLines}.</li>
 * </ul>
 */
public final class WorkpaperTemplate {

	/** Key and header of the hidden stable-id column A, in both languages. */
	public static final String ID_HEADER = "ID";
	/** Index of the id column (A). */
	public static final int ID_COLUMN = 0;
	/** Between the contract and the field in a per-contract header. */
	public static final String CONTRACT_SEPARATOR = ": ";
	/** Between the contract id and the field key in the key row. */
	public static final char KEY_SEPARATOR = '/';
	/** Between party names in the 担当 cell, after the responsibility label and {@link #CONTRACT_SEPARATOR}. */
	public static final String PARTY_SEPARATOR = "、";

	public static final String NUMBER_HEADER = "項番";
	public static final String NUMBER_HEADER_EN = "No.";

	/** The per-contract columns, in the exporter's order. Only the importable ones are read back. */
	public enum ContractField {
		RESPONSIBILITY("responsibility", "担当", "Responsibility", true),
		PARTIES("parties", "担当先", "Responsible parties", true),
		INITIAL_CHECK("initialCheck", "初回確認", "Initial check", true),
		COMPLETION_DATE("completionDate", "完了日", "Completion date", true),
		ASSESSMENT("assessment", "評価", "Assessment", true),
		CONCLUSION("conclusion", "結論", "Conclusion", true),
		/** Written for reading; evidence is recorded in the workbench, where files are hashed. */
		EVIDENCE("evidence", "証跡", "Evidence", false),
		COMMENT("annotations", "コメント", "Comments", true),
		/** Written for reading (per check point); a sign-off is a person's act, never imported. */
		SIGN_OFF("signOffs", "作成者/査閲者", "Preparer/Reviewer", false);

		private final String key;
		private final String japanese;
		private final String english;
		private final boolean importable;

		ContractField(String key, String japanese, String english, boolean importable) {
			this.key = key;
			this.japanese = japanese;
			this.english = english;
			this.importable = importable;
		}

		/** The field's part of the column key, e.g. {@code assessment} in {@code C-1/assessment}. */
		public String key() {
			return key;
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
			// the first template's singular English label
			return "Comment".equalsIgnoreCase(label) ? COMMENT : null;
		}

		/** The field of a key row key's field part; {@code null} if none. */
		public static ContractField ofKey(String key) {
			for (ContractField field : values()) {
				if (field.key.equals(key)) {
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

	/** The key row's key of a per-contract column, e.g. {@code C-1/assessment}. */
	public static String contractKey(Contract contract, ContractField field) {
		return contract.getId() + KEY_SEPARATOR + field.key();
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

	/**
	 * コメント as the exporter writes it: per annotation its tickmark, text and then author and
	 * date (in Japan) in brackets, one annotation per line. The import compares the lines of a
	 * cell with these to tell the lines a vendor added.
	 */
	public static String annotationLines(ContractCheck check) {
		return AnnotationLines.of(check);
	}

	/** One annotation as the exporter writes its line. */
	public static String annotationLine(Annotation annotation) {
		return AnnotationLines.line(annotation);
	}

	/** コメント as the first template wrote it: the annotations' texts alone, oldest first, one per line. */
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
		case NOT_APPLICABLE -> en ? "N/A" : "対象外";
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
		case PARTIALLY_CONFORMING -> en ? "Partly conforming" : "一部適合";
		case NON_CONFORMING -> en ? "Non-conforming" : "不適合";
		case NOT_APPLICABLE -> en ? "N/A" : "該当なし";
		};
	}

	/** The responsibility a cell names in either language or as the model literal; {@code null} if none. */
	public static Responsibility responsibilityOf(String text) {
		for (Responsibility value : Responsibility.VALUES) {
			if (matches(text, value.getLiteral(), label(value, Locale.JAPANESE), label(value, Locale.ENGLISH),
					alias(value))) {
				return value;
			}
		}
		return null;
	}

	public static InitialCheck initialCheckOf(String text) {
		for (InitialCheck value : InitialCheck.VALUES) {
			if (matches(text, value.getLiteral(), label(value, Locale.JAPANESE), label(value, Locale.ENGLISH),
					alias(value))) {
				return value;
			}
		}
		return null;
	}

	public static AssessmentStatus assessmentOf(String text) {
		for (AssessmentStatus value : AssessmentStatus.VALUES) {
			if (matches(text, value.getLiteral(), label(value, Locale.JAPANESE), label(value, Locale.ENGLISH),
					alias(value))) {
				return value;
			}
		}
		return null;
	}

	/** The English labels of the first template, still accepted. */
	private static String alias(Enum<?> value) {
		return switch (value.name()) {
		case "NOT_APPLICABLE" -> "Not applicable";
		case "PARTIALLY_CONFORMING" -> "Partially conforming";
		default -> "";
		};
	}

	private static boolean matches(String text, String... candidates) {
		for (String candidate : candidates) {
			if (!candidate.isEmpty() && candidate.equalsIgnoreCase(text)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isEnglish(Locale locale) {
		return "en".equals(locale.getLanguage());
	}
}

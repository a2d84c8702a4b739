/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The checks an engagement is validated against. The id is what users and reports quote; the
 * code is the {@link Diagnostic#getCode()} of its diagnostics (source {@link #SOURCE}); the
 * message text is in {@code messages.properties} / {@code messages_ja.properties} under the id.
 */
public enum ValidationRule {

	/** Part 2 check point of an in-scope contract with no one responsible (確認表 Part 2 A-2). */
	A2_GAP("KANSA-A2-GAP", 1, Diagnostic.WARNING),
	/** Two vendors both responsible for one check point of one system, not as 共同. */
	OVERLAP("KANSA-OVERLAP", 2, Diagnostic.WARNING),
	/** A 再委託先 responsible where the vendor that engaged it is not. */
	CHAIN_BROKEN("KANSA-CHAIN-BROKEN", 3, Diagnostic.ERROR),
	/** 初回確認 いいえ and no 完了日 yet. */
	INITIAL_NO_WITHOUT_COMPLETION("KANSA-INITIAL-NO-OPEN", 4, Diagnostic.WARNING),
	/** 完了日 after the engagement's 基準日. */
	COMPLETION_AFTER_REFERENCE("KANSA-COMPLETION-FUTURE", 5, Diagnostic.ERROR),
	/** 適合 with no evidence. */
	CONFORMING_WITHOUT_EVIDENCE("KANSA-CONFORMING-NO-EVIDENCE", 6, Diagnostic.ERROR),
	/** Evidence file not on disk. */
	EVIDENCE_MISSING("KANSA-EVIDENCE-MISSING", 7, Diagnostic.ERROR),
	/** Evidence file no longer has the recorded SHA-256. */
	EVIDENCE_CHANGED("KANSA-EVIDENCE-CHANGED", 8, Diagnostic.ERROR),
	/** Evidence expired before the 基準日. */
	EVIDENCE_EXPIRED("KANSA-EVIDENCE-EXPIRED", 9, Diagnostic.WARNING),
	/** Sign-off older than the last change of a check it covers. */
	SIGNOFF_STALE("KANSA-SIGNOFF-STALE", 10, Diagnostic.WARNING),
	/** The reviewer of a check point also signed it as preparer. */
	SIGNOFF_SAME_PERSON("KANSA-SIGNOFF-SAME-PERSON", 11, Diagnostic.ERROR),
	/** Finding not closed past its due date (judged at the 基準日). */
	FINDING_OVERDUE("KANSA-FINDING-OVERDUE", 12, Diagnostic.WARNING),
	/** A checkPointId that the catalog does not have. */
	CHECKPOINT_UNKNOWN("KANSA-CHECKPOINT-UNKNOWN", 13, Diagnostic.ERROR),
	/** No catalog was given, so catalog-dependent rules did not run. */
	CATALOG_MISSING("KANSA-CATALOG-MISSING", 14, Diagnostic.INFO),
	/** Evidence path absolute, climbing out with .., or through a link leading out: never read. */
	EVIDENCE_OUTSIDE("KANSA-EVIDENCE-OUTSIDE", 20, Diagnostic.ERROR),
	/** Evidence path names a folder, pipe, device or socket: never read. */
	EVIDENCE_NOT_REGULAR("KANSA-EVIDENCE-NOT-REGULAR", 21, Diagnostic.ERROR),
	/** Evidence file too large, too slow or unreadable: its SHA-256 could not be compared. */
	EVIDENCE_UNCHECKED("KANSA-EVIDENCE-UNCHECKED", 22, Diagnostic.WARNING),
	/** The 変更履歴 was edited or lost an entry, or the content was changed outside the tool. */
	LOG_BROKEN("KANSA-LOG-BROKEN", 30, Diagnostic.ERROR),
	/** A request sent to a vendor, not answered by its due date (judged today, not at the 基準日). */
	REQUEST_OVERDUE("KANSA-REQUEST-OVERDUE", 40, Diagnostic.WARNING),
	/** 認識の相違: a vendor's answer differs from the institution's record (担当, 初回確認). */
	VENDOR_DISAGREEMENT("KANSA-VENDOR-DISAGREEMENT", 41, Diagnostic.WARNING);

	/** {@link Diagnostic#getSource()} of every diagnostic of these rules. */
	public static final String SOURCE = "jp.kansa.model.validation";

	private final String id;
	private final int code;
	private final int severity;

	ValidationRule(String id, int code, int severity) {
		this.id = id;
		this.code = code;
		this.severity = severity;
	}

	public String id() {
		return id;
	}

	public int code() {
		return code;
	}

	/** One of {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING}, {@link Diagnostic#INFO}. */
	public int severity() {
		return severity;
	}

	/** The rule that produced a diagnostic, or null for diagnostics of other validators. */
	public static ValidationRule of(Diagnostic diagnostic) {
		if (!SOURCE.equals(diagnostic.getSource())) {
			return null;
		}
		for (ValidationRule rule : values()) {
			if (rule.code == diagnostic.getCode()) {
				return rule;
			}
		}
		return null;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.nio.file.Path;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.engagement.EvidenceCheck;
import jp.kansa.model.validation.ValidationRule;

/**
 * An assessment of 適合 must rest on evidence, and the evidence must still be what the auditor
 * examined (same SHA-256) and valid at the 基準日. Evidence outside the engagement folder or not
 * a regular file is a problem of its own and is never read.
 */
final class EvidenceRule implements Rule {

	@Override
	public void check(RuleContext context) {
		for (ContractCheck check : context.engagement().getContractChecks()) {
			if (check.getAssessment() == AssessmentStatus.CONFORMING && check.getEvidence().isEmpty()) {
				context.report(ValidationRule.CONFORMING_WITHOUT_EVIDENCE,
						new Object[] { check.getCheckPointId(), Labels.of(check.getContract()) }, check);
			}
		}
		for (Evidence evidence : context.engagement().getEvidence()) {
			if (evidence.getKind() == EvidenceKind.FILE && context.engagementFolder().isPresent()) {
				checkFile(context, context.engagementFolder().get(), evidence);
			}
			if (evidence.getExpiryDate() != null && evidence.getExpiryDate().isBefore(context.referenceDate())) {
				context.report(ValidationRule.EVIDENCE_EXPIRED,
						new Object[] { title(evidence), evidence.getExpiryDate(), context.referenceDate() }, evidence);
			}
		}
	}

	private static void checkFile(RuleContext context, Path folder, Evidence evidence) {
		EvidenceCheck check = context.evidenceCheck(folder, evidence);
		if (check == null) {
			return; // not checked yet: the live validation checks files in the background
		}
		Object[] titleAndPath = { title(evidence), evidence.getPath() };
		switch (check.state()) {
		case MISSING -> context.report(ValidationRule.EVIDENCE_MISSING, titleAndPath, evidence);
		case CHANGED -> context.report(ValidationRule.EVIDENCE_CHANGED, titleAndPath, evidence);
		case OUTSIDE -> context.report(ValidationRule.EVIDENCE_OUTSIDE, new Object[] { title(evidence), evidence.getPath(),
				context.text("evidence.problem." + check.problem().name()) }, evidence); //$NON-NLS-1$
		case NOT_REGULAR -> context.report(ValidationRule.EVIDENCE_NOT_REGULAR, titleAndPath, evidence);
		case UNCHECKED -> context.report(ValidationRule.EVIDENCE_UNCHECKED,
				new Object[] { title(evidence), evidence.getPath(), check.detail() }, evidence);
		case MATCHES, NOT_RECORDED -> {
			// nothing to say
		}
		}
	}

	private static String title(Evidence evidence) {
		return evidence.getTitle() == null || evidence.getTitle().isBlank() ? evidence.getId() : evidence.getTitle();
	}
}

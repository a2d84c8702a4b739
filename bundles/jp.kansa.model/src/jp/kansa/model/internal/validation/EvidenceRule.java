/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.engagement.EvidenceFiles;
import jp.kansa.model.validation.ValidationRule;

/**
 * An assessment of 適合 must rest on evidence, and the evidence must still be what the auditor
 * examined (same SHA-256) and valid at the 基準日.
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
		Optional<Path> file = EvidenceFiles.resolve(folder, evidence);
		if (file.isEmpty() || !Files.isRegularFile(file.get())) {
			context.report(ValidationRule.EVIDENCE_MISSING, new Object[] { title(evidence), evidence.getPath() }, evidence);
			return;
		}
		if (evidence.getSha256() == null || evidence.getSha256().isBlank()) {
			return;
		}
		try {
			String actual = context.hashes().sha256(file.get());
			if (!actual.equalsIgnoreCase(evidence.getSha256())) {
				context.report(ValidationRule.EVIDENCE_CHANGED, new Object[] { title(evidence), evidence.getPath() },
						evidence);
			}
		} catch (IOException e) {
			context.report(ValidationRule.EVIDENCE_MISSING, new Object[] { title(evidence), evidence.getPath() }, evidence);
		}
	}

	private static String title(Evidence evidence) {
		return evidence.getTitle() == null || evidence.getTitle().isBlank() ? evidence.getId() : evidence.getTitle();
	}
}

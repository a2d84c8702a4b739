/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import jp.kansa.model.AuditRole;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.SignOff;
import jp.kansa.model.SignedCheck;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.SignOffScope;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * The sign-offs of a check point as the 評価 page shows them, and what a click on 作成者/査閲者
 * として承認 may do: a sign-off covers the check point in every in-scope contract, so the page
 * says which checks and in which state, refuses a reviewer who prepared (and the reverse), and
 * names the checks still 未評価 before anyone vouches for them.
 */
final class SignOffs {

	/**
	 * What a click would sign. {@code refusal} is set when it must not be signed; otherwise
	 * {@code notAssessed} lists the covered checks the user must be warned about.
	 */
	record Request(String refusal, List<ContractCheck> covered, List<ContractCheck> notAssessed) {
	}

	private SignOffs() {
	}

	static Request request(Engagement engagement, String checkPointId, AuditRole role, TeamMember signer) {
		List<ContractCheck> covered = SignOffScope.checksOf(engagement, checkPointId);
		if (signer == null) {
			return new Request(Messages.AssessmentPage_signNoSigner, covered, List.of());
		}
		AuditRole other = role == AuditRole.PREPARER ? AuditRole.REVIEWER : AuditRole.PREPARER;
		boolean signedOther = of(engagement, checkPointId).stream()
				.anyMatch(s -> s.getRole() == other && s.getSigner() == signer);
		if (signedOther) {
			return new Request(NLS.bind(Messages.AssessmentPage_signSamePerson, new Object[] { ModelLabels.of(signer),
					checkPointId, ModelLabels.literal(other), ModelLabels.literal(role) }), covered, List.of());
		}
		if (covered.isEmpty()) {
			return new Request(NLS.bind(Messages.AssessmentPage_signNothing, checkPointId), covered, List.of());
		}
		return new Request(null, covered, SignOffScope.notAssessed(covered));
	}

	static List<SignOff> of(Engagement engagement, String checkPointId) {
		return engagement.getSignOffs().stream().filter(s -> checkPointId.equals(s.getCheckPointId())).toList();
	}

	/** One line per check, for the warning dialog. */
	static String lines(List<ContractCheck> checks) {
		return checks.stream().map(c -> "・" + checkText(c)).collect(Collectors.joining("\n")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The sign-offs of the check point, what each covers and in which state, and what is not assessed now. */
	static String describe(Engagement engagement, String checkPointId) {
		List<SignOff> found = of(engagement, checkPointId);
		List<String> lines = new ArrayList<>();
		if (found.isEmpty()) {
			lines.add(Messages.SignOff_none);
		}
		for (SignOff signOff : found) {
			lines.add(NLS.bind(Messages.SignOff_entry, new Object[] { ModelLabels.literal(signOff.getRole()),
					ModelLabels.of(signOff.getSigner()), ModelLabels.of(signOff.getTime()) }));
			if (signOff.getCovers().isEmpty()) {
				lines.add(Messages.AssessmentPage_signCoverageUnknown);
				continue;
			}
			lines.add(NLS.bind(Messages.AssessmentPage_signCovers,
					signOff.getCovers().stream().map(SignOffs::signedText).collect(Collectors.joining("、")))); //$NON-NLS-1$
			List<ContractCheck> changed = SignOffScope.differences(engagement, signOff);
			if (!changed.isEmpty()) {
				lines.add(NLS.bind(Messages.AssessmentPage_signChanged,
						changed.stream().map(SignOffs::checkText).collect(Collectors.joining("、")))); //$NON-NLS-1$
			}
		}
		List<ContractCheck> open = SignOffScope.notAssessed(SignOffScope.checksOf(engagement, checkPointId));
		if (!found.isEmpty() && !open.isEmpty()) {
			lines.add(NLS.bind(Messages.AssessmentPage_signNotAssessedNow,
					open.stream().map(c -> ModelLabels.of(c.getContract())).collect(Collectors.joining("、")))); //$NON-NLS-1$
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}

	private static String signedText(SignedCheck signed) {
		if (signed.getCheck() == null) {
			return NLS.bind(Messages.AssessmentPage_signCoveredCheck, Messages.AssessmentPage_signDeletedCheck,
					ModelLabels.literal(signed.getAssessment()));
		}
		return NLS.bind(Messages.AssessmentPage_signCoveredCheck, ModelLabels.of(signed.getCheck().getContract()),
				ModelLabels.literal(signed.getAssessment()));
	}

	private static String checkText(ContractCheck check) {
		return NLS.bind(Messages.AssessmentPage_signCoveredCheck, ModelLabels.of(check.getContract()),
				ModelLabels.literal(check.getAssessment()));
	}
}

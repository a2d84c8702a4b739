/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.SignOff;
import jp.kansa.model.SignedCheck;

/**
 * What a sign-off of a check point vouches for: the checks of that check point in the
 * in-scope contracts, each in the assessment it had at signing. Recording it lets a reader see
 * what was signed (a signature over a 未評価 check says little) and lets the validation tell
 * when the checks no longer are what was signed.
 */
public final class SignOffScope {

	private SignOffScope() {
	}

	/** The checks a sign-off of the check point would cover now, in file order. */
	public static List<ContractCheck> checksOf(Engagement engagement, String checkPointId) {
		return engagement.getContractChecks().stream()
				.filter(c -> checkPointId.equals(c.getCheckPointId()) && c.getContract() != null && c.getContract().isInScope())
				.toList();
	}

	/** Those of the checks that are still 未評価. */
	public static List<ContractCheck> notAssessed(List<ContractCheck> checks) {
		return checks.stream().filter(c -> c.getAssessment() == AssessmentStatus.NOT_ASSESSED).toList();
	}

	/** The checks as they stand, to be recorded in a new sign-off's {@link SignOff#getCovers()}. */
	public static List<SignedCheck> record(List<ContractCheck> checks) {
		List<SignedCheck> covered = new ArrayList<>();
		for (ContractCheck check : checks) {
			SignedCheck signed = KansaFactory.eINSTANCE.createSignedCheck();
			signed.setCheck(check);
			signed.setAssessment(check.getAssessment());
			covered.add(signed);
		}
		return covered;
	}

	/**
	 * The checks that differ from what the sign-off recorded: a covered check whose assessment
	 * changed (or that was deleted: null is not returned, it has no contract to name), and a check
	 * of the check point that it does not cover (a contract added or brought into scope later).
	 * Empty for a sign-off that recorded nothing (made before coverage was recorded).
	 */
	public static List<ContractCheck> differences(Engagement engagement, SignOff signOff) {
		if (signOff.getCovers().isEmpty()) {
			return List.of();
		}
		List<ContractCheck> differing = new ArrayList<>();
		for (SignedCheck signed : signOff.getCovers()) {
			if (signed.getCheck() != null && signed.getCheck().getAssessment() != signed.getAssessment()) {
				differing.add(signed.getCheck());
			}
		}
		Set<ContractCheck> covered = signOff.getCovers().stream().map(SignedCheck::getCheck).collect(Collectors.toSet());
		checksOf(engagement, signOff.getCheckPointId()).stream().filter(c -> !covered.contains(c)).forEach(differing::add);
		return differing;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jp.kansa.model.AuditRole;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.SignOff;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.SignOffScope;
import jp.kansa.model.validation.ValidationRule;

/**
 * A sign-off vouches for the checks of its check point as they were at signing: a later change
 * makes it stale, and so does a check that no longer has the assessment the sign-off recorded or
 * that it does not cover. The four-eyes principle needs the reviewer to be someone other than the
 * preparer.
 */
final class SignOffRule implements Rule {

	@Override
	public void check(RuleContext context) {
		Map<String, Set<TeamMember>> preparers = new HashMap<>();
		for (SignOff signOff : context.engagement().getSignOffs()) {
			if (signOff.getRole() == AuditRole.PREPARER && signOff.getSigner() != null) {
				preparers.computeIfAbsent(signOff.getCheckPointId(), id -> new HashSet<>()).add(signOff.getSigner());
			}
		}
		for (SignOff signOff : context.engagement().getSignOffs()) {
			checkStale(context, signOff);
			if (signOff.getRole() == AuditRole.REVIEWER && signOff.getSigner() != null
					&& preparers.getOrDefault(signOff.getCheckPointId(), Set.of()).contains(signOff.getSigner())) {
				context.report(ValidationRule.SIGNOFF_SAME_PERSON,
						new Object[] { signOff.getCheckPointId(), Labels.of(signOff.getSigner()) }, signOff,
						signOff.getSigner());
			}
		}
	}

	private static void checkStale(RuleContext context, SignOff signOff) {
		ContractCheck newest = null;
		for (ContractCheck check : context.checks().forCheckPoint(signOff.getCheckPointId())) {
			if (signOff.getTime() != null && check.getLastModified() != null && check.getLastModified().isAfter(signOff.getTime())
					&& (newest == null || check.getLastModified().isAfter(newest.getLastModified()))) {
				newest = check;
			}
		}
		if (newest == null) {
			// what it recorded no longer holds, whatever the clocks say (a contract added later has no stamp)
			newest = SignOffScope.differences(context.engagement(), signOff).stream().findFirst().orElse(null);
		}
		if (newest != null) {
			context.report(ValidationRule.SIGNOFF_STALE, new Object[] { signOff.getCheckPointId(),
					Labels.of(signOff.getSigner()), Labels.of(newest.getContract()) }, signOff, newest);
		}
	}
}

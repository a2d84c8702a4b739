/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.validation.ValidationRule;

/**
 * Two in-scope contracts that cover the same system, each making a different vendor solely
 * responsible (事業者, not 共同) for the same check point: each vendor may assume the other acts.
 * <p>
 * One diagnostic per check, naming the contracts it overlaps with, so both matrix cells show
 * it; one per pair would flood the view (200 contracts on one system: 2 million pairs, measured
 * 19 s). Vendor lines and systems are computed once per check, not once per pair.
 */
final class OverlapRule implements Rule {

	private static final int NAMED_CONTRACTS = 3;

	private record Candidate(ContractCheck check, Set<Party> lines, Set<String> systems) {
	}

	@Override
	public void check(RuleContext context) {
		Set<String> checkPointIds = new LinkedHashSet<>();
		context.engagement().getContractChecks().forEach(check -> checkPointIds.add(check.getCheckPointId()));
		for (String checkPointId : checkPointIds) {
			List<Candidate> candidates = context.checks().forCheckPoint(checkPointId).stream()
					.filter(OverlapRule::isSoleVendor)
					.map(c -> new Candidate(c, Parties.vendorLines(c.getResponsibleParties()),
							new HashSet<>(c.getContract().getSystems())))
					.toList();
			if (candidates.size() > 1) {
				checkPoint(context, checkPointId, candidates);
			}
		}
	}

	private static void checkPoint(RuleContext context, String checkPointId, List<Candidate> candidates) {
		for (Candidate candidate : candidates) {
			List<Candidate> others = new ArrayList<>();
			Set<String> shared = new LinkedHashSet<>();
			for (Candidate other : candidates) {
				if (overlap(candidate, other)) {
					others.add(other);
					candidate.check().getContract().getSystems().stream().filter(other.systems()::contains)
							.forEach(shared::add);
				}
			}
			if (!others.isEmpty()) {
				List<EObject> data = new ArrayList<>();
				data.add(candidate.check());
				others.forEach(other -> data.add(other.check()));
				context.report(ValidationRule.OVERLAP, new Object[] { checkPointId,
						Labels.of(candidate.check().getContract()), names(others), String.join(", ", shared) },
						data.toArray(EObject[]::new));
			}
		}
	}

	private static boolean isSoleVendor(ContractCheck check) {
		return check.getResponsibility() == Responsibility.VENDOR && check.getContract() != null
				&& check.getContract().isInScope() && !check.getResponsibleParties().isEmpty();
	}

	private static boolean overlap(Candidate a, Candidate b) {
		return a.check().getContract() != b.check().getContract() && !Collections.disjoint(a.systems(), b.systems())
				&& Collections.disjoint(a.lines(), b.lines());
	}

	private static String names(List<Candidate> others) {
		String named = others.stream().limit(NAMED_CONTRACTS).map(o -> Labels.of(o.check().getContract()))
				.collect(Collectors.joining(", "));
		return others.size() > NAMED_CONTRACTS ? named + " (+" + (others.size() - NAMED_CONTRACTS) + ")" : named;
	}
}

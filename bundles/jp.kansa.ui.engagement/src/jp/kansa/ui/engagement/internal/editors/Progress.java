/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.ContractCheckIndex;

/**
 * Assessment counts per Part and per contract. Every in-scope contract × catalog check point
 * counts once; a check missing from the file counts as 未評価, so the percentage never looks
 * better than the work done.
 */
public final class Progress {

	/** Counts of one row of the overview. */
	public static final class Counts {
		private final Map<AssessmentStatus, Integer> counts = new EnumMap<>(AssessmentStatus.class);

		void add(AssessmentStatus status) {
			counts.merge(status, 1, Integer::sum);
		}

		public int get(AssessmentStatus status) {
			return counts.getOrDefault(status, 0);
		}

		public int total() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** Share of checks with an assessment other than 未評価, 0-100. */
		public int percentAssessed() {
			int total = total();
			return total == 0 ? 0 : Math.round(100f * (total - get(AssessmentStatus.NOT_ASSESSED)) / total);
		}
	}

	private final Map<String, Counts> byPart = new LinkedHashMap<>();
	private final Map<Contract, Counts> byContract = new LinkedHashMap<>();

	public static Progress of(Engagement engagement) {
		Progress progress = new Progress();
		ContractCheckIndex index = ContractCheckIndex.of(engagement);
		for (Contract contract : engagement.getContracts()) {
			Counts contractCounts = progress.byContract.computeIfAbsent(contract, c -> new Counts());
			if (!contract.isInScope()) {
				continue;
			}
			for (CheckPoint checkPoint : CatalogRows.checkPoints()) {
				AssessmentStatus status = index.find(contract, checkPoint.getId()).map(ContractCheck::getAssessment)
						.orElse(AssessmentStatus.NOT_ASSESSED);
				contractCounts.add(status);
				String part = "Part " + checkPoint.getItem().getCategory().getPart().getNumber(); //$NON-NLS-1$
				progress.byPart.computeIfAbsent(part, p -> new Counts()).add(status);
			}
		}
		return progress;
	}

	public Map<String, Counts> byPart() {
		return byPart;
	}

	public Map<Contract, Counts> byContract() {
		return byContract;
	}
}

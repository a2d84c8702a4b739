/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;

/**
 * What a {@link RollForward} carried into the new engagement and what the auditor should look at
 * first: contracts that end before the new period and evidence expired at the new 基準日 (both
 * computed from the new engagement, so they stay true if the auditor edits the dates), and
 * evidence files that could not be copied.
 */
public final class RollForwardReport {

	/** What was carried, counted per kind of element. */
	public enum Carried {
		PARTIES, CONTRACTS, CLAUSES, CHECKS, EVIDENCE, FINDINGS, ANNOTATIONS
	}

	/** An evidence file that was not copied into the new folder, and why. */
	public record NotCopied(Evidence evidence, String reason) {
	}

	private final Map<Carried, Integer> counts;
	private final List<Contract> endingBeforePeriod;
	private final List<Evidence> expiredEvidence;
	private final List<Evidence> copied = new ArrayList<>();
	private final List<NotCopied> notCopied = new ArrayList<>();

	private RollForwardReport(Map<Carried, Integer> counts, List<Contract> endingBeforePeriod,
			List<Evidence> expiredEvidence) {
		this.counts = counts;
		this.endingBeforePeriod = endingBeforePeriod;
		this.expiredEvidence = expiredEvidence;
	}

	static RollForwardReport of(Engagement next) {
		Map<Carried, Integer> counts = new LinkedHashMap<>();
		counts.put(Carried.PARTIES, next.getParties().size());
		counts.put(Carried.CONTRACTS, next.getContracts().size());
		counts.put(Carried.CLAUSES, next.getContracts().stream().mapToInt(c -> c.getClauses().size()).sum());
		counts.put(Carried.CHECKS, next.getContractChecks().size());
		counts.put(Carried.EVIDENCE, next.getEvidence().size());
		counts.put(Carried.FINDINGS, next.getFindings().size());
		counts.put(Carried.ANNOTATIONS,
				next.getContractChecks().stream().mapToInt((ContractCheck c) -> c.getAnnotations().size()).sum());
		return new RollForwardReport(Collections.unmodifiableMap(counts),
				next.getContracts().stream().filter(RollForward::endsBeforePeriod).toList(),
				next.getEvidence().stream().filter(RollForward::isExpired).toList());
	}

	public int count(Carried kind) {
		return counts.get(kind);
	}

	public Map<Carried, Integer> counts() {
		return counts;
	}

	public List<Contract> contractsEndingBeforePeriod() {
		return endingBeforePeriod;
	}

	public List<Evidence> expiredEvidence() {
		return expiredEvidence;
	}

	/** Evidence files now in the new engagement's folder (only filled by {@link RollForward#toFile}). */
	public List<Evidence> copiedEvidence() {
		return Collections.unmodifiableList(copied);
	}

	public List<NotCopied> evidenceNotCopied() {
		return Collections.unmodifiableList(notCopied);
	}

	void copied(Evidence evidence) {
		copied.add(evidence);
	}

	void notCopied(Evidence evidence, String reason) {
		notCopied.add(new NotCopied(evidence, reason));
	}
}

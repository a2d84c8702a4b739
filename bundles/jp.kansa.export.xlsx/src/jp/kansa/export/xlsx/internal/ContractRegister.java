/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jp.kansa.model.Clause;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.Party;

/**
 * 当事者 and 契約・条項: who the engagement deals with (with the contact and the emergency contact
 * an auditor checks against the contract) and every contract with every clause, also the clauses
 * no evidence cites yet, which are the ones an auditor still has to look at. Rows are the model's
 * own parties and clauses; what cites a clause is indexed once.
 */
public final class ContractRegister {

	/** A row of 契約・条項: a clause of a contract, or the contract alone when it has no clause. */
	public record ContractRow(Contract contract, Clause clause) {
	}

	private final EngagementFacts facts;
	private final WorkpaperText text;
	private final Map<Clause, Set<Evidence>> evidenceByClause = new IdentityHashMap<>();
	private final Map<Clause, Set<String>> checkPointsByClause = new IdentityHashMap<>();

	public ContractRegister(EngagementFacts facts) {
		this.facts = facts;
		this.text = facts.text();
		Engagement engagement = facts.engagement();
		for (Evidence evidence : engagement.getEvidence()) {
			if (evidence.getClause() != null) {
				evidenceByClause.computeIfAbsent(evidence.getClause(), c -> new LinkedHashSet<>()).add(evidence);
			}
		}
		for (ContractCheck check : engagement.getContractChecks()) {
			for (Clause clause : check.getClauses()) {
				checkPointsByClause.computeIfAbsent(clause, c -> new LinkedHashSet<>()).add(check.getCheckPointId());
			}
			for (Evidence evidence : check.getEvidence()) {
				if (evidence.getClause() != null) {
					checkPointsByClause.computeIfAbsent(evidence.getClause(), c -> new LinkedHashSet<>())
							.add(check.getCheckPointId());
				}
			}
		}
	}

	public Table<Party> parties() {
		List<Column<Party>> columns = List.of(
				Column.id(text.get("col.id"), Party::getId),
				Column.wrapped(text.get("col.partyName"), 30, Party::getName),
				Column.text(text.get("col.partyKind"), 12, p -> facts.label(p.getKind())),
				Column.wrapped(text.get("col.engagedBy"), 24, p -> p.getEngagedBy() == null ? null : p.getEngagedBy().getName()),
				Column.wrapped(text.get("col.contact"), 30, Party::getContact),
				Column.wrapped(text.get("col.emergencyContact"), 30, Party::getEmergencyContact),
				Column.wrapped(text.get("col.partyContracts"), 30, this::contractsOf));
		return new Table<>(text.get("sheet.parties"), columns, facts.engagement().getParties());
	}

	public Table<ContractRow> contracts() {
		List<Column<ContractRow>> columns = List.of(
				Column.id(text.get("col.id"), r -> r.clause() != null ? r.clause().getId() : r.contract().getId()),
				Column.text(text.get("col.contractId"), 8, r -> r.contract().getId()),
				Column.wrapped(text.get("col.contractTitle"), 30, r -> r.contract().getTitle()),
				Column.text(text.get("col.contractKind"), 14, r -> facts.label(r.contract().getKind())),
				Column.text(text.get("col.inScope"), 8,
						r -> text.get(r.contract().isInScope() ? "inScope.true" : "inScope.false")),
				Column.date(text.get("col.startDate"), r -> r.contract().getStartDate()),
				Column.date(text.get("col.endDate"), r -> r.contract().getEndDate()),
				Column.wrapped(text.get("col.contractParties"), 24, r -> EngagementColumns.parties(r.contract().getParties())),
				Column.wrapped(text.get("col.systems"), 20, r -> String.join("\n", r.contract().getSystems())),
				Column.text(text.get("col.clauseNumber"), 10, r -> r.clause() == null ? null : r.clause().getNumber()),
				Column.wrapped(text.get("col.clauseHeading"), 24, r -> r.clause() == null ? null : r.clause().getHeading()),
				Column.wrapped(text.get("col.citingEvidence"), 30, this::citingEvidence),
				Column.wrapped(text.get("col.citingCheckPoints"), 16, this::citingCheckPoints));
		return new Table<>(text.get("sheet.contracts"), columns, rows());
	}

	private List<ContractRow> rows() {
		List<ContractRow> rows = new ArrayList<>();
		for (Contract contract : facts.engagement().getContracts()) {
			if (contract.getClauses().isEmpty()) {
				rows.add(new ContractRow(contract, null));
			}
			contract.getClauses().forEach(clause -> rows.add(new ContractRow(contract, clause)));
		}
		return rows;
	}

	private String contractsOf(Party party) {
		StringJoiner lines = new StringJoiner("\n");
		for (Contract contract : facts.engagement().getContracts()) {
			if (contract.getParties().contains(party)) {
				lines.add(contract.getTitle() == null ? contract.getId() : contract.getId() + " " + contract.getTitle());
			}
		}
		return lines.toString();
	}

	private String citingEvidence(ContractRow row) {
		if (row.clause() == null) {
			return null;
		}
		StringJoiner lines = new StringJoiner("\n");
		for (Evidence evidence : evidenceByClause.getOrDefault(row.clause(), Set.of())) {
			lines.add(evidence.getTitle() == null ? evidence.getId() : evidence.getId() + " " + evidence.getTitle());
		}
		return lines.toString();
	}

	private String citingCheckPoints(ContractRow row) {
		return row.clause() == null ? null : String.join("\n", checkPointsByClause.getOrDefault(row.clause(), Set.of()));
	}
}

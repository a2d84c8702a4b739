/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Evidence;
import jp.kansa.model.Finding;
import jp.kansa.model.Responsibility;

/**
 * The engagement's own data sheets besides the Part sheets: 役割分担マトリクス, the guideline cross
 * reference with the status of the citing check points, 指摘事項 and 証跡一覧. Each is a
 * {@link Table} over the model, so rows are produced one at a time as they are written.
 */
public final class EngagementTables {

	private final EngagementFacts facts;
	private final WorkpaperText text;

	public EngagementTables(EngagementFacts facts) {
		this.facts = facts;
		this.text = facts.text();
	}

	/** Check points × contracts: who is responsible, with the gaps of KANSA-A2-GAP filled and named. */
	public Table<CheckPoint> matrix() {
		List<Column<CheckPoint>> columns = new ArrayList<>();
		columns.add(Column.id(text.get("col.id"), CheckPoint::getId));
		columns.add(Column.text(text.get("col.number"), 8, CatalogColumns::number));
		columns.add(Column.wrapped(text.get("col.item"), 16, cp -> cp.getItem().getTitle()));
		for (Contract contract : facts.engagement().getContracts()) {
			String header = contract.getId() + "\n" + (contract.getTitle() == null ? "" : contract.getTitle());
			columns.add(Column.<CheckPoint>wrapped(header, 16, cp -> matrixCell(contract, cp.getId()))
					.withKey(contract.getId()));
		}
		return new Table<>(text.get("sheet.matrix"), columns, facts.checkPoints());
	}

	Object matrixCell(Contract contract, String checkPointId) {
		ContractCheck check = facts.check(contract, checkPointId);
		String parties = check == null ? "" : EngagementColumns.parties(check.getResponsibleParties());
		if (facts.isGap(contract, checkPointId)) {
			Responsibility responsibility = check == null ? Responsibility.UNASSIGNED : check.getResponsibility();
			return new Column.Flagged(text.get("gap.marker", facts.label(responsibility)) + (parties.isEmpty() ? ""
					: "\n" + parties));
		}
		if (check == null) {
			return null;
		}
		String label = facts.label(check.getResponsibility());
		return parties.isEmpty() ? label : label + "\n" + parties;
	}

	/** The catalog's cross reference with one more column: each citing check point and its status. */
	public Table<CrossReferences.Row> crossReferences() {
		Table<CrossReferences.Row> base = CrossReferences.table(facts.catalog(), text);
		List<Column<CrossReferences.Row>> columns = new ArrayList<>(base.columns());
		columns.add(Column.<CrossReferences.Row>wrapped(text.get("col.citedByStatus"), 24, row -> {
			StringJoiner lines = new StringJoiner("\n");
			row.citedBy().forEach(id -> lines.add(id + " " + facts.label(facts.status(id))));
			return lines.toString();
		}).withKey("status"));
		return new Table<>(base.sheetName(), columns, base.rows());
	}

	public Table<Finding> findings() {
		List<Column<Finding>> columns = List.of(
				Column.id(text.get("col.id"), Finding::getId),
				Column.wrapped(text.get("col.findingTitle"), 30, Finding::getTitle),
				Column.text(text.get("col.severity"), 8, f -> facts.label(f.getSeverity())),
				Column.text(text.get("col.findingStatus"), 10, f -> facts.label(f.getStatus())),
				Column.date(text.get("col.dueDate"), Finding::getDueDate),
				Column.wrapped(text.get("col.owner"), 18, f -> f.getOwner() == null ? null : f.getOwner().getName()),
				Column.wrapped(text.get("col.checkPoints"), 14, f -> String.join("\n", f.getCheckPointIds())),
				Column.wrapped(text.get("col.description"), 40, Finding::getDescription),
				Column.wrapped(text.get("col.findingRecommendation"), 40, Finding::getRecommendation));
		return new Table<>(text.get("sheet.findings"), columns, facts.engagement().getFindings());
	}

	/** 証跡一覧: one line per item; the SHA-256 is what a later reader compares the file with. */
	public Table<Evidence> evidence() {
		List<Column<Evidence>> columns = List.of(
				Column.id(text.get("col.id"), Evidence::getId),
				Column.text(text.get("col.evidenceTitle"), 36, Evidence::getTitle),
				Column.text(text.get("col.evidenceKind"), 10, e -> facts.label(e.getKind())),
				Column.text(text.get("col.location"), 36, e -> e.getPath() != null ? e.getPath() : e.getUrl()),
				Column.text(text.get("col.sha256"), 66, Evidence::getSha256),
				Column.number(text.get("col.size"), 11, e -> e.getSize() > 0 ? Long.valueOf(e.getSize()) : null),
				Column.text(text.get("col.providedBy"), 24,
						e -> e.getProvidedBy() == null ? null : e.getProvidedBy().getName()),
				Column.text(text.get("col.clause"), 14, e -> e.getClause() == null ? null
						: e.getClause().getNumber() + " " + e.getClause().getHeading()),
				Column.date(text.get("col.effectiveDate"), Evidence::getEffectiveDate),
				Column.date(text.get("col.expiryDate"), Evidence::getExpiryDate));
		return new Table<>(text.get("sheet.evidence"), columns, facts.engagement().getEvidence());
	}
}

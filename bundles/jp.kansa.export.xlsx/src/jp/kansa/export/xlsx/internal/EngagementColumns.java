/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Evidence;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Part;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.SignOff;
import jp.kansa.model.engagement.AnnotationLines;

/**
 * The engagement's columns on the sheet of a Part, after the 確認表's own: the sign-offs of the
 * check point (they are per check point in the model), then per contract 担当, 担当先, 初回確認,
 * 完了日, 評価, 結論, 証跡 and コメント. Keys in the hidden key row are
 * {@code <contract id>/<field>}; the columns a vendor fills carry their dropdown or date check.
 */
public final class EngagementColumns implements CheckPointColumns {

	/** Dates of annotations and sign-offs as the auditors read them: in Japan. */
	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final EngagementFacts facts;

	public EngagementColumns(EngagementFacts facts) {
		this.facts = facts;
	}

	@Override
	public List<Column<CheckPoint>> columns(Part part, WorkpaperText text) {
		List<Column<CheckPoint>> columns = new ArrayList<>();
		columns.add(Column.<CheckPoint>wrapped(text.get("col.signOffs"), 18, cp -> signOffs(cp.getId()))
				.withKey("signOffs"));
		List<String> responsibilities = facts.labels(Responsibility.VALUES);
		List<String> initialChecks = facts.labels(List.of(InitialCheck.YES, InitialCheck.NO));
		List<String> assessments = facts.labels(AssessmentStatus.VALUES);
		for (Contract contract : facts.engagement().getContracts()) {
			String id = contract.getId();
			columns.add(Column.<CheckPoint>text(header(id, text, "col.responsibility"), 10,
					cp -> responsibility(contract, cp.getId())).withKey(id + "/responsibility")
					.withChoices(responsibilities));
			columns.add(Column.<CheckPoint>wrapped(header(id, text, "col.parties"), 16,
					cell(contract, check -> parties(check.getResponsibleParties()))).withKey(id + "/parties"));
			columns.add(Column.<CheckPoint>text(header(id, text, "col.initialCheck"), 8,
					cell(contract, check -> check.getInitialCheck() == InitialCheck.UNANSWERED ? null
							: facts.label(check.getInitialCheck())))
					.withKey(id + "/initialCheck").withChoices(initialChecks));
			columns.add(Column.<CheckPoint>date(header(id, text, "col.completionDate"),
					cell(contract, ContractCheck::getCompletionDate)).withKey(id + "/completionDate"));
			columns.add(Column.<CheckPoint>text(header(id, text, "col.assessment"), 10,
					cell(contract, check -> facts.label(check.getAssessment()))).withKey(id + "/assessment")
					.withChoices(assessments));
			columns.add(Column.<CheckPoint>wrapped(header(id, text, "col.conclusion"), 24,
					cell(contract, ContractCheck::getConclusion)).withKey(id + "/conclusion"));
			columns.add(Column.<CheckPoint>wrapped(header(id, text, "col.evidence"), 24,
					cell(contract, EngagementColumns::evidenceTitles)).withKey(id + "/evidence"));
			columns.add(Column.<CheckPoint>wrapped(header(id, text, "col.annotations"), 30,
					cell(contract, EngagementColumns::annotations)).withKey(id + "/annotations"));
		}
		return columns;
	}

	private static String header(String contractId, WorkpaperText text, String key) {
		return contractId + "\n" + text.get(key);
	}

	private Function<CheckPoint, Object> cell(Contract contract, Function<ContractCheck, Object> value) {
		return cp -> {
			ContractCheck check = facts.check(contract, cp.getId());
			return check == null ? null : value.apply(check);
		};
	}

	/** The responsibility, or the gap the validation reports, marked so that it cannot be missed. */
	Object responsibility(Contract contract, String checkPointId) {
		ContractCheck check = facts.check(contract, checkPointId);
		String label = check == null ? null : facts.label(check.getResponsibility());
		if (facts.isGap(contract, checkPointId)) {
			return new Column.Flagged(label != null ? label : facts.label(Responsibility.UNASSIGNED));
		}
		return label;
	}

	static String parties(List<Party> parties) {
		StringJoiner names = new StringJoiner("、");
		parties.forEach(p -> names.add(p.getName() != null ? p.getName() : p.getId()));
		return names.toString();
	}

	static String evidenceTitles(ContractCheck check) {
		StringJoiner titles = new StringJoiner("\n");
		for (Evidence evidence : check.getEvidence()) {
			titles.add(evidence.getTitle() != null ? evidence.getTitle() : evidence.getId());
		}
		return titles.toString();
	}

	/** Each annotation on its own line: tickmark, text, then author and date in brackets. */
	static String annotations(ContractCheck check) {
		// A comment that starts like a formula keeps that start: the writer quotes the cell.
		return check.getAnnotations().isEmpty() ? null : AnnotationLines.of(check);
	}

	String signOffs(String checkPointId) {
		List<SignOff> signOffs = facts.signOffs(checkPointId);
		if (signOffs.isEmpty()) {
			return null;
		}
		StringJoiner lines = new StringJoiner("\n");
		for (SignOff signOff : signOffs) {
			String who = signOff.getSigner() == null ? "" : signOff.getSigner().getName();
			String when = signOff.getTime() == null ? "" : " " + LocalDate.ofInstant(signOff.getTime(), JAPAN);
			lines.add(facts.label(signOff.getRole() == null ? AuditRole.PREPARER : signOff.getRole()) + ": " + who + when);
		}
		return lines.toString();
	}
}

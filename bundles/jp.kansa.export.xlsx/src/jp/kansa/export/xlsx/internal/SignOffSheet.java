/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jp.kansa.model.AuditRole;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.SignOff;
import jp.kansa.model.SignedCheck;
import jp.kansa.model.engagement.SignOffScope;

/**
 * サインオフ: one row per sign-off, with what it vouches for: the contract checks it covered and
 * the 評価 each had at signing, beside the 評価 they have now, and a marked cell when the two
 * differ (a check re-assessed or a contract added since). A reviewer reading the workbook sees
 * what was signed, not only that something was.
 */
public final class SignOffSheet {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final EngagementFacts facts;
	private final WorkpaperText text;
	private final Map<String, CheckPoint> checkPoints = new HashMap<>();

	public SignOffSheet(EngagementFacts facts) {
		this.facts = facts;
		this.text = facts.text();
		facts.checkPoints().forEach(cp -> checkPoints.put(cp.getId(), cp));
	}

	public Table<SignOff> table() {
		List<Column<SignOff>> columns = List.of(
				Column.id(text.get("col.id"), SignOff::getId),
				Column.<SignOff>text(text.get("col.number"), 10, this::number).withKey("checkPoint"),
				Column.<SignOff>text(text.get("col.signOffRole"), 8, s -> facts.label(role(s))).withKey("role"),
				Column.<SignOff>text(text.get("col.signer"), 18, s -> s.getSigner() == null ? null : s.getSigner().getName())
						.withKey("signer"),
				Column.<SignOff>text(text.get("col.signedAt"), 16,
						s -> s.getTime() == null ? null : TIME.format(s.getTime().atZone(JAPAN))).withKey("time"),
				Column.<SignOff>wrapped(text.get("col.covers"), 36, this::covered).withKey("covers"),
				Column.<SignOff>wrapped(text.get("col.currentAssessment"), 36, this::current).withKey("current"),
				Column.<SignOff>wrapped(text.get("col.signOffChanges"), 24, this::changes).withKey("changes"));
		return new Table<>(text.get("sheet.signOffs"), columns, facts.engagement().getSignOffs());
	}

	private String number(SignOff signOff) {
		CheckPoint checkPoint = checkPoints.get(signOff.getCheckPointId());
		return checkPoint == null ? signOff.getCheckPointId() : CatalogColumns.number(checkPoint);
	}

	private static AuditRole role(SignOff signOff) {
		return signOff.getRole() == null ? AuditRole.PREPARER : signOff.getRole();
	}

	/** Each covered check with the 評価 it had when signed. */
	private String covered(SignOff signOff) {
		if (signOff.getCovers().isEmpty()) {
			return text.get("signOff.notRecorded");
		}
		StringJoiner lines = new StringJoiner("\n");
		for (SignedCheck signed : signOff.getCovers()) {
			lines.add(label(signed.getCheck()) + ": " + facts.label(signed.getAssessment()));
		}
		return lines.toString();
	}

	/** The checks signed and those of the check point now, each with its 評価 today. */
	private String current(SignOff signOff) {
		Set<ContractCheck> checks = new LinkedHashSet<>();
		for (SignedCheck signed : signOff.getCovers()) {
			checks.add(signed.getCheck());
		}
		checks.addAll(SignOffScope.checksOf(facts.engagement(), signOff.getCheckPointId()));
		StringJoiner lines = new StringJoiner("\n");
		for (ContractCheck check : checks) {
			lines.add(check == null ? text.get("signOff.deletedCheck")
					: label(check) + ": " + facts.label(check.getAssessment()));
		}
		return lines.length() == 0 ? null : lines.toString();
	}

	private Object changes(SignOff signOff) {
		if (signOff.getCovers().isEmpty()) {
			return null;
		}
		List<ContractCheck> differing = SignOffScope.differences(facts.engagement(), signOff);
		boolean deleted = signOff.getCovers().stream().anyMatch(s -> s.getCheck() == null);
		if (differing.isEmpty() && !deleted) {
			return text.get("signOff.unchanged");
		}
		StringJoiner names = new StringJoiner(", ");
		differing.forEach(check -> names.add(check.getContract() == null ? check.getId() : check.getContract().getId()));
		if (deleted) {
			names.add(text.get("signOff.deletedCheck"));
		}
		return new Column.Flagged(text.get("signOff.changed", names.toString()));
	}

	private String label(ContractCheck check) {
		if (check == null) {
			return text.get("signOff.deletedCheck");
		}
		if (check.getContract() == null) {
			return check.getId();
		}
		String title = check.getContract().getTitle();
		return check.getContract().getId() + (title == null ? "" : " " + title);
	}
}

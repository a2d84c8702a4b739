/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.model.engagement.VendorRound.Disagreement;
import jp.kansa.model.engagement.VendorRound.VendorStatus;

/**
 * The vendors' round in the workpaper: each vendor's status (表紙, サマリー) and the 事業者回答
 * sheet — every answer in force beside the institution's record, with the 認識の相違 named.
 * Only written when the engagement has requests, so a workpaper without a round is unchanged.
 */
public final class VendorRoundSheets {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
			.withZone(VendorRound.ZONE);

	private final EngagementFacts facts;
	private final WorkpaperText text;
	private final Locale locale;

	public VendorRoundSheets(EngagementFacts facts) {
		this.facts = facts;
		this.text = facts.text();
		this.locale = new WorkpaperText(Locale.JAPANESE).get("sheet.summary").equals(text.get("sheet.summary"))
				? Locale.JAPANESE : Locale.ENGLISH;
	}

	public static boolean hasRound(Engagement engagement) {
		return !engagement.getVendorRequests().isEmpty();
	}

	/** One line per vendor for the 表紙: name, status, due date. */
	public List<String> coverLines(LocalDate today) {
		return VendorRound.byVendor(facts.engagement(), today).stream().map(status -> name(status.party()) + ": "
				+ status.status().label(locale)
				+ (status.dueDate() == null ? "" : " (" + text.get("vendor.due", status.dueDate().toString()) + ")"))
				.toList();
	}

	public int disagreementCount() {
		return VendorRound.disagreements(facts.engagement()).size();
	}

	public List<VendorStatus> statuses(LocalDate today) {
		return VendorRound.byVendor(facts.engagement(), today);
	}

	/** The number of answers in force from a vendor, and of its disagreements. */
	public int[] counts(Party vendor) {
		int answers = (int) VendorRound.answersInForce(facts.engagement()).stream()
				.filter(a -> VendorRound.partyOf(a) == vendor).count();
		int disagreements = (int) VendorRound.disagreements(facts.engagement()).stream()
				.filter(d -> VendorRound.partyOf(d.answer()) == vendor).count();
		return new int[] { answers, disagreements };
	}

	public String statusLabel(VendorStatus status) {
		return status.status().label(locale);
	}

	/** 事業者回答: every answer in force, beside the institution's 担当 and 初回確認. */
	public Table<VendorAnswer> answers() {
		List<Column<VendorAnswer>> columns = List.of(
				Column.id(text.get("col.id"), a -> a.getCheck() == null ? null : a.getCheck().getId()),
				Column.wrapped(text.get("vendor.col.contract"), 20, a -> contract(a.getCheck())),
				Column.text(text.get("col.number"), 12, a -> a.getCheck() == null ? null : a.getCheck().getCheckPointId()),
				Column.wrapped(text.get("vendor.col.vendor"), 20, a -> name(VendorRound.partyOf(a))),
				Column.text(text.get("vendor.col.request"), 8,
						a -> a.eContainer() instanceof VendorRequest r ? r.getId() : null),
				Column.text(text.get("vendor.col.time"), 16, a -> a.getTime() == null ? null : TIME.format(a.getTime())),
				Column.text(text.get("vendor.col.vendorResponsibility"), 12, a -> value(a.getResponsibility())),
				Column.text(text.get("vendor.col.institutionResponsibility"), 12,
						a -> a.getCheck() == null ? null : value(a.getCheck().getResponsibility())),
				Column.text(text.get("vendor.col.vendorInitial"), 10, a -> value(a.getInitialCheck())),
				Column.text(text.get("vendor.col.institutionInitial"), 10,
						a -> a.getCheck() == null ? null : value(a.getCheck().getInitialCheck())),
				Column.date(text.get("vendor.col.completion"), VendorAnswer::getCompletionDate),
				Column.wrapped(text.get("vendor.col.comment"), 30, VendorAnswer::getComment),
				Column.wrapped(text.get("vendor.col.evidence"), 30, VendorRoundSheets::evidence),
				Column.<VendorAnswer>wrapped(text.get("vendor.col.disagreement"), 30, this::disagreement)
						.withKey("disagreement"));
		return new Table<>(text.get("sheet.vendorAnswers"), columns, VendorRound.answersInForce(facts.engagement()));
	}

	/** The 認識の相違 of one answer, as words; a flagged cell so it stands out as a gap does. */
	private Object disagreement(VendorAnswer answer) {
		StringJoiner lines = new StringJoiner("\n");
		for (Disagreement d : VendorRound.disagreements(facts.engagement())) {
			if (d.answer() == answer) {
				lines.add(text.get(d.kind() == VendorRound.DisagreementKind.RESPONSIBILITY ? "vendor.disagreeResponsibility"
						: "vendor.disagreeInitial", VendorRound.valueLabel(d.vendorValue(), locale),
						VendorRound.valueLabel(d.institutionValue(), locale)));
			}
		}
		return lines.length() == 0 ? null : new Column.Flagged(lines.toString());
	}

	private String value(Enum<?> value) {
		if (value == null || value == Responsibility.UNASSIGNED || value == InitialCheck.UNANSWERED) {
			return null;
		}
		return VendorRound.valueLabel(value, locale);
	}

	private static String evidence(VendorAnswer answer) {
		StringJoiner parts = new StringJoiner(" / ");
		if (answer.getEvidenceTitle() != null) {
			parts.add(answer.getEvidenceTitle());
		}
		if (answer.getEvidenceFile() != null) {
			parts.add(answer.getEvidenceFile());
		}
		if (answer.getEvidenceDate() != null) {
			parts.add(answer.getEvidenceDate().toString());
		}
		return parts.length() == 0 ? null : parts.toString();
	}

	private static String contract(ContractCheck check) {
		if (check == null || check.getContract() == null) {
			return null;
		}
		return check.getContract().getId() + " " + (check.getContract().getTitle() == null ? "" : check.getContract().getTitle());
	}

	static String name(Party party) {
		if (party == null) {
			return null;
		}
		return party.getName() == null || party.getName().isBlank() ? party.getId() : party.getName();
	}

	/** Today as the round judges due dates (a Japanese calendar day). */
	public static LocalDate today() {
		return VendorRound.today(java.time.Clock.system(ZoneOffset.UTC));
	}
}

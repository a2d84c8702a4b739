/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.VendorRequest;

/**
 * The vendors' round as the overview, the workpaper and the validation see it: where each
 * vendor's request stands, the answers in force, and where a vendor's answer and the
 * institution's record differ (認識の相違). Computed, never stored, so it cannot go stale.
 */
public final class VendorRound {

	/** 未送付 / 送付済 / 回答済 / 取込済 / 期限超過. */
	public enum RequestStatus {
		NOT_SENT, SENT, ANSWERED, IMPORTED, OVERDUE;

		/** The word shown to the user (the 概要 page, the workpaper). */
		public String label(Locale locale) {
			return text("status." + name(), locale);
		}
	}

	/** One vendor's position in the round; {@code request} is null when none was made. */
	public record VendorStatus(Party party, VendorRequest request, RequestStatus status) {

		public LocalDate dueDate() {
			return request == null ? null : request.getDueDate();
		}
	}

	/** What differs between a vendor's answer and the institution's record. */
	public enum DisagreementKind {
		/** 担当: the vendor sees another party responsible than the institution recorded. */
		RESPONSIBILITY,
		/** 初回確認 はい against いいえ. */
		INITIAL_CHECK
	}

	/**
	 * A 認識の相違: the A-2 risk seen from the vendor's side.
	 *
	 * @param institutionValue the institution's value (an enum literal of the model)
	 * @param vendorValue      the vendor's answer (an enum literal of the model)
	 */
	public record Disagreement(ContractCheck check, VendorAnswer answer, DisagreementKind kind, Enum<?> institutionValue,
			Enum<?> vendorValue) {
	}

	private static final String MESSAGES = "jp.kansa.model.engagement.messages"; //$NON-NLS-1$
	/** Due dates are Japanese calendar days. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo"); //$NON-NLS-1$

	private VendorRound() {
	}

	/** Where one request stands on {@code today}. */
	public static RequestStatus status(VendorRequest request, LocalDate today) {
		if (request.getImportedAt() != null) {
			return RequestStatus.IMPORTED;
		}
		if (request.getReceivedAt() != null) {
			return RequestStatus.ANSWERED;
		}
		if (request.getSentAt() == null) {
			return RequestStatus.NOT_SENT;
		}
		if (request.getDueDate() != null && request.getDueDate().isBefore(today)) {
			return RequestStatus.OVERDUE;
		}
		return RequestStatus.SENT;
	}

	/** The parties asked to answer: vendors, prime vendors and subcontractors, in the engagement's order. */
	public static List<Party> vendors(Engagement engagement) {
		return engagement.getParties().stream().filter(party -> party.getKind() != PartyKind.INSTITUTION).toList();
	}

	/** Every vendor with its latest request (the last one made for it) and that request's status. */
	public static List<VendorStatus> byVendor(Engagement engagement, LocalDate today) {
		Map<Party, VendorRequest> latest = new LinkedHashMap<>();
		for (VendorRequest request : engagement.getVendorRequests()) {
			if (request.getParty() != null) {
				latest.put(request.getParty(), request);
			}
		}
		List<VendorStatus> statuses = new ArrayList<>();
		for (Party vendor : vendors(engagement)) {
			VendorRequest request = latest.get(vendor);
			statuses.add(new VendorStatus(vendor, request,
					request == null ? RequestStatus.NOT_SENT : status(request, today)));
		}
		return statuses;
	}

	/** Today as a calendar day in Japan. */
	public static LocalDate today(java.time.Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/**
	 * The in-scope contracts a request to {@code vendor} covers: those it is party to, and with
	 * {@code withSubcontractors} those of the subcontractors it engaged.
	 */
	public static List<Contract> contractsOf(Engagement engagement, Party vendor, boolean withSubcontractors) {
		return engagement.getContracts().stream().filter(Contract::isInScope)
				.filter(contract -> contract.getParties().stream()
						.anyMatch(party -> party == vendor || withSubcontractors && party.getEngagedBy() == vendor))
				.toList();
	}

	/**
	 * The answers in force: for each contract check and vendor, the answer of the latest request
	 * that answered it (requests in the engagement's order, later ones win).
	 */
	public static List<VendorAnswer> answersInForce(Engagement engagement) {
		Map<List<Object>, VendorAnswer> latest = new LinkedHashMap<>();
		for (VendorRequest request : engagement.getVendorRequests()) {
			for (VendorAnswer answer : request.getAnswers()) {
				if (answer.getCheck() != null) {
					latest.put(List.of(answer.getCheck(), partyOf(answer)), answer);
				}
			}
		}
		return new ArrayList<>(latest.values());
	}

	/** The answers in force for one contract check, one per vendor that answered it. */
	public static List<VendorAnswer> answersFor(ContractCheck check) {
		if (!(check.eContainer() instanceof Engagement engagement)) {
			return List.of();
		}
		return answersInForce(engagement).stream().filter(answer -> answer.getCheck() == check).toList();
	}

	/** The latest answer of one vendor for one check. */
	public static Optional<VendorAnswer> answerOf(ContractCheck check, Party vendor) {
		return answersFor(check).stream().filter(answer -> partyOf(answer) == vendor).findFirst();
	}

	/** Every 認識の相違 of the answers in force, in the engagement's check order. */
	public static List<Disagreement> disagreements(Engagement engagement) {
		List<Disagreement> found = new ArrayList<>();
		for (VendorAnswer answer : answersInForce(engagement)) {
			ContractCheck check = answer.getCheck();
			if (known(answer.getResponsibility()) && known(check.getResponsibility())
					&& answer.getResponsibility() != check.getResponsibility()) {
				found.add(new Disagreement(check, answer, DisagreementKind.RESPONSIBILITY, check.getResponsibility(),
						answer.getResponsibility()));
			}
			if (answer.getInitialCheck() != InitialCheck.UNANSWERED
					&& check.getInitialCheck() != InitialCheck.UNANSWERED
					&& answer.getInitialCheck() != check.getInitialCheck()) {
				found.add(new Disagreement(check, answer, DisagreementKind.INITIAL_CHECK, check.getInitialCheck(),
						answer.getInitialCheck()));
			}
		}
		List<ContractCheck> order = engagement.getContractChecks();
		found.sort(Comparator.comparingInt(d -> order.indexOf(d.check())));
		return found;
	}

	/** The vendor an answer is attributed to: its own party, else its request's. */
	public static Party partyOf(VendorAnswer answer) {
		if (answer.getParty() != null) {
			return answer.getParty();
		}
		return answer.eContainer() instanceof VendorRequest request ? request.getParty() : null;
	}

	/** The words of the model's 担当 and 初回確認 values, as the 確認表 prints them. */
	public static String valueLabel(Enum<?> value, Locale locale) {
		return text("value." + value.getClass().getSimpleName() + "." + value.name(), locale);
	}

	private static boolean known(Responsibility responsibility) {
		return responsibility != null && responsibility != Responsibility.UNASSIGNED;
	}

	private static String text(String key, Locale locale) {
		return ResourceBundle.getBundle(MESSAGES, locale, VendorRound.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
	}
}

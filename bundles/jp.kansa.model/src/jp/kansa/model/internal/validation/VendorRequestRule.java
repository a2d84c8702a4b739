/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.model.engagement.VendorRound.Disagreement;
import jp.kansa.model.engagement.VendorRound.DisagreementKind;
import jp.kansa.model.engagement.VendorRound.RequestStatus;
import jp.kansa.model.validation.ValidationRule;

/**
 * The vendors' round: a request still unanswered past its due date (judged today — a due date
 * is a chase list, not a position at the 基準日), and every 認識の相違 between a vendor's answer
 * and the institution's record.
 */
final class VendorRequestRule implements Rule {

	@Override
	public void check(RuleContext context) {
		for (VendorRequest request : context.engagement().getVendorRequests()) {
			if (VendorRound.status(request, context.today()) == RequestStatus.OVERDUE) {
				context.report(ValidationRule.REQUEST_OVERDUE, new Object[] { Labels.of(request.getParty()),
						request.getId(), iso(request.getDueDate()), iso(context.today()) }, request);
			}
		}
		Locale locale = context.locale();
		for (Disagreement disagreement : VendorRound.disagreements(context.engagement())) {
			ContractCheck check = disagreement.check();
			String field = context.text(disagreement.kind() == DisagreementKind.RESPONSIBILITY
					? "field.responsibility" : "field.initialCheck");
			context.report(ValidationRule.VENDOR_DISAGREEMENT,
					new Object[] { check.getCheckPointId(), Labels.of(check.getContract()),
							Labels.of(VendorRound.partyOf(disagreement.answer())), field,
							VendorRound.valueLabel(disagreement.vendorValue(), locale),
							VendorRound.valueLabel(disagreement.institutionValue(), locale) },
					check, disagreement.answer());
		}
	}

	private static String iso(java.time.LocalDate date) {
		return date == null ? "—" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
	}
}

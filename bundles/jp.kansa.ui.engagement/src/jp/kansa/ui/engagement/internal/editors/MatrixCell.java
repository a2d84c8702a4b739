/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * What a matrix cell can be set to: one choice per responsibility and party combination that
 * makes sense for the contract (its vendors alone, or jointly with the institution), so that
 * a role is assigned with one click and never names a party outside the contract.
 */
public record MatrixCell(String label, Responsibility responsibility, List<Party> parties) {

	public static List<MatrixCell> choices(Engagement engagement, Contract contract) {
		Party institution = engagement.getInstitution();
		List<Party> vendors = contract.getParties().stream().filter(p -> p != institution).toList();
		List<MatrixCell> choices = new ArrayList<>();
		choices.add(new MatrixCell(ModelLabels.literal(Responsibility.UNASSIGNED), Responsibility.UNASSIGNED, List.of()));
		if (institution != null) {
			choices.add(new MatrixCell(ModelLabels.literal(Responsibility.INSTITUTION), Responsibility.INSTITUTION,
					List.of(institution)));
		}
		for (Party vendor : vendors) {
			choices.add(new MatrixCell(ModelLabels.literal(Responsibility.VENDOR) + ": " + ModelLabels.of(vendor), //$NON-NLS-1$
					Responsibility.VENDOR, List.of(vendor)));
		}
		for (Party vendor : vendors) {
			List<Party> both = institution == null ? List.of(vendor) : List.of(institution, vendor);
			choices.add(new MatrixCell(ModelLabels.literal(Responsibility.JOINT) + ": " + names(both), Responsibility.JOINT, //$NON-NLS-1$
					both));
		}
		if (vendors.size() > 1) {
			List<Party> all = new ArrayList<>(contract.getParties());
			choices.add(new MatrixCell(ModelLabels.literal(Responsibility.JOINT) + ": " + Messages.Matrix_allParties, //$NON-NLS-1$
					Responsibility.JOINT, all));
		}
		choices.add(new MatrixCell(ModelLabels.literal(Responsibility.NOT_APPLICABLE), Responsibility.NOT_APPLICABLE,
				List.of()));
		return choices;
	}

	/** Whether the check is set to this choice (the menu marks it). */
	public boolean matches(ContractCheck check) {
		Responsibility current = check == null ? Responsibility.UNASSIGNED : check.getResponsibility();
		List<Party> currentParties = check == null ? List.of() : check.getResponsibleParties();
		if (current != responsibility) {
			return false;
		}
		return responsibility == Responsibility.UNASSIGNED || responsibility == Responsibility.NOT_APPLICABLE
				|| currentParties.equals(parties);
	}

	/** The text of a cell: the responsibility and, where it matters, who (names cut to fit a column). */
	public static String text(ContractCheck check) {
		return text(check, ModelLabels::shortName);
	}

	/** The text of a cell with whole names: its tooltip and what Ctrl+C copies. */
	public static String fullText(ContractCheck check) {
		return text(check, ModelLabels::of);
	}

	private static String text(ContractCheck check, Function<Party, String> name) {
		if (check == null) {
			return ModelLabels.literal(Responsibility.UNASSIGNED);
		}
		String responsibility = ModelLabels.literal(check.getResponsibility());
		if ((check.getResponsibility() == Responsibility.VENDOR || check.getResponsibility() == Responsibility.JOINT)
				&& !check.getResponsibleParties().isEmpty()) {
			Party institution = ((Engagement) check.eContainer()).getInstitution();
			String who = check.getResponsibleParties().stream().filter(p -> p != institution).map(name)
					.collect(Collectors.joining("・")); //$NON-NLS-1$
			return who.isEmpty() ? responsibility : responsibility + ": " + who; //$NON-NLS-1$
		}
		return responsibility;
	}

	/** Whole names: a menu is as wide as its longest choice, and a cut name could be two vendors. */
	private static String names(List<Party> parties) {
		return parties.stream().map(ModelLabels::of).collect(Collectors.joining(" + ")); //$NON-NLS-1$
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.util.List;
import java.util.stream.Collectors;

import jp.kansa.model.Contract;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;

/** Finds the contracts and parties a workbook names, by id or by the name people see. */
final class EngagementLookup {

	private final Engagement engagement;

	EngagementLookup(Engagement engagement) {
		this.engagement = engagement;
	}

	Contract contractById(String id) {
		return engagement.getContracts().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
	}

	List<Contract> contractsByTitle(String title) {
		String wanted = Texts.normalizeSpace(title);
		return engagement.getContracts().stream()
				.filter(c -> c.getTitle() != null && Texts.normalizeSpace(c.getTitle()).equals(wanted)).toList();
	}

	/** By exact name (spaces normalised) first, then by id. */
	Party party(String nameOrId) {
		String wanted = Texts.normalizeSpace(nameOrId);
		for (Party party : engagement.getParties()) {
			if (party.getName() != null && Texts.normalizeSpace(party.getName()).equals(wanted)) {
				return party;
			}
		}
		for (Party party : engagement.getParties()) {
			if (wanted.equals(party.getId())) {
				return party;
			}
		}
		return null;
	}

	String partyNames() {
		return engagement.getParties().stream().map(Party::getName).collect(Collectors.joining("、"));
	}
}

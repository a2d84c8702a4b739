/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.util.HashSet;
import java.util.Set;

import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;

/** Questions about parties that several rules ask. */
final class Parties {

	private Parties() {
	}

	/**
	 * The party at the top of a subcontracting chain: a 再委託先 acts for the vendor that engaged
	 * it, so B and B's subcontractor C are one line of responsibility, not two vendors.
	 */
	static Party lineOf(Party party) {
		Set<Party> seen = new HashSet<>();
		Party current = party;
		while (current.getEngagedBy() != null && seen.add(current)) {
			current = current.getEngagedBy();
		}
		return current;
	}

	static Set<Party> vendorLines(Iterable<Party> parties) {
		Set<Party> lines = new HashSet<>();
		for (Party party : parties) {
			if (party.getKind() != PartyKind.INSTITUTION) {
				lines.add(lineOf(party));
			}
		}
		return lines;
	}
}

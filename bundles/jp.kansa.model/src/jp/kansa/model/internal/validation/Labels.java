/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import jp.kansa.model.Contract;
import jp.kansa.model.EngagementElement;
import jp.kansa.model.Party;
import jp.kansa.model.TeamMember;

/** How messages name engagement objects: by what the user typed, else by id. */
final class Labels {

	private static final String NONE = "—";

	private Labels() {
	}

	static String of(EngagementElement element) {
		if (element == null) {
			return NONE;
		}
		String text = switch (element) {
			case Contract contract -> contract.getTitle();
			case Party party -> party.getName();
			case TeamMember member -> member.getName();
			default -> null;
		};
		return text == null || text.isBlank() ? element.getId() : text;
	}
}

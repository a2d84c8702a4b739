/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.edition;

import java.util.List;
import java.util.Optional;

import jp.kansa.model.edition.EditionMapping.Kind;
import jp.kansa.model.edition.EditionMapping.Rule;

/**
 * The known mappings between editions, so that an id the catalog no longer has can be explained
 * (KANSA-CHECKPOINT-UNKNOWN): which edition removed it, or what it became.
 */
public final class EditionHistory {

	/** Why an id is gone: the mapping (and its line) that removed, renamed, split or merged it. */
	public record Explanation(EditionMapping mapping, Rule rule) {
	}

	private final List<EditionMapping> mappings;

	public EditionHistory(List<EditionMapping> mappings) {
		this.mappings = List.copyOf(mappings);
	}

	public List<EditionMapping> mappings() {
		return mappings;
	}

	/** The latest mapping that did something other than keep the id, if any. */
	public Optional<Explanation> explain(String checkPointId) {
		for (int i = mappings.size() - 1; i >= 0; i--) {
			EditionMapping mapping = mappings.get(i);
			Optional<Rule> rule = mapping.ruleFor(checkPointId).filter(r -> r.kind() != Kind.KEPT);
			if (rule.isPresent()) {
				return Optional.of(new Explanation(mapping, rule.get()));
			}
		}
		return Optional.empty();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.edition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the check point ids of one 確認表 edition become those of the next: every id the mapping
 * names is kept, renamed, split into several, merged with others into one, or removed. An id the
 * mapping does not name is kept as it is (most of a revision changes nothing). Read with
 * {@link EditionMappingReader}; applied to an engagement by {@link EditionMigration}.
 * {@code source} is where the mapping was read from (a file name), for messages.
 */
public final class EditionMapping {

	/** What became of one old id (or, for {@link Kind#MERGED}, of several). */
	public enum Kind {
		KEPT, RENAMED, SPLIT, MERGED, REMOVED
	}

	/**
	 * One line of the mapping.
	 *
	 * @param from the old ids (several only for MERGED)
	 * @param to   the new ids (none for REMOVED, several only for SPLIT)
	 * @param line the line of the mapping file it was read from
	 */
	public record Rule(Kind kind, List<String> from, List<String> to, int line) {

		public Rule {
			from = List.copyOf(from);
			to = List.copyOf(to);
		}
	}

	private final String source;
	private final String fromEdition;
	private final String toEdition;
	private final List<Rule> rules;
	private final Map<String, Rule> byOldId;

	public EditionMapping(String source, String fromEdition, String toEdition, List<Rule> rules) {
		this.source = source;
		this.fromEdition = fromEdition;
		this.toEdition = toEdition;
		this.rules = List.copyOf(rules);
		this.byOldId = index(this.rules);
	}

	public String source() {
		return source;
	}

	/** The edition (Catalog.edition) the mapping starts from. */
	public String fromEdition() {
		return fromEdition;
	}

	/** The edition it leads to. */
	public String toEdition() {
		return toEdition;
	}

	public List<Rule> rules() {
		return rules;
	}

	/** The rule naming an old id, if any; an id no rule names is kept. */
	public Optional<Rule> ruleFor(String oldId) {
		return Optional.ofNullable(byOldId.get(oldId));
	}

	/** The new id(s) an old id becomes: itself when kept or not named, none when removed. */
	public List<String> targetsOf(String oldId) {
		return ruleFor(oldId).map(rule -> rule.kind() == Kind.KEPT ? List.of(oldId) : rule.to()).orElse(List.of(oldId));
	}

	private static Map<String, Rule> index(List<Rule> rules) {
		Map<String, Rule> index = new LinkedHashMap<>();
		for (Rule rule : rules) {
			for (String id : rule.from()) {
				index.put(id, rule);
			}
		}
		return Collections.unmodifiableMap(index);
	}
}

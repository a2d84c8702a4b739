/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which differences to show. An empty set does not restrict; several sets must all match.
 *
 * @param elementKinds       model class names ({@code ContractCheck}, {@code Finding}, …)
 * @param contractIds        the contract an element belongs to ({@link ElementRef#contractId()})
 * @param checkPointIds      check points ({@link ElementRef#checkPointIds()})
 * @param partyIds           parties ({@link Difference#partyIds()})
 * @param fields             feature names ({@code assessment}); a whole added or removed element has none
 * @param includeBookkeeping show {@code lastModified} stamps too
 */
public record DifferenceFilter(Set<String> elementKinds, Set<String> contractIds, Set<String> checkPointIds,
		Set<String> partyIds, Set<String> fields, boolean includeBookkeeping) implements Predicate<Difference> {

	/** Everything, stamps included: what the merge works on. */
	public static final DifferenceFilter ALL = new DifferenceFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
			true);

	/** Everything a person changed: the stamps the tool sets alongside are left out. */
	public static final DifferenceFilter PEOPLE = ALL.withBookkeeping(false);

	public DifferenceFilter {
		elementKinds = Set.copyOf(elementKinds);
		contractIds = Set.copyOf(contractIds);
		checkPointIds = Set.copyOf(checkPointIds);
		partyIds = Set.copyOf(partyIds);
		fields = Set.copyOf(fields);
	}

	public DifferenceFilter withElementKinds(Collection<String> kinds) {
		return new DifferenceFilter(Set.copyOf(kinds), contractIds, checkPointIds, partyIds, fields, includeBookkeeping);
	}

	public DifferenceFilter withContracts(Collection<String> ids) {
		return new DifferenceFilter(elementKinds, Set.copyOf(ids), checkPointIds, partyIds, fields, includeBookkeeping);
	}

	public DifferenceFilter withCheckPoints(Collection<String> ids) {
		return new DifferenceFilter(elementKinds, contractIds, Set.copyOf(ids), partyIds, fields, includeBookkeeping);
	}

	public DifferenceFilter withParties(Collection<String> ids) {
		return new DifferenceFilter(elementKinds, contractIds, checkPointIds, Set.copyOf(ids), fields, includeBookkeeping);
	}

	public DifferenceFilter withFields(Collection<String> names) {
		return new DifferenceFilter(elementKinds, contractIds, checkPointIds, partyIds, Set.copyOf(names), includeBookkeeping);
	}

	public DifferenceFilter withBookkeeping(boolean include) {
		return new DifferenceFilter(elementKinds, contractIds, checkPointIds, partyIds, fields, include);
	}

	@Override
	public boolean test(Difference d) {
		ElementRef e = d.element();
		return (includeBookkeeping || !d.bookkeeping()) //
				&& (elementKinds.isEmpty() || elementKinds.contains(e.kind()))
				&& (contractIds.isEmpty() || e.contractId() != null && contractIds.contains(e.contractId()))
				&& (checkPointIds.isEmpty() || e.checkPointIds().stream().anyMatch(checkPointIds::contains))
				&& (partyIds.isEmpty() || d.partyIds().stream().anyMatch(partyIds::contains))
				&& (fields.isEmpty() || d.field() != null && fields.contains(d.field()));
	}

	public List<Difference> apply(List<Difference> differences) {
		return differences.stream().filter(this).toList();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;

/**
 * Finds the check of a (contract, check point) cell and the checks of a check point in constant
 * time; a matrix of 200 contracts × 54 check points would otherwise scan 10,800 checks per
 * cell. A snapshot: build a new one after structural changes.
 */
public final class ContractCheckIndex {

	private record Cell(Contract contract, String checkPointId) {
	}

	private final Map<Cell, ContractCheck> byCell = new HashMap<>();
	private final Map<String, List<ContractCheck>> byCheckPoint = new HashMap<>();

	private ContractCheckIndex() {
	}

	public static ContractCheckIndex of(Engagement engagement) {
		ContractCheckIndex index = new ContractCheckIndex();
		for (ContractCheck check : engagement.getContractChecks()) {
			index.byCell.putIfAbsent(new Cell(check.getContract(), check.getCheckPointId()), check);
			index.byCheckPoint.computeIfAbsent(check.getCheckPointId(), id -> new ArrayList<>()).add(check);
		}
		return index;
	}

	public Optional<ContractCheck> find(Contract contract, String checkPointId) {
		return Optional.ofNullable(byCell.get(new Cell(contract, checkPointId)));
	}

	/** The checks of one check point across all contracts, in file order. */
	public List<ContractCheck> forCheckPoint(String checkPointId) {
		return byCheckPoint.getOrDefault(checkPointId, List.of());
	}
}

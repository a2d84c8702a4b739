/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.kansa.model.Catalog;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.ContractKind;
import jp.kansa.model.Engagement;
import jp.kansa.model.Item;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Part;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.Responsibility;

/**
 * A catalog of three check points (one in Part 1, two in Part 2) and an engagement that breaks
 * no rule: each test breaks one thing and repairs it.
 */
final class EngagementFixture {

	static final String PART1 = "1-A-1-①";
	static final String PART2_FIRST = "2-A-1-①";
	static final String PART2_SECOND = "2-A-2-①";
	static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 9, 30);
	static final Instant EARLIER = Instant.parse("2025-09-01T00:00:00Z");

	final KansaFactory f = KansaFactory.eINSTANCE;
	final Catalog catalog = catalog();
	final Engagement engagement = f.createEngagement();
	final Party hospital = party("P-H", "病院", PartyKind.INSTITUTION, null);
	final Party vendorA = party("P-A", "A社", PartyKind.VENDOR, null);
	final Party vendorB = party("P-B", "B社", PartyKind.PRIME_VENDOR, null);
	final Party subcontractorC = party("P-C", "C社", PartyKind.SUBCONTRACTOR, vendorB);
	final Contract contractA = contract("C-A", "A社保守", vendorA, "レセプト", "連携");
	final Contract contractB = contract("C-B", "B社保守", vendorB, "電子カルテ", "連携");

	EngagementFixture() {
		engagement.setId("E");
		engagement.setName("テスト監査");
		engagement.setReferenceDate(REFERENCE_DATE);
		engagement.setInstitution(hospital);
		engagement.getParties().addAll(List.of(hospital, vendorA, vendorB, subcontractorC));
		engagement.getContracts().addAll(List.of(contractA, contractB));
		for (Contract contract : engagement.getContracts()) {
			Party vendor = contract == contractA ? vendorA : vendorB;
			check(contract, PART1, Responsibility.INSTITUTION, hospital);
			check(contract, PART2_FIRST, Responsibility.JOINT, hospital, vendor);
			check(contract, PART2_SECOND, Responsibility.JOINT, hospital, vendor);
		}
	}

	ContractCheck check(Contract contract, String checkPointId) {
		return engagement.getContractChecks().stream()
				.filter(c -> c.getContract() == contract && c.getCheckPointId().equals(checkPointId)).findFirst()
				.orElseThrow();
	}

	private void check(Contract contract, String checkPointId, Responsibility responsibility, Party... parties) {
		ContractCheck check = f.createContractCheck();
		check.setId(contract.getId() + "/" + checkPointId);
		check.setContract(contract);
		check.setCheckPointId(checkPointId);
		check.setResponsibility(responsibility);
		check.getResponsibleParties().addAll(List.of(parties));
		check.setLastModified(EARLIER);
		engagement.getContractChecks().add(check);
	}

	private Party party(String id, String name, PartyKind kind, Party engagedBy) {
		Party party = f.createParty();
		party.setId(id);
		party.setName(name);
		party.setKind(kind);
		party.setEngagedBy(engagedBy);
		return party;
	}

	private Contract contract(String id, String title, Party vendor, String... systems) {
		Contract contract = f.createContract();
		contract.setId(id);
		contract.setTitle(title);
		contract.setKind(ContractKind.MAINTENANCE);
		contract.getSystems().addAll(List.of(systems));
		contract.getParties().add(vendor);
		return contract;
	}

	private Catalog catalog() {
		Catalog result = f.createCatalog();
		result.setId("test-catalog");
		result.getParts().add(part(1, PART1));
		result.getParts().add(part(2, PART2_FIRST, PART2_SECOND));
		return result;
	}

	private Part part(int number, String... checkPointIds) {
		Part part = f.createPart();
		part.setId(String.valueOf(number));
		part.setNumber(number);
		Category category = f.createCategory();
		category.setId(number + "-A");
		part.getCategories().add(category);
		for (String id : checkPointIds) {
			Item item = f.createItem();
			item.setId(id.substring(0, id.lastIndexOf('-')));
			CheckPoint checkPoint = f.createCheckPoint();
			checkPoint.setId(id);
			item.getCheckPoints().add(checkPoint);
			category.getItems().add(item);
		}
		return part;
	}
}

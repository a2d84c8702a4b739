/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.ContractKind;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.Responsibility;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.ValidationRule;

/**
 * The largest engagement the issue names, 200 contracts × 54 check points, in the worst case
 * for the overlap rule (every contract a different vendor solely responsible for the same
 * system): one diagnostic per check, not one per pair (a first version made 2.1 million).
 * The time it takes is printed for information; speed is judged in benchmarks, not here.
 */
class ValidationScaleTest {

	@Test
	void twoHundredContractsReportEveryOverlapOnceAndNothingWhenClean() {
		KansaFactory f = KansaFactory.eINSTANCE;
		Catalog catalog = SampleEngagementTest.loadCatalog();
		List<CheckPoint> checkPoints = SampleEngagementGenerator.checkPoints(catalog);
		Engagement engagement = f.createEngagement();
		engagement.setId("E");
		engagement.setReferenceDate(SampleEngagementGenerator.REFERENCE_DATE);
		for (int i = 0; i < 200; i++) {
			Party vendor = f.createParty();
			vendor.setId("P-" + i);
			vendor.setKind(PartyKind.VENDOR);
			engagement.getParties().add(vendor);
			Contract contract = f.createContract();
			contract.setId("C-" + i);
			contract.setKind(ContractKind.MAINTENANCE);
			contract.getSystems().add("電子カルテ");
			engagement.getContracts().add(contract);
			for (CheckPoint checkPoint : checkPoints) {
				ContractCheck check = f.createContractCheck();
				check.setId(contract.getId() + "/" + checkPoint.getId());
				check.setContract(contract);
				check.setCheckPointId(checkPoint.getId());
				check.setResponsibility(Responsibility.VENDOR);
				check.getResponsibleParties().add(vendor);
				engagement.getContractChecks().add(check);
			}
		}
		EngagementValidation.validate(engagement, catalog); // warm-up
		long start = System.nanoTime();
		var result = EngagementValidation.validate(engagement, catalog);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("validation of 200 contracts x 54 check points (worst-case overlap): " + millis + " ms, "
				+ result.getChildren().size() + " diagnostics");
		assertEquals(200L * 54, EngagementValidation.ruleDiagnostics(result).stream()
				.filter(d -> ValidationRule.of(d) == ValidationRule.OVERLAP).count());

		engagement.getContractChecks().forEach(check -> check.setResponsibility(Responsibility.JOINT));
		start = System.nanoTime();
		result = EngagementValidation.validate(engagement, catalog);
		millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("validation of 200 contracts x 54 check points (no problems): " + millis + " ms");
		assertTrue(EngagementValidation.ruleDiagnostics(result).isEmpty());
	}
}

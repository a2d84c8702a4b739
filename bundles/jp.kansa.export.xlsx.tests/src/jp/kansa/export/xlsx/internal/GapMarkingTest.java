/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Responsibility;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.model.validation.ValidationRule;

/**
 * The workpaper computes the responsibility gaps itself instead of running the whole validation;
 * it must mark exactly the cells KANSA-A2-GAP reports, for every kind of gap the rule knows.
 */
class GapMarkingTest {

	static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa");

	@Test
	void marksExactlyTheCellsTheValidationReports() throws Exception {
		Catalog catalog = EmbeddedCatalog.load();
		Engagement engagement = EngagementFiles.load(SAMPLE);
		// one of each kind of gap, and a contract out of scope
		ContractCheck first = part2Check(engagement, 0);
		first.setResponsibility(Responsibility.UNASSIGNED);
		ContractCheck second = part2Check(engagement, 1);
		second.setResponsibility(Responsibility.VENDOR);
		second.getResponsibleParties().clear();
		ContractCheck third = part2Check(engagement, 2);
		third.setResponsibility(Responsibility.JOINT);
		third.getResponsibleParties().clear();
		engagement.getContractChecks().remove(part2Check(engagement, 3));
		engagement.getContracts().get(engagement.getContracts().size() - 1).setInScope(false);

		EngagementFacts facts = new EngagementFacts(engagement, catalog, new WorkpaperText(Locale.JAPANESE));
		Set<String> expected = validationGaps(engagement, catalog, facts);
		assertFalse(expected.isEmpty());
		Set<String> marked = new TreeSet<>();
		for (Contract contract : engagement.getContracts()) {
			for (CheckPoint checkPoint : facts.checkPoints()) {
				if (facts.isGap(contract, checkPoint.getId())) {
					marked.add(contract.getId() + "/" + checkPoint.getId());
				}
			}
		}
		assertEquals(expected, marked);
		assertEquals(expected.size(), facts.gapCount());
	}

	private static ContractCheck part2Check(Engagement engagement, int n) {
		return engagement.getContractChecks().stream().filter(c -> c.getCheckPointId().startsWith("2-"))
				.filter(c -> c.getContract().isInScope()).skip(n * 7L).findFirst().orElseThrow();
	}

	/** The cells as the validation reports them: a check, or a contract whose Part 2 check is missing. */
	private static Set<String> validationGaps(Engagement engagement, Catalog catalog, EngagementFacts facts) {
		Map<Object, Object> context = new HashMap<>();
		context.put(EngagementValidator.CATALOG, catalog);
		context.put(EngagementValidator.ENGAGEMENT_FOLDER, SAMPLE.getParent());
		Diagnostic result = EngagementValidation.validate(engagement, context);
		Set<String> gaps = new TreeSet<>();
		for (Diagnostic diagnostic : EngagementValidation.ruleDiagnostics(result)) {
			if (ValidationRule.of(diagnostic) != ValidationRule.A2_GAP) {
				continue;
			}
			Object first = diagnostic.getData().get(0);
			if (first instanceof ContractCheck check) {
				gaps.add(check.getContract().getId() + "/" + check.getCheckPointId());
			} else if (first instanceof Contract contract) {
				for (CheckPoint checkPoint : facts.checkPoints()) {
					if (checkPoint.getId().startsWith("2-") && facts.check(contract, checkPoint.getId()) == null) {
						gaps.add(contract.getId() + "/" + checkPoint.getId());
					}
				}
			}
		}
		return gaps;
	}
}

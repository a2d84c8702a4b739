/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.Responsibility;
import jp.kansa.model.TeamMember;
import jp.kansa.model.compare.Classification;
import jp.kansa.model.compare.Side;
import jp.kansa.model.compare.ThreeWayChange;
import jp.kansa.model.compare.ThreeWayComparison;

/** Base, ours and theirs made from the sample; each classification produced on purpose. */
class ThreeWayComparisonTest {

	private final Engagement base = Samples.load();
	private final Engagement ours = Samples.load();
	private final Engagement theirs = Samples.load();

	private ThreeWayComparison compare() {
		return new ThreeWayComparison(base, ours, theirs);
	}

	/** element key + field → classification, for what is not unchanged. */
	private static Map<String, Classification> summary(ThreeWayComparison comparison) {
		Map<String, Classification> out = new TreeMap<>();
		for (ThreeWayChange change : comparison.changes()) {
			out.put(change.element().key() + (change.field() == null ? "" : "." + change.field()),
					change.classification());
		}
		return out;
	}

	@Test
	void nothingChangedIsUnchanged() {
		ThreeWayComparison comparison = compare();
		assertTrue(comparison.changes().isEmpty());
		assertEquals(Classification.UNCHANGED, comparison.classification("C-1/1-A-1-①", "assessment"));
	}

	@Test
	void changesOnDifferentFieldsAndElementsBelongToOneSide() {
		Samples.check(ours, "C-1/2-A-9-①").setResponsibility(Responsibility.VENDOR);
		Samples.check(theirs, "C-1/2-A-9-①").setAssessment(AssessmentStatus.PARTIALLY_CONFORMING);
		Samples.check(theirs, "C-2/2-A-9-①").setConclusion("SLA で確認した。");
		ThreeWayComparison comparison = compare();
		assertEquals(Map.of("C-1/2-A-9-①.responsibility", Classification.OURS, //
				"C-1/2-A-9-①.assessment", Classification.THEIRS, //
				"C-2/2-A-9-①.conclusion", Classification.THEIRS), summary(comparison));
		assertTrue(comparison.conflicts().isEmpty());
		ThreeWayChange change = comparison.changes().get(0);
		assertEquals(Side.OURS, change.side());
		assertSame(Samples.check(ours, "C-1/2-A-9-①"), change.ours().element().newer());
		assertSame(Samples.check(base, "C-1/2-A-9-①"), change.ours().element().older());
	}

	@Test
	void sameChangeOnBothSidesIsNoConflict() {
		for (Engagement side : List.of(ours, theirs)) {
			Samples.check(side, "C-3/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING);
			Samples.delete(side, "F-2");
		}
		ThreeWayComparison comparison = compare();
		assertEquals(Map.of("C-3/2-A-9-①.assessment", Classification.BOTH_SAME, "F-2", Classification.BOTH_SAME),
				summary(comparison));
		assertTrue(comparison.conflicts().isEmpty());
	}

	@Test
	void differentValuesForTheSameFieldConflict() {
		Samples.check(ours, "C-3/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING);
		Samples.check(theirs, "C-3/2-A-9-①").setAssessment(AssessmentStatus.NON_CONFORMING);
		ThreeWayComparison comparison = compare();
		assertEquals(Classification.CONFLICT, comparison.classification("C-3/2-A-9-①", "assessment"));
		ThreeWayChange conflict = comparison.conflicts().get(0);
		assertEquals(1, comparison.conflicts().size());
		assertEquals("conforming", conflict.ours().newValue());
		assertEquals("non-conforming", conflict.theirs().newValue());
		assertEquals("not-assessed", conflict.ours().oldValue());
		assertEquals("assessment", conflict.feature().getName());
	}

	@Test
	void theToolsStampsOnBothSidesAreNoConflict() {
		Samples.check(ours, "C-3/2-A-9-①").setLastModified(Instant.parse("2025-10-01T00:00:00Z"));
		Samples.check(theirs, "C-3/2-A-9-①").setLastModified(Instant.parse("2025-10-02T00:00:00Z"));
		ThreeWayComparison comparison = compare();
		assertEquals(Classification.BOTH_STAMPED, comparison.classification("C-3/2-A-9-①", "lastModified"));
		assertTrue(comparison.conflicts().isEmpty());
	}

	@Test
	void editAgainstDeleteConflicts() {
		Samples.delete(ours, "E-3");
		((Evidence) Samples.element(theirs, "E-3")).setTitle("サービス仕様適合開示書 (2025年版)");
		// a note added to a check that the other side removed is an edit of it too
		Samples.delete(theirs, "C-3/2-C-1-①");
		Samples.annotate(Samples.check(ours, "C-3/2-C-1-①"), (TeamMember) Samples.element(ours, "T-1"),
				"2025-10-01T00:00:00Z", "監視体制を確認。");
		ThreeWayComparison comparison = compare();
		assertEquals(Map.of("E-3", Classification.EDIT_DELETE, //
				"E-3.title", Classification.EDIT_DELETE, //
				"C-1/1-B-5-①.evidence", Classification.OURS, // ours unlinked what it deleted
				"C-3/2-C-1-①", Classification.EDIT_DELETE, //
				"C-3/2-C-1-①/annotations[T-1@2025-10-01T00:00:00Z@0]", Classification.EDIT_DELETE),
				summary(comparison));
		assertEquals(4, comparison.conflicts().size());
		for (ThreeWayChange conflict : comparison.conflicts()) {
			Side deleter = conflict.element().key().startsWith("E-3") ? Side.OURS : Side.THEIRS;
			assertEquals(deleter, conflict.side(), conflict.element().key());
		}
	}

	@Test
	void newElementsWithTheSameIdConflictUnlessTheyAreTheSame() {
		Samples.addFinding(ours, "F-3", "監査証跡の保存期間が未合意");
		Samples.addFinding(theirs, "F-3", "バックアップの保管場所が未確認");
		Samples.addFinding(ours, "F-4", "再委託先の報告経路が未合意");
		Samples.addFinding(theirs, "F-4", "再委託先の報告経路が未合意");
		ThreeWayComparison comparison = compare();
		assertEquals(Map.of("F-3", Classification.ADD_ADD, "F-4", Classification.BOTH_SAME), summary(comparison));
		ThreeWayChange addAdd = comparison.conflicts().get(0);
		assertNotNull(addAdd.ours().element().newer());
		assertNotNull(addAdd.theirs().element().newer());
	}

	@Test
	void aNewReferenceToWhatTheOtherSideRemovedConflicts() {
		Samples.delete(ours, "E-2");
		Samples.check(theirs, "C-3/1-A-1-①").getEvidence().add((Evidence) Samples.element(theirs, "E-2"));
		ThreeWayComparison comparison = compare();
		assertEquals(Classification.REFERENCE_TO_DELETED, comparison.classification("C-3/1-A-1-①", "evidence"));
		assertEquals(Classification.OURS, comparison.classification("E-2", null));
		ThreeWayChange conflict = comparison.conflicts().get(0);
		assertEquals(1, comparison.conflicts().size());
		assertEquals(Side.THEIRS, conflict.side());
	}
}

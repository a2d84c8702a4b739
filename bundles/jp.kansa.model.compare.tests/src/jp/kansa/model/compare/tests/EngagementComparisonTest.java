/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Annotation;
import jp.kansa.model.Clause;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.TeamMember;
import jp.kansa.model.compare.Difference;
import jp.kansa.model.compare.DifferenceFilter;
import jp.kansa.model.compare.DifferenceKind;
import jp.kansa.model.compare.EngagementComparison;

/** Two versions of the shipped sample, changed in known ways: exactly those differences and nothing more. */
class EngagementComparisonTest {

	private final Engagement older = Samples.load();
	private final Engagement newer = Samples.load();

	private static List<String> lines(EngagementComparison comparison, DifferenceFilter filter) {
		return comparison.differences(filter).stream().map(comparison::line).toList();
	}

	/** A role, an assessment, a finding added, an evidence removed, a party renamed. */
	private void knownChanges(Engagement engagement) {
		Samples.check(engagement, "C-1/2-A-9-①").setResponsibility(Responsibility.VENDOR);
		Samples.check(engagement, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING);
		Samples.addFinding(engagement, "F-3", "電子カルテの監査証跡の保存期間が未合意");
		Samples.delete(engagement, "E-3");
		((Party) Samples.element(engagement, "P-A")).setName("Aメディカル株式会社 (架空)");
	}

	@Test
	void theSampleLoadedTwiceHasNoDifference() {
		EngagementComparison comparison = EngagementComparison.compare(older, newer, Locale.JAPANESE);
		assertTrue(comparison.isEmpty(), () -> lines(comparison, DifferenceFilter.ALL).toString());
	}

	@Test
	void knownChangesAreExactlyTheDifferencesInDocumentOrderThenRemovals() {
		knownChanges(newer);
		EngagementComparison comparison = EngagementComparison.compare(older, newer, Locale.JAPANESE);
		assertEquals(List.of( //
				"P-A 名称: Aメディカルシステムズ株式会社 (架空) → Aメディカル株式会社 (架空)",
				// deleting the evidence also unlinked it from the one check that cited it
				"C-1 × 1-B-5-① 証跡: E-3 → —", //
				"C-1 × 2-A-9-① 役割分担: 共同 → 事業者", //
				"C-2 × 2-A-9-① 評価: 未評価 → 適合", //
				"F-3 (指摘事項) を追加: 電子カルテの監査証跡の保存期間が未合意",
				"E-3 (証跡) を削除: レセプトシステム サービス仕様適合開示書 (2024年版)"),
				lines(comparison, DifferenceFilter.ALL));

		Difference assessment = comparison.differences().get(3);
		assertEquals(DifferenceKind.CHANGED, assessment.kind());
		assertEquals("ContractCheck", assessment.element().kind());
		assertEquals("C-2/2-A-9-①", assessment.element().id());
		assertEquals("C-2", assessment.element().contractId());
		assertEquals(java.util.Set.of("2-A-9-①"), assessment.element().checkPointIds());
		assertEquals("assessment", assessment.field());
		assertEquals("not-assessed", assessment.oldValue());
		assertEquals("conforming", assessment.newValue());
		// the handles a merge needs
		assertSame(Samples.check(older, "C-2/2-A-9-①"), assessment.element().older());
		assertSame(Samples.check(newer, "C-2/2-A-9-①"), assessment.element().newer());

		Difference added = comparison.differences().get(4);
		assertEquals(DifferenceKind.ADDED, added.kind());
		assertNull(added.element().older());
		assertEquals("Finding", added.element().kind());
		Difference removed = comparison.differences().get(5);
		assertEquals(DifferenceKind.REMOVED, removed.kind());
		assertNull(removed.element().newer());
		assertEquals(List.of("E-3"), comparison.differences().get(1).oldValue());
		assertEquals(List.of(), comparison.differences().get(1).newValue());
	}

	@Test
	void englishLabelsFromTheEditPlugin() {
		knownChanges(newer);
		EngagementComparison comparison = EngagementComparison.compare(older, newer, Locale.ENGLISH);
		List<String> lines = lines(comparison, DifferenceFilter.ALL);
		assertTrue(lines.contains("C-2 × 2-A-9-① Assessment: Not assessed → Conforming"), lines::toString);
		assertTrue(lines.contains("C-1 × 2-A-9-① Responsibility: Joint → Vendor"), lines::toString);
		assertTrue(lines.contains("F-3 (Finding) added: 電子カルテの監査証跡の保存期間が未合意"), lines::toString);
	}

	@Test
	void filtersByElementKindContractCheckPointPartyAndField() {
		knownChanges(newer);
		EngagementComparison comparison = EngagementComparison.compare(older, newer, Locale.JAPANESE);
		DifferenceFilter all = DifferenceFilter.ALL;
		assertEquals(List.of("F-3 (指摘事項) を追加: 電子カルテの監査証跡の保存期間が未合意"),
				lines(comparison, all.withElementKinds(List.of("Finding"))));
		assertEquals(List.of("C-2 × 2-A-9-① 評価: 未評価 → 適合"), lines(comparison, all.withContracts(List.of("C-2"))));
		assertEquals(List.of("C-1 × 2-A-9-① 役割分担: 共同 → 事業者", "C-2 × 2-A-9-① 評価: 未評価 → 適合",
				"F-3 (指摘事項) を追加: 電子カルテの監査証跡の保存期間が未合意"),
				lines(comparison, all.withCheckPoints(List.of("2-A-9-①"))));
		// the renamed party and the evidence it had provided
		assertEquals(List.of("P-A 名称: Aメディカルシステムズ株式会社 (架空) → Aメディカル株式会社 (架空)",
				"E-3 (証跡) を削除: レセプトシステム サービス仕様適合開示書 (2024年版)"),
				lines(comparison, all.withParties(List.of("P-A"))));
		assertEquals(List.of("C-1 × 2-A-9-① 役割分担: 共同 → 事業者"),
				lines(comparison, all.withFields(List.of("responsibility"))));
		assertEquals(List.of("C-2 × 2-A-9-① 評価: 未評価 → 適合"),
				lines(comparison, all.withContracts(List.of("C-2", "C-3")).withFields(List.of("assessment"))));
	}

	@Test
	void engagementAttributesDatesAsIsoDaysAndTheToolsStampsApart() {
		newer.setReferenceDate(LocalDate.of(2026, 9, 30));
		ContractCheck check = Samples.check(newer, "C-3/2-C-1-①");
		check.setCompletionDate(LocalDate.of(2025, 10, 1));
		check.setLastModified(Instant.parse("2025-10-01T00:00:00Z"));
		EngagementComparison comparison = EngagementComparison.compare(older, newer, Locale.JAPANESE);
		assertEquals(List.of("監査 基準日: 2025-09-30 → 2026-09-30", "C-3 × 2-C-1-① 完了日: — → 2025-10-01"),
				lines(comparison, DifferenceFilter.PEOPLE));
		assertEquals(List.of("監査 基準日: 2025-09-30 → 2026-09-30", "C-3 × 2-C-1-① 完了日: — → 2025-10-01",
				"C-3 × 2-C-1-① 最終更新: 2025-08-29T01:00:00Z → 2025-10-01T00:00:00Z"),
				lines(comparison, DifferenceFilter.ALL));
		assertTrue(comparison.differences().get(2).bookkeeping());
	}

	@Test
	void manyValuedFieldsAreComparedAsSets() {
		Contract receipt = Samples.element(newer, "C-1");
		receipt.getSystems().move(0, 1);
		ContractCheck check = Samples.check(newer, "C-3/2-参考-8-①");
		check.getResponsibleParties().move(0, 2);
		assertTrue(EngagementComparison.compare(older, newer, Locale.JAPANESE).isEmpty(), "a reordering is no change");

		receipt.getSystems().add("医事会計");
		assertEquals(List.of("C-1 対象システム: レセプト, 電子カルテ連携 → 電子カルテ連携, レセプト, 医事会計"),
				lines(EngagementComparison.compare(older, newer, Locale.JAPANESE), DifferenceFilter.ALL));
	}

	@Test
	void annotationsAreMatchedByAuthorTimeAndPosition() {
		TeamMember preparer = Samples.element(newer, "T-1");
		ContractCheck check = Samples.check(newer, "C-2/2-A-6-①");
		check.getAnnotations().get(0).setText("SLA 改定版を受領した。");
		// a new note put first: an addition, not a change of the one that was first
		Annotation first = Samples.annotate(check, preparer, "2025-09-20T01:00:00Z", "再評価の予定を確認。");
		check.getAnnotations().move(0, first);
		EngagementComparison comparison = EngagementComparison.compare(older, newer, Locale.JAPANESE);
		assertEquals(List.of(
				"C-2 × 2-A-6-① › 注記 (T-1 2025-09-20T01:00:00Z) (注記) を追加: 再評価の予定を確認。",
				"C-2 × 2-A-6-① › 注記 (T-1 2025-09-12T02:30:00Z) 本文: SLA 改定版の受領を B社に依頼中。受領後に再評価する。 → SLA 改定版を受領した。"),
				lines(comparison, DifferenceFilter.ALL));
		assertEquals("Annotation", comparison.differences().get(1).element().kind());
		assertEquals("C-2", comparison.differences().get(1).element().contractId());
	}

	@Test
	void notesWithoutAuthorOrTimePairUpByPosition() {
		for (Engagement engagement : List.of(older, newer)) {
			ContractCheck check = Samples.check(engagement, "C-1/1-A-1-①");
			Samples.annotate(check, null, null, "一つ目");
			Samples.annotate(check, null, null, "二つ目");
		}
		Samples.check(newer, "C-1/1-A-1-①").getAnnotations().get(1).setTickmark("✓");
		assertEquals(List.of("C-1 × 1-A-1-① › 注記 (2) チェックマーク: — → ✓"),
				lines(EngagementComparison.compare(older, newer, Locale.JAPANESE), DifferenceFilter.ALL));
	}

	@Test
	void aClauseMovedToAnotherContractIsOneChange() {
		Clause clause = Samples.element(newer, "CL-3-15");
		((Contract) Samples.element(newer, "C-2")).getClauses().add(clause);
		EngagementComparison comparison = EngagementComparison.compare(older, newer, Locale.JAPANESE);
		assertEquals(List.of("C-2 › CL-3-15 所属: C-3 → C-2"), lines(comparison, DifferenceFilter.ALL));
		assertEquals(Difference.CONTAINER, comparison.differences().get(0).field());
	}
}

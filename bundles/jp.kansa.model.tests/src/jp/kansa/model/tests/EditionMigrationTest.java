/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Catalog;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Finding;
import jp.kansa.model.SignOff;
import jp.kansa.model.edition.EditionHistory;
import jp.kansa.model.edition.EditionMapping;
import jp.kansa.model.edition.EditionMappingException;
import jp.kansa.model.edition.EditionMigration;
import jp.kansa.model.edition.MigrationReport;
import jp.kansa.model.edition.MigrationReport.Change;
import jp.kansa.model.edition.MigrationReport.Entry;
import jp.kansa.model.edition.MigrationReport.Subject;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.model.validation.ValidationRule;

/** The sample migrated to the test edition (data/editions/test-edition.kansamap). */
class EditionMigrationTest {

	static final Path SAMPLE = RollForwardTest.SAMPLE;
	static final String FROM = "第22回 (6/10) 【参考資料3-7】";
	static final String TO = "試験版 2027";

	@TempDir
	Path folder;

	@Test
	void theEmbeddedCatalogIsTheEditionTheMappingStartsFrom() throws Exception {
		assertEquals(FROM, TestEdition.current().getEdition());
		assertEquals(FROM, TestEdition.mapping().fromEdition());
		assertEquals(TO, TestEdition.mapping().toEdition());
	}

	@Test
	void everyMovedAndOrphanedCheckIsReported() throws Exception {
		Engagement engagement = EngagementFiles.load(SAMPLE);
		MigrationReport report = EditionMigration.migrate(engagement, TestEdition.mapping(), TestEdition.next(), Locale.JAPANESE);

		// per element and old id: what happened (3 contracts in the sample)
		Map<String, Change> byElement = new TreeMap<>();
		for (Entry entry : report.entries()) {
			byElement.put(entry.subject() + " " + entry.where() + " " + entry.oldId(), entry.change());
		}
		Map<String, Change> expected = new TreeMap<>();
		for (String contract : List.of("C-1", "C-2", "C-3")) {
			expected.put("CHECK " + contract + " × 2-A-6-① 2-A-6-①", Change.RENAMED);
			expected.put("CHECK " + contract + " × 2-C-1-① 2-C-1-①", Change.RENAMED);
			expected.put("CHECK " + contract + " × 2-A-7-① 2-A-7-①", Change.SPLIT);
			expected.put("CHECK " + contract + " × 1-B-3-① 1-B-3-①", Change.MERGED);
			expected.put("CHECK " + contract + " × 1-B-3-② 1-B-3-②", Change.MERGED);
			expected.put("CHECK " + contract + " × 1-参考-1-① 1-参考-1-①", Change.REMOVED);
			expected.put("CHECK " + contract + " × 1-A-2-① 1-A-2-①", Change.REMOVED);
		}
		expected.put("SIGN_OFF S-3 2-A-6-①", Change.RENAMED);
		expected.put("FINDING F-1 2-C-1-①", Change.RENAMED);
		expected.put("FINDING F-2 1-A-2-①", Change.REMOVED);
		assertEquals(expected, byElement);
		assertEquals(expected.size(), report.entries().size(), "each element once: " + report.lines(Locale.JAPANESE));
		assertEquals(7, report.orphaned().size());
		assertEquals(TO, engagement.getCatalogEdition());
		assertEquals("", report.editionBefore(), "the sample was written before editions were recorded");
	}

	@Test
	void renamedChecksKeepTheirElementIdAndEverythingElse() throws Exception {
		Engagement before = EngagementFiles.load(SAMPLE);
		Engagement engagement = EngagementFiles.load(SAMPLE);
		EditionMigration.migrate(engagement, TestEdition.mapping(), null, Locale.JAPANESE);

		ContractCheck old = check(before, "C-2", "2-A-6-①");
		ContractCheck renamed = check(engagement, "C-2", "2-A-6-②");
		assertEquals(old.getId(), renamed.getId());
		Map<String, String> expected = features(old);
		expected.put("checkPointId", "2-A-6-②");
		assertEquals(expected, features(renamed), "only the check point id changed");
		assertEquals("2-A-6-②", signOff(engagement, "S-3").getCheckPointId());
		assertEquals(List.of("2-C-1-②", "2-C-2-①", "2-C-4-①"), finding(engagement, "F-1").getCheckPointIds());
		assertTrue(engagement.getContractChecks().stream().noneMatch(c -> c.getCheckPointId().equals("2-A-6-①")));
	}

	@Test
	void aSplitCheckBecomesOneCheckPerNewIdWithTheSameRolesAndIsMarkedForReview() throws Exception {
		Engagement engagement = EngagementFiles.load(SAMPLE);
		check(engagement, "C-1", "2-A-7-①").setAssessment(AssessmentStatus.CONFORMING);
		int checks = engagement.getContractChecks().size();
		MigrationReport report = EditionMigration.migrate(engagement, TestEdition.mapping(), null, Locale.JAPANESE);

		ContractCheck first = check(engagement, "C-1", "2-A-7-①");
		ContractCheck second = check(engagement, "C-1", "2-A-7-②");
		assertEquals("C-1/2-A-7-①", first.getId());
		assertEquals("C-1/2-A-7-②", second.getId());
		assertEquals(first.getResponsibility(), second.getResponsibility());
		assertEquals(first.getResponsibleParties(), second.getResponsibleParties());
		assertEquals(AssessmentStatus.CONFORMING, second.getAssessment());
		assertEquals(engagement.getContractChecks().indexOf(first) + 1, engagement.getContractChecks().indexOf(second));
		// +3 split pieces, -3 merged away
		assertEquals(checks, engagement.getContractChecks().size());
		Entry split = report.entries().stream().filter(e -> e.where().equals("C-1 × 2-A-7-①")).findFirst().orElseThrow();
		assertEquals(List.of("2-A-7-①", "2-A-7-②"), split.newIds());
		assertTrue(split.reviewNeeded(), "an assessed check that was split must be looked at again");
		assertEquals(9, split.line());
	}

	@Test
	void mergedChecksBecomeOneAndDifferingAssessmentsGoBackToNotAssessed() throws Exception {
		Engagement engagement = EngagementFiles.load(SAMPLE);
		check(engagement, "C-1", "1-B-3-①").setAssessment(AssessmentStatus.CONFORMING);
		check(engagement, "C-1", "1-B-3-②").setAssessment(AssessmentStatus.NON_CONFORMING);
		check(engagement, "C-1", "1-B-3-②").setConclusion("手順書が未整備");
		check(engagement, "C-2", "1-B-3-①").setAssessment(AssessmentStatus.CONFORMING);
		check(engagement, "C-2", "1-B-3-②").setAssessment(AssessmentStatus.CONFORMING);
		MigrationReport report = EditionMigration.migrate(engagement, TestEdition.mapping(), null, Locale.JAPANESE);

		assertEquals(1, checks(engagement, "C-1", "1-B-3-①").size());
		assertTrue(checks(engagement, "C-1", "1-B-3-②").isEmpty());
		ContractCheck merged = check(engagement, "C-1", "1-B-3-①");
		assertEquals("C-1/1-B-3-①", merged.getId());
		assertEquals(AssessmentStatus.NOT_ASSESSED, merged.getAssessment());
		assertTrue(merged.getConclusion().contains("手順書が未整備"), "the other check's conclusion is kept");
		assertEquals(AssessmentStatus.CONFORMING, check(engagement, "C-2", "1-B-3-①").getAssessment(), "equal 評価 stay");
		List<String> lines = report.lines(Locale.JAPANESE);
		assertTrue(lines.contains("C-1 × 1-B-3-②: 1-B-3-① に統合 (要見直し) 評価が異なっていました (1-B-3-① 適合, 1-B-3-② 不適合)。未評価に戻しました。"),
				String.join("\n", lines));
	}

	@Test
	void orphansStayAndTheValidatorSaysWhichEditionRemovedThem() throws Exception {
		Engagement engagement = EngagementFiles.load(SAMPLE);
		EditionMapping mapping = TestEdition.mapping();
		Catalog next = TestEdition.next();
		EditionMigration.migrate(engagement, mapping, next, Locale.JAPANESE);
		assertEquals(3, checks(engagement, "C-1", "1-参考-1-①").size() + checks(engagement, "C-2", "1-参考-1-①").size()
				+ checks(engagement, "C-3", "1-参考-1-①").size(), "orphaned checks are not deleted");

		List<String> unknown = unknownIds(engagement, next, new EditionHistory(List.of(mapping)));
		assertEquals(Set.of(
				"確認事項 1-参考-1-① は確認表にありません: 版 試験版 2027 で削除されました (対応表 test-edition.kansamap、11 行目)。",
				"確認事項 1-A-2-① は確認表にありません: 版 試験版 2027 で削除されました (対応表 test-edition.kansamap、12 行目)。"),
				Set.copyOf(unknown));
		assertEquals(7, unknown.size(), "six checks and finding F-2");
	}

	@Test
	void anEngagementNotYetMigratedIsToldWhatItsIdsBecame() throws Exception {
		Engagement engagement = EngagementFiles.load(SAMPLE);
		List<String> unknown = unknownIds(engagement, TestEdition.next(), new EditionHistory(List.of(TestEdition.mapping())));
		assertTrue(unknown.contains("確認事項 2-A-6-① は確認表にありません: 版 試験版 2027 で 2-A-6-② になりました。"
				+ "監査案件をその版へ移行してください (対応表 test-edition.kansamap、7 行目)。"), String.join("\n", unknown));
		assertTrue(unknown.contains("確認事項 1-B-3-② は確認表にありません: 版 試験版 2027 で 1-B-3-① になりました。"
				+ "監査案件をその版へ移行してください (対応表 test-edition.kansamap、10 行目)。"), String.join("\n", unknown));
		// without the mapping, the plain message
		List<String> plain = unknownIds(engagement, TestEdition.next(), null);
		assertTrue(plain.contains("確認事項 2-A-6-① は確認表にありません。"), String.join("\n", plain));
	}

	@Test
	void theMigratedEngagementValidatesCleanOfUnknownIdsExceptItsOrphans() throws Exception {
		Engagement engagement = EngagementFiles.load(SAMPLE);
		EditionMigration.migrate(engagement, TestEdition.mapping(), TestEdition.next(), Locale.ENGLISH);
		Set<String> unknownIds = EngagementValidation.validate(engagement, TestEdition.next()).getChildren().stream()
				.filter(d -> ValidationRule.of(d) == ValidationRule.CHECKPOINT_UNKNOWN)
				.map(d -> d.getMessage().replaceAll("^Check point (\\S+) .*", "$1")).collect(Collectors.toSet());
		assertEquals(Set.of("1-参考-1-①", "1-A-2-①"), unknownIds);
	}

	@Test
	void anEngagementOfAnotherEditionIsRefusedAndLeftAsItWas() throws Exception {
		Engagement engagement = EngagementFiles.load(SAMPLE);
		engagement.setCatalogEdition("第21回");
		Engagement before = EcoreUtil.copy(engagement);
		EditionMappingException refused = assertThrows(EditionMappingException.class,
				() -> EditionMigration.migrate(engagement, TestEdition.mapping(), null, Locale.JAPANESE));
		assertEquals("test-edition.kansamap: 監査案件は版 第21回 ですが、対応表の移行元は版 " + FROM + " です", refused.getMessage());
		assertTrue(EcoreUtil.equals(before, engagement));
	}

	@Test
	void toFileWritesANewFileRecordingTheEditionAndNeverOverwrites() throws Exception {
		Path source = folder.resolve("sample.kansa");
		Files.copy(SAMPLE, source);
		byte[] original = Files.readAllBytes(source);
		Path output = folder.resolve("sample-2027.kansa");
		MigrationReport report = EditionMigration.toFile(source, TestEdition.mapping(), TestEdition.next(), output, Locale.ENGLISH);
		assertEquals(7, report.orphaned().size());
		assertEquals("Edition (none recorded) -> 試験版 2027: 17 moved, 7 orphaned, 0 to review.", report.summary(Locale.ENGLISH));
		Engagement reloaded = EngagementFiles.load(output);
		assertEquals(TO, reloaded.getCatalogEdition());
		assertEquals(3, reloaded.getContractChecks().stream().filter(c -> c.getCheckPointId().equals("2-A-7-②")).count());
		assertTrue(Files.readString(output).contains("catalogEdition=\"試験版 2027\""));
		assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(source)), "the source is untouched");
		assertThrows(FileAlreadyExistsException.class,
				() -> EditionMigration.toFile(source, TestEdition.mapping(), null, output, Locale.ENGLISH));
		assertFalse(Files.exists(folder.resolve("sample-2027.kansa.bak")));
	}

	@Test
	void theReportSaysWhichSubjectEachEntryIs() throws Exception {
		Engagement engagement = EngagementFiles.load(SAMPLE);
		MigrationReport report = EditionMigration.migrate(engagement, TestEdition.mapping(), null, Locale.JAPANESE);
		List<String> lines = report.lines(Locale.JAPANESE);
		assertTrue(lines.contains("S-3: 2-A-6-② に変更"), String.join("\n", lines));
		assertTrue(lines.contains("F-2: 孤立 (確認事項 1-A-2-① は版 試験版 2027 で削除)"), String.join("\n", lines));
		assertEquals(Subject.SIGN_OFF, report.entries().stream().filter(e -> e.elementId().equals("S-3")).findFirst()
				.orElseThrow().subject());
	}

	/** Every feature of an element, references by target id, to compare across two loads. */
	private static Map<String, String> features(org.eclipse.emf.ecore.EObject element) {
		Map<String, String> values = new TreeMap<>();
		for (var feature : element.eClass().getEAllStructuralFeatures()) {
			Object value = element.eGet(feature);
			String text = value instanceof List<?> list
					? list.stream().map(EditionMigrationTest::textOf).toList().toString()
					: textOf(value);
			values.put(feature.getName(), text);
		}
		return values;
	}

	private static String textOf(Object value) {
		if (value instanceof jp.kansa.model.EngagementElement element) {
			return element.getId();
		}
		if (value instanceof jp.kansa.model.Annotation note) {
			return note.getText() + "@" + note.getTime();
		}
		return String.valueOf(value);
	}

	private static List<String> unknownIds(Engagement engagement, Catalog catalog, EditionHistory history) {
		Map<Object, Object> context = new java.util.HashMap<>();
		context.put(EngagementValidator.CATALOG, catalog);
		context.put(EngagementValidator.LOCALE, Locale.JAPANESE);
		if (history != null) {
			context.put(EngagementValidator.EDITIONS, history);
		}
		Diagnostic result = EngagementValidation.validate(engagement, context);
		return result.getChildren().stream().filter(d -> ValidationRule.of(d) == ValidationRule.CHECKPOINT_UNKNOWN)
				.map(Diagnostic::getMessage).toList();
	}

	static ContractCheck check(Engagement engagement, String contract, String checkPoint) {
		List<ContractCheck> found = checks(engagement, contract, checkPoint);
		assertEquals(1, found.size(), contract + " × " + checkPoint);
		return found.get(0);
	}

	static List<ContractCheck> checks(Engagement engagement, String contract, String checkPoint) {
		return engagement.getContractChecks().stream()
				.filter(c -> c.getContract().getId().equals(contract) && checkPoint.equals(c.getCheckPointId())).toList();
	}

	private static SignOff signOff(Engagement engagement, String id) {
		return engagement.getSignOffs().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Finding finding(Engagement engagement, String id) {
		return engagement.getFindings().stream().filter(f -> f.getId().equals(id)).findFirst().orElseThrow();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Finding;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.json.Json;

/** {@code kansa diff} on the sample and a copy changed in known ways: text, JSON, filters, exit codes. */
class DiffCommandTest extends CapturedCli {

	private static final Path OUT = Path.of("target", "diff-test");
	private static final String SAMPLE = "../jp.kansa.model/samples/sample-hospital.kansa";
	private static final String CHANGED = OUT.resolve("changed.kansa").toString();
	private static final String STAMPED = OUT.resolve("stamped.kansa").toString();

	/** The sample with a role, an assessment, a finding added, an evidence removed and a party renamed, saved. */
	@BeforeAll
	static void changedCopy() throws Exception {
		Files.createDirectories(OUT);
		Engagement engagement = EngagementFiles.load(Path.of(SAMPLE));
		var resource = engagement.eResource();
		((ContractCheck) resource.getEObject("C-1/2-A-9-①")).setResponsibility(Responsibility.VENDOR);
		((ContractCheck) resource.getEObject("C-2/2-A-9-①")).setAssessment(AssessmentStatus.CONFORMING);
		Finding finding = KansaFactory.eINSTANCE.createFinding();
		finding.setId("F-3");
		finding.setTitle("電子カルテの監査証跡の保存期間が未合意");
		finding.getCheckPointIds().add("2-A-9-①");
		engagement.getFindings().add(finding);
		EcoreUtil.delete(resource.getEObject("E-3"), true);
		((Party) resource.getEObject("P-A")).setName("Aメディカル株式会社 (架空)");
		EngagementFiles.save(resource, Path.of(CHANGED).toAbsolutePath());

		Engagement stamped = EngagementFiles.load(Path.of(SAMPLE));
		((ContractCheck) stamped.eResource().getEObject("C-3/2-C-1-①"))
				.setLastModified(java.time.Instant.parse("2025-10-01T00:00:00Z"));
		EngagementFiles.save(stamped.eResource(), Path.of(STAMPED).toAbsolutePath());
	}

	private List<String> outLines() {
		return stdout.toString(StandardCharsets.UTF_8).lines().toList();
	}

	@Test
	void theSameFileTwiceExitsZero() {
		assertEquals(ExitCode.OK, run("diff", SAMPLE, SAMPLE, "--lang", "ja"), stderr::toString);
		assertEquals(1, outLines().size(), stdout::toString);
	}

	@Test
	void oneLinePerDifferenceInJapaneseAndExitOne() {
		assertEquals(ExitCode.FINDINGS, run("diff", SAMPLE, CHANGED, "--lang", "ja"), stderr::toString);
		List<String> lines = outLines();
		assertEquals(List.of( //
				"P-A 名称: Aメディカルシステムズ株式会社 (架空) → Aメディカル株式会社 (架空)", //
				"C-1 × 1-B-5-① 証跡: E-3 → —", //
				"C-1 × 2-A-9-① 役割分担: 共同 → 事業者", //
				"C-2 × 2-A-9-① 評価: 未評価 → 適合", //
				"F-3 (指摘事項) を追加: 電子カルテの監査証跡の保存期間が未合意", //
				"E-3 (証跡) を削除: レセプトシステム サービス仕様適合開示書 (2024年版)"), lines.subList(0, lines.size() - 1));
		assertTrue(lines.get(lines.size() - 1).contains("6"), lines::toString);
	}

	@Test
	void englishOnRequest() {
		assertEquals(ExitCode.FINDINGS, run("diff", SAMPLE, CHANGED, "--lang", "en"), stderr::toString);
		assertTrue(outLines().contains("C-2 × 2-A-9-① Assessment: Not assessed → Conforming"), stdout::toString);
	}

	@Test
	void languageFollowsTheNlLocaleWhenNotGiven() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.JAPAN);
			run("diff", SAMPLE, CHANGED);
			assertTrue(outLines().contains("C-2 × 2-A-9-① 評価: 未評価 → 適合"), stdout::toString);
			stdout.reset();
			Locale.setDefault(Locale.US);
			run("diff", SAMPLE, CHANGED);
			assertTrue(outLines().contains("C-2 × 2-A-9-① Assessment: Not assessed → Conforming"), stdout::toString);
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void jsonParsesWithMachineValues() {
		assertEquals(ExitCode.FINDINGS, run("diff", SAMPLE, CHANGED, "--format", "json", "--lang", "ja"),
				stderr::toString);
		Map<String, Object> report = (Map<String, Object>) Json.parse(stdout.toString(StandardCharsets.UTF_8));
		assertEquals(6, ((Number) report.get("count")).intValue());
		List<Map<String, Object>> differences = (List<Map<String, Object>>) report.get("differences");
		Map<String, Object> assessment = differences.get(3);
		assertEquals("CHANGED", assessment.get("kind"));
		assertEquals("ContractCheck", assessment.get("element"));
		assertEquals("C-2/2-A-9-①", assessment.get("id"));
		assertEquals("C-2 × 2-A-9-①", assessment.get("path"));
		assertEquals("C-2", assessment.get("contract"));
		assertEquals(List.of("2-A-9-①"), assessment.get("checkPoints"));
		assertEquals("assessment", assessment.get("field"));
		assertEquals("評価", assessment.get("fieldLabel"));
		assertEquals("not-assessed", assessment.get("old"));
		assertEquals("conforming", assessment.get("new"));
		assertEquals("適合", assessment.get("newText"));
		assertEquals(List.of("E-3"), differences.get(1).get("old"));
		assertEquals("ADDED", differences.get(4).get("kind"));
		assertEquals("F-3", differences.get(4).get("new"));
		assertEquals("REMOVED", differences.get(5).get("kind"));
	}

	@Test
	void filtersNarrowTheOutputAndTheExitCode() {
		assertEquals(ExitCode.FINDINGS,
				run("diff", SAMPLE, CHANGED, "--lang", "ja", "--contract", "C-2", "--field", "assessment"));
		assertEquals(List.of("C-2 × 2-A-9-① 評価: 未評価 → 適合"), outLines().subList(0, outLines().size() - 1));
		stdout.reset();
		assertEquals(ExitCode.FINDINGS, run("diff", SAMPLE, CHANGED, "--lang", "ja", "--kind", "Finding,Party"));
		assertEquals(3, outLines().size(), stdout::toString);
		stdout.reset();
		assertEquals(ExitCode.OK, run("diff", SAMPLE, CHANGED, "--check-point", "1-A-1-①"), stdout::toString);
	}

	@Test
	void theToolsStampsShowOnlyWithAll() {
		assertEquals(ExitCode.OK, run("diff", SAMPLE, STAMPED, "--lang", "ja"), stdout::toString);
		stdout.reset();
		assertEquals(ExitCode.FINDINGS, run("diff", SAMPLE, STAMPED, "--lang", "ja", "--all"));
		assertEquals("C-3 × 2-C-1-① 最終更新: 2025-08-29T01:00:00Z → 2025-10-01T00:00:00Z", outLines().get(0));
	}

	@Test
	void anUnreadableFileExitsTwoAndNamesIt() throws Exception {
		Path broken = OUT.resolve("broken.kansa");
		Files.writeString(broken, "<?xml version=\"1.0\"?><kansa:Engagement");
		assertEquals(ExitCode.ERROR, run("diff", SAMPLE, broken.toString()));
		assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("broken.kansa"), stderr::toString);
		assertEquals(ExitCode.ERROR, run("diff", "no-such.kansa", SAMPLE));
		assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("no-such.kansa"), stderr::toString);
	}

	@Test
	void aFileThatIsNoXmlIsCalledSoNotInTheParsersWords() throws Exception {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.JAPANESE);
			Path workbook = OUT.resolve("workpaper.kansa");
			Files.write(workbook, new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0 }); // a zip: an .xlsx renamed
			assertEquals(ExitCode.ERROR, run("diff", SAMPLE, workbook.toString()));
			String said = stderr.toString(StandardCharsets.UTF_8);
			assertTrue(said.contains("workpaper.kansa"), said);
			assertTrue(said.contains("XML 形式ではありません"), said);
			assertTrue(!said.contains("プロローグ") && !said.contains("prolog"), said); //$NON-NLS-1$
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(ExitCode.ERROR, run("diff", SAMPLE));
		assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("<new.kansa>"), stderr::toString);
		assertEquals(ExitCode.ERROR, run("diff", SAMPLE, SAMPLE, "--format", "csv"));
		assertEquals(ExitCode.ERROR, run("diff", SAMPLE, SAMPLE, "--lang", "fr"));
	}

	@Test
	void helpListsTheCommand() {
		assertEquals(ExitCode.OK, run("--help"));
		assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("diff"));
		stdout.reset();
		assertEquals(ExitCode.OK, run("diff", "--help"));
		assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("--check-point"));
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.EvidenceFiles;
import jp.kansa.model.engagement.RollForward;
import jp.kansa.model.engagement.RollForwardOptions;
import jp.kansa.model.engagement.RollForwardReport;
import jp.kansa.model.engagement.RollForwardReport.Carried;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.ValidationRule;

/** The sample (令和7年度) rolled forward to 令和8年度, with each carry-over choice on and off. */
class RollForwardTest {

	static final Path SAMPLE = SampleEngagementTest.SAMPLES.resolve(SampleEngagementGenerator.FILE_NAME);
	static final String NAME = "みなと総合病院 医療情報システム契約 役割分担監査 (令和8年度)";

	@TempDir
	Path folder;

	static RollForwardOptions reiwa8() {
		return new RollForwardOptions().name(NAME).referenceDate(LocalDate.of(2026, 9, 30))
				.periodStart(LocalDate.of(2026, 4, 1)).periodEnd(LocalDate.of(2027, 3, 31));
	}

	@Test
	void sampleRollsForwardToReiwa8WithFreshAssessmentsAndPriorConclusions() throws IOException {
		Engagement prior = EngagementFiles.load(SAMPLE);
		RollForward.Result result = RollForward.roll(prior, reiwa8());
		Engagement next = result.engagement();

		assertEquals(NAME, next.getName());
		assertEquals(LocalDate.of(2026, 9, 30), next.getReferenceDate());
		assertEquals(LocalDate.of(2026, 4, 1), next.getPeriodStart());
		assertEquals(LocalDate.of(2027, 3, 31), next.getPeriodEnd());
		assertEquals(prior.getId(), next.getPriorEngagementId());
		assertNotEquals(prior.getId(), next.getId(), "a new year is an engagement of its own"); //$NON-NLS-1$
		assertNotEquals(next.getId(), RollForward.roll(prior, reiwa8()).engagement().getId(),
				"every roll-forward makes a new engagement"); //$NON-NLS-1$
		assertEquals(prior.getName(), next.getPriorEngagementName());

		assertTrue(next.getSignOffs().isEmpty(), "sign-offs start fresh");
		assertTrue(next.getContractChecks().stream().allMatch(c -> c.getAssessment() == AssessmentStatus.NOT_ASSESSED
				&& c.getConclusion() == null && c.getLastModified() == null), "assessments start fresh");
		assertTrue(next.getContractChecks().stream().allMatch(c -> c.getInitialCheck() == InitialCheck.UNANSWERED
				&& c.getInitialCheckDate() == null && c.getCompletionDate() == null), "初回確認/完了日 start fresh by default");

		ContractCheck done = check(next, "C-1/1-A-1-①");
		assertEquals(AssessmentStatus.CONFORMING, done.getPriorAssessment());
		assertEquals("証跡により確認した。", done.getPriorConclusion());
		for (ContractCheck before : prior.getContractChecks()) {
			ContractCheck after = check(next, before.getId());
			assertEquals(before.getConclusion(), after.getPriorConclusion(), before.getId());
			assertEquals(before.getAssessment(), after.getPriorAssessment(), before.getId());
			assertEquals(before.getResponsibility(), after.getResponsibility(), before.getId());
		}

		RollForwardReport report = result.report();
		assertEquals(Map.of(Carried.PARTIES, 4, Carried.CONTRACTS, 3, Carried.CLAUSES, 4, Carried.CHECKS, 162,
				Carried.EVIDENCE, 4, Carried.FINDINGS, 1, Carried.ANNOTATIONS, 1), report.counts());
		assertEquals(List.of("F-1"), next.getFindings().stream().map(f -> f.getId()).toList(),
				"open findings carry over, the closed one does not");
		assertEquals(List.of("E-2", "E-3"), ids(report.expiredEvidence()),
				"the SLA expired 2026-03-31 and the 2024 disclosure earlier: both expired at 2026-09-30");
		assertTrue(next.getEvidence().stream().allMatch(RollForward::isCarriedOver), "all evidence is 前年度");
		assertEquals("evidence/ehr-sla.txt", evidence(next, "E-2").getCarriedFrom());
		assertTrue(report.contractsEndingBeforePeriod().isEmpty(), "no contract of the sample has an end date");

		assertEquals(3, prior.getSignOffs().size(), "the prior engagement is not changed");
		assertEquals(AssessmentStatus.CONFORMING, check(prior, "C-1/1-A-1-①").getAssessment());
		assertFalse(prior.getEvidence().stream().anyMatch(RollForward::isCarriedOver));
	}

	@Test
	void contractEndingBeforeTheNewPeriodIsFlagged() throws IOException {
		Engagement prior = EngagementFiles.load(SAMPLE);
		prior.getContracts().get(0).setEndDate(LocalDate.of(2026, 3, 31));
		prior.getContracts().get(1).setEndDate(LocalDate.of(2026, 4, 1));

		RollForwardReport report = RollForward.roll(prior, reiwa8()).report();

		assertEquals(List.of("C-1"), report.contractsEndingBeforePeriod().stream().map(c -> c.getId()).toList());
	}

	@Test
	void keepDatesKeepsInitialCheckAndCompletionDate() throws IOException {
		Engagement prior = EngagementFiles.load(SAMPLE);
		Engagement next = RollForward.roll(prior, reiwa8().keepDates(true)).engagement();
		for (ContractCheck before : prior.getContractChecks()) {
			ContractCheck after = check(next, before.getId());
			assertEquals(before.getInitialCheck(), after.getInitialCheck());
			assertEquals(before.getInitialCheckDate(), after.getInitialCheckDate());
			assertEquals(before.getCompletionDate(), after.getCompletionDate());
		}
		assertTrue(next.getContractChecks().stream().anyMatch(c -> c.getInitialCheck() == InitialCheck.YES));
	}

	enum Off {
		PARTIES(o -> o.parties(false)), CONTRACTS(o -> o.contracts(false)), CLAUSES(o -> o.clauses(false)),
		ROLES(o -> o.roles(false)), EVIDENCE(o -> o.evidence(false)), FINDINGS(o -> o.findings(false)),
		ANNOTATIONS(o -> o.annotations(false));

		final Consumer<RollForwardOptions> apply;

		Off(Consumer<RollForwardOptions> apply) {
			this.apply = apply;
		}
	}

	@ParameterizedTest
	@EnumSource(Off.class)
	void eachCarryOverCanBeLeftOutAndTheFileStillSavesReloadsAndValidates(Off off) throws IOException {
		Engagement prior = EngagementFiles.load(SAMPLE);
		RollForwardOptions options = reiwa8();
		off.apply.accept(options);
		RollForward.Result result = RollForward.roll(prior, options);
		Engagement next = result.engagement();
		Map<Carried, Integer> counts = result.report().counts();

		switch (off) {
		case PARTIES -> {
			assertEquals(List.of("P-HOSP"), next.getParties().stream().map(Party::getId).toList(),
					"the audited institution always stays");
			assertTrue(next.getContracts().stream().allMatch(c -> c.getParties().equals(List.of(next.getInstitution()))));
			assertTrue(next.getEvidence().stream().allMatch(e -> e.getProvidedBy() == null));
			assertEquals(162, counts.get(Carried.CHECKS));
		}
		case CONTRACTS -> {
			assertEquals(0, counts.get(Carried.CONTRACTS));
			assertEquals(0, counts.get(Carried.CHECKS));
			assertEquals(0, counts.get(Carried.CLAUSES));
			assertEquals(4, counts.get(Carried.EVIDENCE));
			assertTrue(next.getEvidence().stream().allMatch(e -> e.getClause() == null));
		}
		case CLAUSES -> {
			assertEquals(0, counts.get(Carried.CLAUSES));
			assertEquals(3, counts.get(Carried.CONTRACTS));
			assertTrue(next.getEvidence().stream().allMatch(e -> e.getClause() == null));
			assertTrue(next.getContractChecks().stream().allMatch(c -> c.getClauses().isEmpty()));
		}
		case ROLES -> assertTrue(next.getContractChecks().stream().allMatch(
				c -> c.getResponsibility() == Responsibility.UNASSIGNED && c.getResponsibleParties().isEmpty()));
		case EVIDENCE -> {
			assertEquals(0, counts.get(Carried.EVIDENCE));
			assertTrue(next.getContractChecks().stream().allMatch(c -> c.getEvidence().isEmpty()));
			assertTrue(result.report().expiredEvidence().isEmpty());
		}
		case FINDINGS -> assertEquals(0, counts.get(Carried.FINDINGS));
		case ANNOTATIONS -> assertEquals(0, counts.get(Carried.ANNOTATIONS));
		}
		// the others still carry over
		for (Off other : Off.values()) {
			if (other != off && other != Off.ROLES && !(off == Off.CONTRACTS && dependsOnContracts(other))) {
				assertTrue(counts.get(Carried.valueOf(other.name())) > 0, other + " still carried without " + off);
			}
		}

		Path file = folder.resolve("next.kansa");
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(next);
		EngagementFiles.save(resource, file);
		Engagement reopened = EngagementFiles.load(file);
		assertEquals(next.getContractChecks().size(), reopened.getContractChecks().size());
		Diagnostic diagnostic = EngagementValidation.validate(reopened, SampleEngagementTest.loadCatalog());
		assertEquals(EngagementValidation.ruleDiagnostics(diagnostic).size(), diagnostic.getChildren().size(),
				() -> "only rule diagnostics, no EMF constraint errors: " + ValidationRulesTest.describe(diagnostic));
	}

	private static boolean dependsOnContracts(Off other) {
		return other == Off.CLAUSES || other == Off.ANNOTATIONS;
	}

	@Test
	void toFileCopiesEvidenceIntoTheNewFolderAndTheNewFileReloadsAndValidates() throws IOException {
		Path priorFolder = folder.resolve("令和7年度");
		copyTree(SampleEngagementTest.SAMPLES, priorFolder);
		Path priorFile = priorFolder.resolve(SampleEngagementGenerator.FILE_NAME);
		Path newFile = folder.resolve("令和8年度/minato-r8.kansa");

		RollForward.Result result = RollForward.toFile(priorFile, newFile, reiwa8());

		assertEquals(3, result.report().copiedEvidence().size(), "the three files; the clause evidence has none");
		assertTrue(result.report().evidenceNotCopied().isEmpty());
		Engagement reopened = EngagementFiles.load(newFile);
		assertEquals("../令和7年度/" + SampleEngagementGenerator.FILE_NAME, reopened.getPriorEngagementPath());
		assertTrue(Files.isSameFile(priorFile, newFile.getParent().resolve(reopened.getPriorEngagementPath())));
		for (Evidence evidence : reopened.getEvidence()) {
			if (evidence.getPath() != null) {
				Path copy = newFile.getParent().resolve(evidence.getPath());
				assertArrayEquals(Files.readAllBytes(priorFolder.resolve(evidence.getPath())), Files.readAllBytes(copy));
				assertEquals(evidence.getSha256(), EvidenceFiles.sha256(copy), "SHA-256 kept");
			}
		}
		assertEquals(NAME, reopened.getName());
		assertNull(check(reopened, "C-1/1-A-1-①").getConclusion());
		assertEquals("証跡により確認した。", check(reopened, "C-1/1-A-1-①").getPriorConclusion());

		Diagnostic diagnostic = EngagementValidation.validate(reopened, SampleEngagementTest.loadCatalog());
		Map<String, Long> counts = EngagementValidation.ruleDiagnostics(diagnostic).stream()
				.collect(Collectors.groupingBy(d -> ValidationRule.of(d).id(), TreeMap::new, Collectors.counting()));
		assertEquals(2L, counts.get("KANSA-EVIDENCE-EXPIRED"), counts::toString);
		assertFalse(counts.containsKey("KANSA-EVIDENCE-MISSING"), counts::toString);
		assertFalse(counts.containsKey("KANSA-EVIDENCE-CHANGED"), counts::toString);
		assertFalse(counts.containsKey("KANSA-SIGNOFF-STALE"), counts::toString);
	}

	@Test
	void toFileNeverOverwritesAnExistingFile() throws IOException {
		Path existing = folder.resolve("existing.kansa");
		Files.writeString(existing, "mine");

		assertThrows(FileAlreadyExistsException.class, () -> RollForward.toFile(SAMPLE, existing, reiwa8()));

		assertEquals("mine", Files.readString(existing));
	}

	@Test
	void evidenceFileAlreadyInTheNewFolderIsNotOverwritten() throws IOException {
		Path priorFolder = folder.resolve("prior");
		copyTree(SampleEngagementTest.SAMPLES, priorFolder);
		Path newFolder = folder.resolve("next");
		Files.createDirectories(newFolder.resolve("evidence"));
		Files.writeString(newFolder.resolve("evidence/ehr-sla.txt"), "this year's SLA");

		RollForward.Result result = RollForward.toFile(priorFolder.resolve(SampleEngagementGenerator.FILE_NAME),
				newFolder.resolve("next.kansa"), reiwa8());

		assertEquals("this year's SLA", Files.readString(newFolder.resolve("evidence/ehr-sla.txt")));
		assertEquals("evidence/ehr-sla (2).txt", evidence(result.engagement(), "E-2").getPath());
		assertEquals(evidence(result.engagement(), "E-2").getSha256(),
				EvidenceFiles.sha256(newFolder.resolve("evidence/ehr-sla (2).txt")));
	}

	private static ContractCheck check(Engagement engagement, String id) {
		return engagement.getContractChecks().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Evidence evidence(Engagement engagement, String id) {
		return engagement.getEvidence().stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow();
	}

	private static List<String> ids(List<Evidence> evidence) {
		return evidence.stream().map(Evidence::getId).toList();
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}
}

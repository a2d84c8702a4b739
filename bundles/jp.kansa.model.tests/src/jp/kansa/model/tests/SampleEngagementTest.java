/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.Catalog;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Responsibility;
import jp.kansa.model.engagement.ContractCheckIndex;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.ValidationRule;

/**
 * The shipped sample: reproducible from the generator, loadable, and showing each planted
 * problem exactly once. Regenerate after a model change with
 * {@code -Dkansa.testArgLine=-Dkansa.writeSamples=true}.
 */
class SampleEngagementTest {

	/** The 1.0 catalog as shipped before the engagement model existed; also the old-format sample. */
	static final Path CATALOG_1_0 = Path.of("data/kakuninhyo-1.0.kansacatalog");
	static final Path SAMPLES = Path.of("../jp.kansa.model/samples");

	@TempDir
	Path folder;

	@Test
	void catalogWrittenWithModelVersion10LoadsAndIsRewrittenAs11() throws IOException {
		assertTrue(Files.readString(CATALOG_1_0).contains("xmlns:kansa=\"http://www.kansa.jp/model/kansa/1.0\""));
		Catalog catalog = loadCatalog();
		assertEquals(54, SampleEngagementGenerator.checkPoints(catalog).size());
		assertEquals("2-A-9-②", SampleEngagementGenerator.checkPoints(catalog).stream()
				.filter(c -> c.getId().startsWith("2-A-9")).toList().get(1).getId());

		Path resaved = folder.resolve("catalog.kansacatalog");
		var resource = KansaResources.createResourceSet().createResource(URI.createFileURI(resaved.toString()));
		resource.getContents().add(catalog);
		EngagementFiles.save(resource, resaved);
		assertTrue(Files.readString(resaved).contains("kansa/1.1"));
	}

	@Test
	void shippedSampleIsWhatTheGeneratorWrites() throws IOException {
		if (Boolean.getBoolean("kansa.writeSamples")) {
			SampleEngagementGenerator.write(loadCatalog(), SAMPLES);
		}
		SampleEngagementGenerator.write(loadCatalog(), folder);
		Map<String, String> expected = filesUnder(folder);
		assertEquals(expected, filesUnder(SAMPLES),
				"samples/ differs from the generator: regenerate with -Dkansa.testArgLine=-Dkansa.writeSamples=true");
	}

	@Test
	void sampleShowsEachPlantedProblem() throws IOException {
		Engagement sample = EngagementFiles.load(SAMPLES.resolve(SampleEngagementGenerator.FILE_NAME));
		assertEquals(3, sample.getContracts().size());
		assertEquals(3 * 54, sample.getContractChecks().size());

		Map<String, Long> counts = ruleCounts(EngagementValidation.validate(sample, loadCatalog()));

		assertEquals(Map.of("KANSA-A2-GAP", 3L, "KANSA-OVERLAP", 2L, "KANSA-CHAIN-BROKEN", 1L, "KANSA-INITIAL-NO-OPEN", 1L,
				"KANSA-EVIDENCE-EXPIRED", 1L, "KANSA-SIGNOFF-STALE", 1L, "KANSA-FINDING-OVERDUE", 1L), counts);
	}

	@Test
	void aFixedGapStaysFixedAfterSaveAndReopen() throws IOException {
		Path file = SampleEngagementGenerator.write(loadCatalog(), folder);
		Engagement engagement = EngagementFiles.load(file);
		Contract maintenance = engagement.getContracts().get(2);
		ContractCheck gap = ContractCheckIndex.of(engagement).find(maintenance, SampleEngagementGenerator.GAPS.get(0))
				.orElseThrow();
		gap.setResponsibility(Responsibility.JOINT);
		gap.getResponsibleParties().addAll(maintenance.getParties());
		EngagementFiles.save(engagement);

		Engagement reopened = EngagementFiles.load(file);

		assertEquals(2L, ruleCounts(EngagementValidation.validate(reopened, loadCatalog())).get("KANSA-A2-GAP"));
	}

	private static Map<String, Long> ruleCounts(Diagnostic result) {
		List<Diagnostic> found = EngagementValidation.ruleDiagnostics(result);
		assertEquals(found.size(), result.getChildren().size(),
				"only rule diagnostics, no EMF constraint errors: " + ValidationRulesTest.describe(result));
		return found.stream().collect(Collectors.groupingBy(d -> ValidationRule.of(d).id(), TreeMap::new, Collectors.counting()));
	}

	static Catalog loadCatalog() {
		var resource = KansaResources.createResourceSet()
				.getResource(URI.createFileURI(CATALOG_1_0.toAbsolutePath().toString()), true);
		return (Catalog) resource.getContents().get(0);
	}

	private static Map<String, String> filesUnder(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(path).toString(), Files.readString(path));
			}
		}
		return files;
	}
}

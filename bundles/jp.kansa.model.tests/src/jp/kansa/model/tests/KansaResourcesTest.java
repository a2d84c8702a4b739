/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Reference;
import jp.kansa.model.Section;
import jp.kansa.model.TitleStatus;
import jp.kansa.model.resource.KansaResources;

class KansaResourcesTest {

	@TempDir
	Path folder;

	@Test
	void roundTripKeepsEveryValueAndRebuildsTheWayBack() throws IOException {
		Catalog original = SampleCatalog.create();
		Path file = folder.resolve("sample.kansacatalog");
		save(original, file);

		Catalog loaded = load(file);

		assertTrue(EcoreUtil.equals(original, loaded), "the loaded catalog differs from the saved one");
		Section section = loaded.getDocuments().get(0).getVolumes().get(0).getSections().get(0);
		CheckPoint checkPoint = loaded.getParts().get(0).getCategories().get(0).getItems().get(0).getCheckPoints().get(0);
		Reference reference = checkPoint.getReferences().get(0);
		assertSame(section, reference.getTarget());
		assertEquals(1, section.getCitations().size(), "the transient citations must be rebuilt on load");
		assertSame(reference, section.getCitations().get(0));
		assertEquals("脆弱性", checkPoint.getTerms().get(0).getTerm());
		assertEquals(TitleStatus.NOT_RETRIEVED, section.getTitleStatus());
	}

	@Test
	void savingTwiceGivesTheSameBytes() throws IOException {
		Path first = folder.resolve("a.kansacatalog");
		Path second = folder.resolve("b.kansacatalog");
		save(SampleCatalog.create(), first);
		save(SampleCatalog.create(), second);
		assertEquals(Files.readString(first), Files.readString(second));
		assertTrue(Files.readString(first).contains("target=\"mhlw-gl-6.0/企画管理編/7\""),
				"references are written by stable id");
	}

	@Test
	void doctypeWithExternalEntityIsRefused() {
		Exception error = assertThrows(RuntimeException.class, () -> load(Path.of("data/doctype-entity.kansacatalog")));
		assertTrue(messages(error).contains("DOCTYPE"), messages(error));
	}

	@Test
	void unknownElementIsRefusedWithItsPosition() {
		Exception error = assertThrows(RuntimeException.class, () -> load(Path.of("data/unknown-element.kansacatalog")));
		String message = messages(error);
		assertTrue(message.contains("surprise"), message);
		assertTrue(message.contains("4"), "the line of the unknown element: " + message);
	}

	@Test
	void danglingIdIsReportedNotDropped() {
		ResourceSet resourceSet = KansaResources.createResourceSet();
		URI uri = URI.createFileURI(Path.of("data/dangling-reference.kansacatalog").toAbsolutePath().toString());
		Exception error = assertThrows(RuntimeException.class, () -> resourceSet.getResource(uri, true));
		assertTrue(messages(error).contains("no-such-section"), messages(error));
	}

	private static void save(Catalog catalog, Path file) throws IOException {
		ResourceSet resourceSet = KansaResources.createResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(catalog);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, null);
		Files.write(file, bytes.toByteArray());
	}

	private static Catalog load(Path file) {
		ResourceSet resourceSet = KansaResources.createResourceSet();
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		assertFalse(resource.getContents().isEmpty());
		return (Catalog) resource.getContents().get(0);
	}

	private static String messages(Throwable error) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = error; t != null; t = t.getCause()) {
			all.append(t.getMessage()).append(" | ");
		}
		return all.toString();
	}

	/** A catalog with one of everything, built in code so the test owns its data. */
	static final class SampleCatalog {
		static Catalog create() {
			KansaFactory f = KansaFactory.eINSTANCE;
			Catalog catalog = f.createCatalog();
			catalog.setId("kakuninhyo");
			catalog.setTitle("医療情報システムの契約における当事者間の役割分担等に関する確認表");
			var document = f.createGuidelineDocument();
			document.setId("mhlw-gl-6.0");
			document.setTitle("医療情報システムの安全管理に関するガイドライン第6.0版");
			var volume = f.createVolume();
			volume.setId("mhlw-gl-6.0/企画管理編");
			volume.setName("企画管理編");
			Section section = f.createSection();
			section.setId("mhlw-gl-6.0/企画管理編/7");
			section.setNumber("7");
			section.setTitleStatus(TitleStatus.NOT_RETRIEVED);
			volume.getSections().add(section);
			document.getVolumes().add(volume);
			catalog.getDocuments().add(document);
			var term = f.createGlossaryTerm();
			term.setId("term-8");
			term.setNumber(8);
			term.setTerm("脆弱性");
			catalog.getGlossary().add(term);
			var part = f.createPart();
			part.setId("2");
			part.setNumber(2);
			part.setHasRiskColumn(true);
			var category = f.createCategory();
			category.setId("2-A");
			category.setCode("A");
			var item = f.createItem();
			item.setId("2-A-9");
			item.setNumber("9");
			item.setTitle("医療情報の外部保存");
			CheckPoint checkPoint = f.createCheckPoint();
			checkPoint.setId("2-A-9-①");
			checkPoint.setMarker("①");
			checkPoint.setContent("診療録及び診療諸記録等の…");
			checkPoint.setRisk("① 医療情報等を外部保存する…");
			var recommendation = f.createRecommendation();
			recommendation.setId("2-A-9-①-(a)");
			recommendation.setLabel("(a)");
			recommendation.setText("診療録及び…");
			checkPoint.getRecommendations().add(recommendation);
			Reference reference = f.createReference();
			reference.setCitation("企画管理編7");
			reference.setTarget(section);
			checkPoint.getReferences().add(reference);
			checkPoint.getTerms().add(term);
			item.getCheckPoints().add(checkPoint);
			category.getItems().add(item);
			part.getCategories().add(category);
			catalog.getParts().add(part);
			return catalog;
		}
	}
}

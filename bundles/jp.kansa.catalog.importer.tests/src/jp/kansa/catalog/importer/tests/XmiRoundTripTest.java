/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Reference;
import jp.kansa.model.Section;
import jp.kansa.model.resource.KansaResources;

/**
 * The committed catalog loads with the shared Kansa options: references resolve by id and the
 * transient way back (ReferenceTarget.citations) is rebuilt, so the UI can list who cites a section.
 */
class XmiRoundTripTest {

	private static Resource load() {
		URI uri = URI.createFileURI(Fixtures.COMMITTED_CATALOG.toAbsolutePath().normalize().toString());
		return KansaResources.createResourceSet().getResource(uri, true);
	}

	@Test
	void referencesResolveAndOppositesAreRebuilt() {
		Resource resource = load();
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		Catalog catalog = (Catalog) resource.getContents().get(0);
		int references = 0;
		for (CheckPoint checkPoint : Fixtures.all(catalog, CheckPoint.class)) {
			for (Reference reference : checkPoint.getReferences()) {
				references++;
				assertNotNull(reference.getTarget(), checkPoint.getId());
				assertFalse(reference.getTarget().eIsProxy(), checkPoint.getId() + " → proxy");
				assertSame(resource, reference.getTarget().eResource());
			}
			checkPoint.getTerms().forEach(term -> assertFalse(term.eIsProxy()));
		}
		assertEquals(CatalogCountsTest.REFERENCES, references);
		Section seven = (Section) resource.getEObject("mhlw-gl-6.0/企画管理編/7");
		assertNotNull(seven);
		assertFalse(seven.getCitations().isEmpty());
		assertEquals(4, seven.getCitations().size());
		assertFalse(catalog.getGlossary().get(7).getUsedBy().isEmpty(), "term-8 usedBy rebuilt");
	}

	@Test
	void savingTheLoadedCatalogReproducesTheFile() throws Exception {
		Resource resource = load();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, KansaResources.saveOptions());
		assertEquals(new String(Files.readAllBytes(Fixtures.COMMITTED_CATALOG), java.nio.charset.StandardCharsets.UTF_8),
				out.toString(java.nio.charset.StandardCharsets.UTF_8));
	}
}

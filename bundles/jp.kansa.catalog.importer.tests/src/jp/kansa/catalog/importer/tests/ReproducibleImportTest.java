/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import jp.kansa.catalog.importer.CatalogImporter;
import jp.kansa.catalog.importer.CatalogWriter;
import jp.kansa.catalog.importer.ImportResult;

/**
 * The committed catalog and data-quality log are generated files: they must be exactly what a
 * fresh import of the committed seed produces, or someone edited one without the other.
 */
class ReproducibleImportTest {

	@Test
	void freshImportEqualsCommittedCatalog() throws Exception {
		byte[] fresh = CatalogWriter.toBytes(CatalogImporter.importCatalog(Fixtures.SEED, Fixtures.IMPORTER_DATA).catalog());
		byte[] committed = Files.readAllBytes(Fixtures.COMMITTED_CATALOG);
		// Compare as text first for a readable diff, then byte for byte (encoding, line ends).
		assertEquals(new String(committed, StandardCharsets.UTF_8), new String(fresh, StandardCharsets.UTF_8),
				"catalog differs from a fresh import: run releng/import-catalog.sh");
		assertArrayEquals(committed, fresh);
	}

	@Test
	void freshDataQualityLogEqualsCommittedLog() throws Exception {
		ImportResult result = CatalogImporter.importCatalog(Fixtures.SEED, Fixtures.IMPORTER_DATA);
		assertEquals(Files.readString(Fixtures.COMMITTED_DATA_QUALITY, StandardCharsets.UTF_8),
				result.dataQualityMarkdown(), "DATA-QUALITY.md differs from a fresh import: run releng/import-catalog.sh");
	}

	@Test
	void savingTwiceGivesIdenticalBytes() throws Exception {
		ImportResult first = CatalogImporter.importCatalog(Fixtures.SEED, Fixtures.IMPORTER_DATA);
		ImportResult second = CatalogImporter.importCatalog(Fixtures.SEED, Fixtures.IMPORTER_DATA);
		byte[] once = CatalogWriter.toBytes(first.catalog());
		assertArrayEquals(once, CatalogWriter.toBytes(first.catalog()));
		assertArrayEquals(once, CatalogWriter.toBytes(second.catalog()));
		assertEquals(first.dataQualityMarkdown(), second.dataQualityMarkdown());
	}
}

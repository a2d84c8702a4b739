/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.kansa.catalog.importer.CatalogImportException;
import jp.kansa.catalog.importer.CatalogImporter;

/** Malformed seeds fail with {@code <file>:<line>: <reason>} instead of losing rows silently. */
class MalformedSeedTest {

	private static CatalogImportException importing(String name) {
		return assertThrows(CatalogImportException.class,
				() -> CatalogImporter.importCatalog(Fixtures.LOCAL.resolve(name), Fixtures.IMPORTER_DATA));
	}

	private static void assertFailure(CatalogImportException e, String name, int line, String reason) {
		assertEquals(line, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().contains(name + ":" + line + ": "), e.getMessage());
		assertTrue(e.getMessage().contains(reason), e.getMessage());
	}

	@Test
	void wrongNumberOfColumns() {
		assertFailure(importing("malformed-column-count.txt"), "malformed-column-count.txt", 14,
				"expected 5 columns (header at line 11), found 4");
	}

	@Test
	void continuationRowBeforeAnyItem() {
		assertFailure(importing("malformed-continuation-first.txt"), "malformed-continuation-first.txt", 13,
				"continuation row (empty 項番) before any item");
	}

	@Test
	void unknownReferenceDocument() {
		assertFailure(importing("malformed-unknown-document.txt"), "malformed-unknown-document.txt", 14,
				"unknown reference document 「存在しない安全管理ガイドライン第9.9版 3.1」");
	}

	@Test
	void glossaryMarkWithoutTerm() {
		assertFailure(importing("malformed-glossary-mark.txt"), "malformed-glossary-mark.txt", 14,
				"glossary mark *99 has no term");
	}
}

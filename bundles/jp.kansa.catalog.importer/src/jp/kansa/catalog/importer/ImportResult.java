/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer;

import jp.kansa.model.Catalog;

/**
 * What one import produced: the catalog (not yet in a resource), the repairs made on the way,
 * and the rendered data-quality report, which is the committed DATA-QUALITY.md.
 */
public record ImportResult(Catalog catalog, DataQualityLog log, CatalogStats stats, int footnoteMarksRemoved,
		String dataQualityMarkdown) {
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import jp.kansa.importer.xlsx.ImportLimits;

/**
 * Sets POI's own zip-bomb guards ({@link ZipSecureFile}) from {@link ImportLimits}. They are
 * static in POI, so they hold for every workbook the process opens; the values chosen here are
 * safe for the export too (it only writes). Set before each import so that another component
 * loosening them cannot weaken the import.
 */
final class PoiZipLimits {

	/**
	 * POI counts characters pulled out by its text extractors against this; the importer does
	 * not use the extractors (cell text is bounded per cell instead), so this only keeps any
	 * other reader in the process at a sane bound: 10 million characters.
	 */
	static final long MAX_TEXT_SIZE = 10_000_000L;

	/** A workpaper has about 20 parts; 1000 is POI's default and plenty. */
	static final long MAX_FILE_COUNT = 1_000L;

	private PoiZipLimits() {
	}

	static synchronized void apply(ImportLimits limits) {
		ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
		ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
		ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
		ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
	}
}

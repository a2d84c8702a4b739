/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

/**
 * What the import accepts before it refuses a file or a cell. Start from {@link #defaults()}.
 *
 * @param maxFileBytes     the workbook file itself; a filled 確認表 of 200 contracts is well
 *                         under 2 MB, so 20 MB leaves room for pasted text and styles
 * @param maxEntryBytes    any one part of the xlsx once inflated (POI's
 *                         {@code ZipSecureFile.setMaxEntrySize}): the real bound against zip
 *                         bombs. 100 MB holds a sheet with every cell at Excel's 32,767 characters
 *                         of Japanese (3 bytes each in UTF-8) for thousands of rows
 * @param minInflateRatio  compressed/inflated size below which POI calls a part a bomb
 *                         ({@code ZipSecureFile.setMinInflateRatio}). POI's default 0.01 (100:1)
 *                         refuses a legitimate sheet holding one cell of 32,767 identical
 *                         characters (deflate packs such a run about 1000:1); 0.002 (500:1)
 *                         accepts that and still refuses a bomb, which deflates at about 1000:1
 * @param maxCellChars     text of one cell; longer cells are reported per cell, and their text is
 *                         never held in memory. Excel's own limit is 32,767
 */
public record ImportLimits(long maxFileBytes, long maxEntryBytes, double minInflateRatio, int maxCellChars) {

	public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
	public static final long DEFAULT_MAX_ENTRY_BYTES = 100L * 1024 * 1024;
	public static final double DEFAULT_MIN_INFLATE_RATIO = 0.002;
	public static final int DEFAULT_MAX_CELL_CHARS = 32_767;

	public ImportLimits {
		if (maxFileBytes <= 0 || maxEntryBytes <= 0 || maxCellChars <= 0 || minInflateRatio < 0 || minInflateRatio >= 1) {
			throw new IllegalArgumentException("bad import limits: " + maxFileBytes + ", " + maxEntryBytes + ", "
					+ minInflateRatio + ", " + maxCellChars);
		}
	}

	public static ImportLimits defaults() {
		return new ImportLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MIN_INFLATE_RATIO,
				DEFAULT_MAX_CELL_CHARS);
	}

	public ImportLimits withMaxFileBytes(long bytes) {
		return new ImportLimits(bytes, maxEntryBytes, minInflateRatio, maxCellChars);
	}

	public ImportLimits withMaxEntryBytes(long bytes) {
		return new ImportLimits(maxFileBytes, bytes, minInflateRatio, maxCellChars);
	}

	public ImportLimits withMinInflateRatio(double ratio) {
		return new ImportLimits(maxFileBytes, maxEntryBytes, ratio, maxCellChars);
	}

	public ImportLimits withMaxCellChars(int chars) {
		return new ImportLimits(maxFileBytes, maxEntryBytes, minInflateRatio, chars);
	}
}

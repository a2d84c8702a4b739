/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every repair the importer makes to the source text, so that a reviewer can check each one
 * against the printed PDF. Entries are kept in a stable order (file, line, then the order in
 * which they were found) because the rendered log is committed and compared byte for byte.
 */
public final class DataQualityLog {

	/**
	 * One resolved artefact.
	 *
	 * @param file       file name (no folder, so the log does not depend on where the import ran)
	 * @param line       1-based line in that file
	 * @param kind       short category, e.g. {@code footnote}
	 * @param found      what the source says
	 * @param resolution what the catalog says instead, and why
	 */
	public record Entry(String file, int line, String kind, String found, String resolution) {
	}

	private final List<String> fileOrder;
	private final List<Entry> entries = new ArrayList<>();

	/** @param fileOrder file names in the order their entries should be listed */
	public DataQualityLog(List<String> fileOrder) {
		this.fileOrder = List.copyOf(fileOrder);
	}

	public void add(String file, int line, String kind, String found, String resolution) {
		entries.add(new Entry(file, line, kind, found, resolution));
	}

	/** Entries sorted by file, then line; entries on one line keep the order they were found in. */
	public List<Entry> entries() {
		List<Entry> sorted = new ArrayList<>(entries);
		sorted.sort(Comparator.comparingInt((Entry e) -> fileRank(e.file())).thenComparingInt(Entry::line));
		return List.copyOf(sorted);
	}

	public List<Entry> entries(String kind) {
		return entries().stream().filter(e -> e.kind().equals(kind)).toList();
	}

	public int size() {
		return entries.size();
	}

	private int fileRank(String file) {
		int index = fileOrder.indexOf(file);
		return index < 0 ? fileOrder.size() : index;
	}
}

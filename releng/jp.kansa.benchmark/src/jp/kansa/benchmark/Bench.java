/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.benchmark;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.export.xlsx.ExportMonitor;
import jp.kansa.export.xlsx.ExportOptions;
import jp.kansa.export.xlsx.WorkpaperExporter;
import jp.kansa.export.xlsx.internal.Column;
import jp.kansa.export.xlsx.internal.EngagementFacts;
import jp.kansa.export.xlsx.internal.EngagementWorkpaperWriter;
import jp.kansa.export.xlsx.internal.Table;
import jp.kansa.model.Catalog;
import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.resource.KansaResources;

/**
 * One contender per JVM, so each peak heap is its own: {@code generate}, {@code kansa},
 * {@code naive} (a straightforward SXSSF loop over the same cells) and {@code dump} (the same
 * cells as JSON lines for the Python and Node peers). Prints one line {@code RESULT name ms
 * peakHeapMB cells}.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Catalog catalog = EmbeddedCatalog.load();
		switch (args[0]) {
		case "generate" -> generate(catalog, Path.of(args[1]));
		case "kansa" -> kansa(catalog, Path.of(args[1]), Path.of(args[2]));
		case "naive" -> naive(catalog, Path.of(args[1]), Path.of(args[2]));
		case "dump" -> dump(catalog, Path.of(args[1]), Path.of(args[2]));
		default -> throw new IllegalArgumentException(args[0]);
		}
	}

	static void generate(Catalog catalog, Path file) throws IOException {
		Engagement engagement = new SyntheticEngagement().create(catalog);
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, file.toAbsolutePath());
		Files.deleteIfExists(EngagementFiles.backupOf(file.toAbsolutePath()));
	}

	static void kansa(Catalog catalog, Path input, Path output) throws Exception {
		Engagement engagement = EngagementFiles.load(input);
		long cells = cells(catalog, engagement, input);
		Path folder = input.toAbsolutePath().getParent();
		timed("kansa", cells, () -> WorkpaperExporter.create().export(engagement, catalog, folder, output,
				ExportOptions.defaults(), ExportMonitor.NONE));
	}

	@FunctionalInterface
	private interface Run {
		void run() throws Exception;
	}

	/**
	 * The first run in a fresh JVM (class loading, interpreter, JIT) reported as {@code name-first};
	 * then {@link #WARM_UPS} more runs that are not counted, because on two cores the JIT keeps
	 * compiling for several runs and competes with the export; then the median of
	 * {@link #WARM_RUNS} runs as {@code name}, the workbench's case of a JVM that has been running.
	 * Peak heap over the counted runs.
	 */
	private static void timed(String name, long cells, Run run) throws Exception {
		resetPeaks();
		long start = System.nanoTime();
		run.run();
		report(name + "-first", start, cells);
		for (int i = 0; i < WARM_UPS; i++) {
			long t = System.nanoTime();
			run.run();
			System.err.println(name + " warm-up " + (System.nanoTime() - t) / 1_000_000 + " ms");
		}
		long[] millis = new long[WARM_RUNS];
		resetPeaks();
		for (int i = 0; i < WARM_RUNS; i++) {
			long t = System.nanoTime();
			run.run();
			millis[i] = (System.nanoTime() - t) / 1_000_000;
			System.err.println(name + " warm " + millis[i] + " ms");
		}
		java.util.Arrays.sort(millis);
		System.out.printf("RESULT %s %d %d %d%n", name, millis[WARM_RUNS / 2], peakMegabytes(), cells);
	}

	private static final int WARM_UPS = Integer.getInteger("bench.warmUps", 5);
	private static final int WARM_RUNS = Integer.getInteger("bench.warmRuns", 5);

	/** What a developer writes first with SXSSF: one cell per value, default window, shared strings off. */
	static void naive(Catalog catalog, Path input, Path output) throws Exception {
		Engagement engagement = EngagementFiles.load(input);
		List<EngagementWorkpaperWriter.DataSheet> sheets = sheets(catalog, engagement, input);
		long cells = cells(catalog, engagement, input);
		timed("naive-sxssf", cells, () -> {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
				writeNaive(sheets, out);
			}
		});
	}

	private static long writeNaive(List<EngagementWorkpaperWriter.DataSheet> sheets, OutputStream out) throws IOException {
		long cells = 0;
		SXSSFWorkbook workbook = new SXSSFWorkbook();
		try {
			for (EngagementWorkpaperWriter.DataSheet data : sheets) {
				cells += writeSheet(workbook, data.table());
			}
			workbook.write(out);
		} finally {
			workbook.close();
			workbook.dispose();
		}
		return cells;
	}

	private static <R> long writeSheet(SXSSFWorkbook workbook, Table<R> table) {
		SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
		List<Column<R>> columns = table.columns();
		Row header = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			header.createCell(c).setCellValue(columns.get(c).header());
		}
		int r = 1;
		long cells = 0;
		for (R value : table.rows()) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < columns.size(); c++) {
				String text = text(columns.get(c).value().apply(value));
				if (text != null) {
					Cell cell = row.createCell(c);
					cell.setCellValue(text);
					cells++;
				}
			}
		}
		return cells;
	}

	/** The cells as JSON lines: ["sheet name", "cell", ...] per row; what openpyxl and ExcelJS write. */
	static void dump(Catalog catalog, Path input, Path output) throws Exception {
		Engagement engagement = EngagementFiles.load(input);
		long cells = 0;
		try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			for (EngagementWorkpaperWriter.DataSheet data : sheets(catalog, engagement, input)) {
				cells += dump(data.table(), out);
			}
		}
		System.out.println("RESULT dump 0 0 " + cells);
	}

	private static <R> long dump(Table<R> table, BufferedWriter out) throws IOException {
		long cells = 0;
		String name = json(WorkbookUtil.createSafeSheetName(table.sheetName()));
		StringBuilder line = new StringBuilder("[").append(name);
		for (Column<R> column : table.columns()) {
			line.append(',').append(json(column.header()));
		}
		out.write(line.append("]\n").toString());
		for (R value : table.rows()) {
			line.setLength(0);
			line.append('[').append(name);
			for (Column<R> column : table.columns()) {
				String text = text(column.value().apply(value));
				line.append(',').append(text == null ? "null" : json(text));
				if (text != null) {
					cells++;
				}
			}
			out.write(line.append("]\n").toString());
		}
		return cells;
	}

	private static List<EngagementWorkpaperWriter.DataSheet> sheets(Catalog catalog, Engagement engagement, Path input) {
		EngagementWorkpaperWriter writer = new EngagementWorkpaperWriter(engagement, catalog,
				input.toAbsolutePath().getParent(), ExportOptions.defaults());
		EngagementFacts facts = writer.facts();
		return writer.dataSheets(facts);
	}

	private static long cells(Catalog catalog, Engagement engagement, Path input) {
		long cells = 0;
		for (EngagementWorkpaperWriter.DataSheet data : sheets(catalog, engagement, input)) {
			cells += count(data.table());
		}
		return cells;
	}

	private static <R> long count(Table<R> table) {
		long cells = 0;
		for (R value : table.rows()) {
			for (Column<R> column : table.columns()) {
				if (text(column.value().apply(value)) != null) {
					cells++;
				}
			}
		}
		return cells;
	}

	/** Every value as the text a peer writes (dates as ISO, flags as their text). */
	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Column.Flagged flagged) {
			return flagged.text();
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		String text = value.toString();
		return text.isEmpty() ? null : text;
	}

	private static String json(String s) {
		StringBuilder out = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** Sum of the heap pools' peaks since the reset: an upper bound of the heap the run needed. */
	private static void report(String name, long start, long cells) {
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("RESULT %s %d %d %d%n", name, millis, peakMegabytes(), cells);
	}

	private static long peakMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}
}

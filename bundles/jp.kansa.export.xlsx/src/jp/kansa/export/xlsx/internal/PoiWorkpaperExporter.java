/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import jp.kansa.export.xlsx.ExportCanceledException;
import jp.kansa.export.xlsx.ExportException;
import jp.kansa.export.xlsx.ExportMonitor;
import jp.kansa.export.xlsx.ExportOptions;
import jp.kansa.export.xlsx.WorkpaperExporter;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Engagement;
import jp.kansa.model.Item;
import jp.kansa.model.Part;

/**
 * The POI implementation of {@link WorkpaperExporter}: SXSSF for the catalog workpaper, a POI
 * skeleton with directly streamed rows for the engagement workpaper ({@link EngagementWorkpaperWriter}).
 */
public final class PoiWorkpaperExporter implements WorkpaperExporter {

	private final List<CheckPointColumns> checkPointColumns;

	public PoiWorkpaperExporter() {
		this(List.of(new CatalogColumns()));
	}

	/** With the columns of the Part sheets contributed in this order (catalog first). */
	public PoiWorkpaperExporter(List<CheckPointColumns> checkPointColumns) {
		this.checkPointColumns = List.copyOf(checkPointColumns);
	}

	@Override
	public void export(Catalog catalog, OutputStream out, ExportOptions options) throws ExportException {
		try {
			write(catalog, out, options);
		} catch (IOException e) {
			throw new ExportException("cannot write workbook: " + IoReasons.describe(e), e);
		}
	}

	@Override
	public void export(Catalog catalog, Path file, ExportOptions options) throws ExportException {
		writeFile(file, out -> write(catalog, out, options));
	}

	@Override
	public void export(Engagement engagement, Catalog catalog, Path engagementFolder, OutputStream out,
			ExportOptions options, ExportMonitor monitor) throws ExportException {
		try {
			new EngagementWorkpaperWriter(engagement, catalog, engagementFolder, options).write(out, monitor);
		} catch (TableSheets.Canceled e) {
			throw new ExportCanceledException(null);
		} catch (IOException | RuntimeException e) {
			throw new ExportException("cannot write workbook: " + describe(e), e);
		}
	}

	@Override
	public void export(Engagement engagement, Catalog catalog, Path engagementFolder, Path file, ExportOptions options,
			ExportMonitor monitor) throws ExportException {
		try {
			writeFile(file, out -> new EngagementWorkpaperWriter(engagement, catalog, engagementFolder, options)
					.write(out, monitor));
		} catch (ExportException e) {
			if (e.getCause() instanceof TableSheets.Canceled) {
				throw new ExportCanceledException(file);
			}
			throw e;
		}
	}

	private static String describe(Exception e) {
		return e instanceof IOException io ? IoReasons.describe(io) : String.valueOf(e.getMessage());
	}

	@FunctionalInterface
	private interface Content {
		void write(OutputStream out) throws IOException;
	}

	/** Into a temporary file beside the target, then renamed over it: a failed export leaves the old file. */
	private static void writeFile(Path file, Content content) throws ExportException {
		Path target = file.toAbsolutePath();
		if (Files.isDirectory(target)) {
			// REPLACE_EXISTING would swap an empty folder for the workbook
			throw new ExportException(file, "cannot write " + file + ": Is a directory", null);
		}
		Path temp = null;
		try {
			// Beside the target so the final move is a rename on the same file system; not
			// Files.createTempFile, whose owner-only permissions the workpaper would keep.
			temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE), 1 << 16)) {
				content.write(out);
			}
			move(temp, target);
			temp = null;
		} catch (IOException | RuntimeException e) {
			throw new ExportException(file, "cannot write " + file + ": " + describe(e), e);
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// the export already failed; the stray temp file is the lesser problem
				}
			}
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void write(Catalog catalog, OutputStream out, ExportOptions options) throws IOException {
		WorkpaperText text = new WorkpaperText(options.locale());
		String title = options.title() != null ? options.title() : catalog.getTitle();
		// Inline strings instead of a shared-strings table: the table would grow in memory
		// with every distinct comment and evidence name of a large engagement.
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, options.rowWindow(), true, false);
		try {
			Styles styles = new Styles(workbook, options.fontName());
			SheetWriter writer = new SheetWriter(workbook, styles, new PageLayout(title, options.fontName(), text));
			for (Part part : catalog.getParts()) {
				writer.write(partTable(part, text), part.getNumber() + " " + part.getTitle());
			}
			writer.write(CrossReferences.table(catalog, text), text.get("sheet.crossReference"));
			writer.write(Glossary.table(catalog, text), text.get("sheet.glossary"));
			workbook.write(out);
		} finally {
			workbook.close();
			workbook.dispose(); // the compressed temp files of the row windows
		}
	}

	private Table<CheckPoint> partTable(Part part, WorkpaperText text) {
		List<Column<CheckPoint>> columns = new ArrayList<>();
		for (CheckPointColumns contributor : checkPointColumns) {
			columns.addAll(contributor.columns(part, text));
		}
		return new Table<>(text.get("sheet.part", Integer.valueOf(part.getNumber())), columns, () -> part
				.getCategories().stream()
				.flatMap(category -> category.getItems().stream())
				.map(Item::getCheckPoints)
				.flatMap(List::stream)
				.iterator());
	}
}

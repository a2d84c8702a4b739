/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import java.io.OutputStream;
import java.nio.file.Path;

import jp.kansa.export.xlsx.internal.PoiWorkpaperExporter;
import jp.kansa.model.Catalog;

/**
 * Writes an audit workpaper (監査調書) as an Office Open XML spreadsheet (.xlsx) that can be
 * printed and filed as it is. The workbook is streamed: memory does not grow with the number of
 * rows.
 * <p>
 * For now the workpaper holds the catalog side only (one sheet per Part of the 確認表, the
 * guideline cross references and the glossary); the engagement columns will be added to the same
 * sheets once engagements exist.
 */
public interface WorkpaperExporter {

	/** An exporter of the catalog side of the workpaper. */
	static WorkpaperExporter create() {
		return new PoiWorkpaperExporter();
	}

	/**
	 * Writes the workpaper to a stream; the stream is neither buffered nor closed here.
	 *
	 * @throws ExportException if the workbook cannot be built or written
	 */
	void export(Catalog catalog, OutputStream out, ExportOptions options) throws ExportException;

	/**
	 * Writes the workpaper to a file. The file is replaced only once the whole workbook has been
	 * written, so a failed export leaves an existing file as it was.
	 *
	 * @throws ExportException naming the file and the cause, e.g. a missing folder
	 */
	void export(Catalog catalog, Path file, ExportOptions options) throws ExportException;
}

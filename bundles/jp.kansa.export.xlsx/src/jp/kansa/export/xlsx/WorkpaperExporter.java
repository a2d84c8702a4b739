/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import java.io.OutputStream;
import java.nio.file.Path;

import jp.kansa.export.xlsx.internal.PoiWorkpaperExporter;
import jp.kansa.model.Catalog;
import jp.kansa.model.Engagement;

/**
 * Writes an audit workpaper (監査調書) as an Office Open XML spreadsheet (.xlsx) that can be
 * printed and filed as it is. The workbook is streamed: memory does not grow with the number of
 * rows.
 * <p>
 * Two workpapers: the catalog alone (one sheet per Part of the 確認表, the guideline cross
 * references and the glossary), and an engagement's (表紙, サマリー, the Part sheets with the
 * per-contract columns, 役割分担マトリクス, ガイドライン相互参照, 指摘事項, 証跡一覧, 用語).
 */
public interface WorkpaperExporter {

	/** The exporter of both workpapers. */
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

	/**
	 * Writes the workpaper of an engagement to a stream; the stream is neither buffered nor closed.
	 *
	 * @param engagementFolder where the engagement's evidence files are (for the validation that
	 *                         marks gaps), or {@code null} for the folder of its resource
	 * @throws ExportCanceledException if the monitor canceled the export
	 * @throws ExportException         if the workbook cannot be built or written
	 */
	void export(Engagement engagement, Catalog catalog, Path engagementFolder, OutputStream out, ExportOptions options,
			ExportMonitor monitor) throws ExportException;

	/**
	 * Writes the workpaper of an engagement to a file, replaced only once the whole workbook has
	 * been written: a failed or canceled export leaves an existing file as it was.
	 *
	 * @throws ExportException naming the file and the cause
	 */
	void export(Engagement engagement, Catalog catalog, Path engagementFolder, Path file, ExportOptions options,
			ExportMonitor monitor) throws ExportException;
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

/**
 * Progress and cancellation of an engagement export, in rows written; the workbench adapts an
 * {@code IProgressMonitor} to it, the CLI passes {@link #NONE}. Called from the exporting thread.
 */
public interface ExportMonitor {

	ExportMonitor NONE = new ExportMonitor() {
	};

	/** Called once, before the first row, with the number of rows the export will write. */
	default void begin(int totalRows) {
	}

	/** Called as rows are written; {@code rows} since the previous call. */
	default void worked(int rows) {
	}

	/** Polled between rows: once it answers true, the export stops and nothing is left on disk. */
	default boolean isCanceled() {
		return false;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import java.nio.file.Path;

/** The user canceled the export through its {@link ExportMonitor}; a target file was left as it was. */
public class ExportCanceledException extends ExportException {

	private static final long serialVersionUID = 1L;

	public ExportCanceledException(Path file) {
		super(file, "export canceled", null);
	}
}

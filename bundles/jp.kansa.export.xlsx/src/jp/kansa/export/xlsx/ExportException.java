/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import java.nio.file.Path;

/** An export that did not complete; the message is meant for the user as it is. */
public class ExportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public ExportException(String message, Throwable cause) {
		this(null, message, cause);
	}

	public ExportException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/** The file that could not be written, or {@code null} when writing to a stream. */
	public Path getFile() {
		return file;
	}
}

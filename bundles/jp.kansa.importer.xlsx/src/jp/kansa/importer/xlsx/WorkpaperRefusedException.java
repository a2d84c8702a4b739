/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import java.nio.file.Path;

/**
 * The whole file was refused (encrypted, not xlsx, too large, a zip bomb, damaged): nothing of it
 * is read into the engagement. The message names the file and the reason, for the user as it is.
 */
public class WorkpaperRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String reason;

	public WorkpaperRefusedException(Path file, String message, String reason, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.reason = reason;
	}

	public Path getFile() {
		return file;
	}

	/** The reason alone, without the file name. */
	public String getReason() {
		return reason;
	}
}

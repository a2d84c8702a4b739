/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.io.IOException;
import java.nio.file.Path;

import jp.kansa.model.internal.io.FileMessages;

/** A .kansa file that was refused; says which file, what and where (line and column when known). */
public class EngagementFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;

	public EngagementFileException(Path file, String problem, int line, int column, Throwable cause) {
		super(format(file, problem, line, column), cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public Path getFile() {
		return file;
	}

	/** 1-based line of the problem, or -1 when the problem is not at one place (e.g. the root). */
	public int getLine() {
		return line;
	}

	public int getColumn() {
		return column;
	}

	private static String format(Path file, String problem, int line, int column) {
		return line > 0
				? FileMessages.get("file.cannotOpenAt", file, Integer.toString(line), Integer.toString(column), problem) //$NON-NLS-1$
				: FileMessages.get("file.cannotOpen", file, problem); //$NON-NLS-1$
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer;

/**
 * The seed or a domain TSV cannot be read as the 確認表. The message is {@code <file>:<line>: <reason>}
 * so that whoever edits the seed can jump straight to the offending line; the importer never
 * guesses past malformed input because a silently skipped row would become a missing check point.
 */
public class CatalogImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final String reason;

	public CatalogImportException(String file, int line, String reason) {
		super(file + ":" + line + ": " + reason);
		this.file = file;
		this.line = line;
		this.reason = reason;
	}

	public String getFile() {
		return file;
	}

	/** 1-based line number in {@link #getFile()}. */
	public int getLine() {
		return line;
	}

	public String getReason() {
		return reason;
	}
}

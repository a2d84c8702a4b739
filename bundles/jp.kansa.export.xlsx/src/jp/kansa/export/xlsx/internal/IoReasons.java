/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The cause of an I/O failure in the words of the operating system. NIO's exceptions carry only
 * the path as message, which would read as "cannot write /x/y.xlsx: /x".
 */
public final class IoReasons {

	private IoReasons() {
	}

	public static String describe(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "No such file or directory";
		}
		if (e instanceof AccessDeniedException) {
			return "Permission denied";
		}
		if (e instanceof NotDirectoryException) {
			return "Not a directory";
		}
		if (e instanceof DirectoryNotEmptyException) {
			return "Is a directory";
		}
		if (e instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}

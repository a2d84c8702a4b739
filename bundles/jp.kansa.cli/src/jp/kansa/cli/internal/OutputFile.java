/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

/**
 * Writes a command's output to a file: into a temporary file beside it first, so a failure
 * never leaves half a file where a previous good one was.
 */
public final class OutputFile {

	/** Writes the output into the open stream; the stream is closed by the caller. */
	@FunctionalInterface
	public interface Writer {
		void write(OutputStream out) throws IOException, CommandFailedException;
	}

	private OutputFile() {
	}

	public static void write(String name, Writer writer) throws CommandFailedException {
		Path target = Path.of(name).toAbsolutePath();
		if (Files.isDirectory(target)) {
			// REPLACE_EXISTING would swap an empty folder for the file
			throw new CommandFailedException(NLS.bind(Messages.cannotWrite, name, "Is a directory"), null);
		}
		Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			try (OutputStream out = new BufferedOutputStream(
					Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
				writer.write(out);
			}
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw new CommandFailedException(NLS.bind(Messages.cannotWrite, name, reason(e)), e);
		} finally {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException e) {
				// the first failure is the one worth reporting
			}
		}
	}

	/** The operating system's words: NIO exceptions carry only the path as their message. */
	static String reason(IOException e) {
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

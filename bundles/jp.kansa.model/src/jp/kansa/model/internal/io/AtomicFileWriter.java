/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Replaces a file so that a reader (or a crash) sees either the old or the new content, never
 * a mix: the content goes to a temp file beside the target, is forced to disk, the old target
 * is copied to {@code <name>.bak}, and the temp file is renamed over the target atomically.
 * <p>
 * The old file is copied rather than moved to the backup so that the target name exists at
 * every instant. The stream decorator lets tests fail a save after N bytes.
 */
public final class AtomicFileWriter {

	/** Writes the whole content to the stream it is given. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	public static final String BACKUP_SUFFIX = ".bak";

	private final UnaryOperator<OutputStream> streamDecorator;

	public AtomicFileWriter() {
		this(UnaryOperator.identity());
	}

	public AtomicFileWriter(UnaryOperator<OutputStream> streamDecorator) {
		this.streamDecorator = Objects.requireNonNull(streamDecorator);
	}

	public static Path backupOf(Path target) {
		return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
	}

	public void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		Path temp;
		try {
			temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
		} catch (IOException e) {
			throw failure(absolute, "cannot create a temporary file in " + folder, e);
		}
		try {
			keepPermissions(absolute, temp);
			writeForced(temp, content);
			if (Files.exists(absolute)) {
				Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING);
			}
			Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | RuntimeException e) {
			deleteQuietly(temp);
			throw failure(absolute, describe(e), e);
		}
		forceFolder(folder);
	}

	/**
	 * A temporary file is created owner-only (rw-------); without this, saving an engagement in a
	 * shared audit folder would silently take it away from the rest of the team.
	 */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
		}
	}

	private void writeForced(Path temp, Content content) throws IOException {
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
				OutputStream out = streamDecorator.apply(new BufferedOutputStream(Channels.newOutputStream(channel)))) {
			content.writeTo(out);
			out.flush();
			channel.force(true);
		}
	}

	/** Makes the rename itself durable; not every platform can open a folder, hence best effort. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// the file content is already durable; only the rename might be lost on power failure
		}
	}

	private static void deleteQuietly(Path temp) {
		try {
			Files.deleteIfExists(temp);
		} catch (IOException e) {
			// a stray hidden .tmp file is harmless; the original error matters more
		}
	}

	private static String describe(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				return t.getMessage();
			}
		}
		return e.getClass().getSimpleName();
	}

	private static IOException failure(Path target, String why, Throwable cause) {
		return new IOException("Could not save " + target + ": " + why + ". The previous version of the file is unchanged.",
				cause);
	}
}

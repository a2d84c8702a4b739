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
 * every instant; the copy goes through a temp file and a rename too, so that a save killed
 * while copying never leaves a half {@code .bak}. Temp files are hidden and named
 * {@code .<name>.<n>.tmp} (the new content) and {@code .<name>.bak.<n>.tmp} (the backup being
 * made): what a killed save leaves is recognised and cleared by {@link StaleSaves} at the next
 * open. The stream decorator lets tests fail a save after N bytes.
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
			temp = Files.createTempFile(folder, StaleSaves.tempPrefix(absolute), StaleSaves.TEMP_SUFFIX);
		} catch (IOException e) {
			throw failure(absolute, "cannot create a temporary file in " + folder, e);
		}
		try {
			keepPermissions(absolute, temp);
			writeForced(temp, content);
			if (Files.exists(absolute)) {
				backUp(absolute);
			}
			Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | RuntimeException e) {
			deleteQuietly(temp);
			throw failure(absolute, describe(e), e);
		}
		forceFolder(folder);
	}

	private static void backUp(Path target) throws IOException {
		Path temp = Files.createTempFile(target.getParent(), StaleSaves.backupTempPrefix(target), StaleSaves.TEMP_SUFFIX);
		try {
			Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING);
			keepPermissions(target, temp);
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(temp, backupOf(target), StandardCopyOption.ATOMIC_MOVE);
		} finally {
			deleteQuietly(temp);
		}
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

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a save killed midway (kill -9, power cut) leaves beside a file, and how the next open
 * clears it without losing anything:
 * <ul>
 * <li>{@code .<name>.bak.<n>.tmp}, a backup being made: a copy of the file as it still is, or
 * part of one, so always redundant: deleted;</li>
 * <li>{@code .<name>.<n>.tmp}, the new content being written: deleted when it is incomplete
 * (does not load) or holds what the file or its {@code .bak} already hold; a complete, different
 * one is the only copy of the save that was interrupted, so it is kept, made visible as
 * {@code <stem>-recovered-<n>.kansa} for the user to open.</li>
 * </ul>
 * Only regular files are touched (never what a link points to).
 */
public final class StaleSaves {

	public static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$
	private static final String BACKUP_MARK = "bak."; //$NON-NLS-1$
	private static final String RECOVERED = "-recovered-"; //$NON-NLS-1$

	private StaleSaves() {
	}

	public static String tempPrefix(Path target) {
		return "." + target.getFileName() + "."; //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static String backupTempPrefix(Path target) {
		return tempPrefix(target) + BACKUP_MARK;
	}

	/**
	 * @param complete whether a file is a whole, loadable document (a temp that is not was cut
	 *                 off by the kill)
	 * @return the recovered copies made now
	 */
	public static List<Path> cleanUp(Path target, Predicate<Path> complete) {
		List<Path> recovered = new ArrayList<>();
		for (Path temp : temporaries(target)) {
			try {
				if (isBackupTemp(target, temp) || !complete.test(temp) || sameContent(temp, target)
						|| sameContent(temp, AtomicFileWriter.backupOf(target))) {
					Files.deleteIfExists(temp);
				} else {
					recovered.add(recover(target, temp));
				}
			} catch (IOException | RuntimeException e) {
				// not ours to remove (another user's, or locked): leave it, the open itself succeeded
			}
		}
		return recovered;
	}

	/** The visible copies made by earlier {@link #cleanUp} calls. */
	public static List<Path> recoveredCopies(Path target) {
		List<Path> found = new ArrayList<>();
		String stem = stem(target);
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
				entry -> entry.getFileName().toString().startsWith(stem + RECOVERED))) {
			siblings.forEach(found::add);
		} catch (IOException e) {
			// an unreadable folder has nothing to offer
		}
		found.sort(null);
		return found;
	}

	/** Hidden temps of this target, regular files only. */
	static List<Path> temporaries(Path target) {
		Pattern pattern = Pattern.compile(Pattern.quote(tempPrefix(target)) + "(" + Pattern.quote(BACKUP_MARK) //$NON-NLS-1$
				+ ")?[0-9]+" + Pattern.quote(TEMP_SUFFIX)); //$NON-NLS-1$
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
				entry -> pattern.matcher(entry.getFileName().toString()).matches()
						&& Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS))) {
			siblings.forEach(found::add);
		} catch (IOException e) {
			// nothing to clean where nothing can be listed
		}
		return found;
	}

	private static boolean isBackupTemp(Path target, Path temp) {
		return temp.getFileName().toString().startsWith(backupTempPrefix(target));
	}

	private static boolean sameContent(Path a, Path b) throws IOException {
		return Files.isRegularFile(b, LinkOption.NOFOLLOW_LINKS) && Files.mismatch(a, b) == -1;
	}

	private static Path recover(Path target, Path temp) throws IOException {
		String stem = stem(target);
		String extension = target.getFileName().toString().substring(stem.length());
		for (int n = 1;; n++) {
			Path copy = target.resolveSibling(stem + RECOVERED + n + extension);
			if (!Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
				// a plain rename: it cannot overwrite, the name was checked just now in our own folder
				return Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE);
			}
		}
	}

	private static String stem(Path target) {
		String name = target.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;
import org.eclipse.osgi.util.NLS;

import jp.kansa.team.TeamException;
import jp.kansa.team.TeamRepository;

/**
 * The shared place typed or chosen in 共有's dialog, when it is a folder on this machine or a file
 * share (not a server's URL): where its chooser starts, whether the folder can take the
 * engagement, and making an empty chosen folder the shared repository.
 */
final class SharedPlace {

	private SharedPlace() {
	}

	/**
	 * The typed place as a local path: null when it is empty, a URL ({@code https://…},
	 * {@code ssh://…}), scp-like ({@code user@host:path}) or no path on this system. The same
	 * rule as the share itself uses to tell a path from an address.
	 */
	static Path localPath(String text) {
		String trimmed = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (trimmed.isEmpty() || trimmed.contains("://") || trimmed.matches("^[^/]+@[^/]+:.*")) { //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
		try {
			return Path.of(trimmed).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/**
	 * Where 参照… opens: the typed folder, or the nearest folder above it that exists (the
	 * shared place may not exist yet), else the home folder.
	 */
	static Path startFolder(String text) {
		for (Path p = localPath(text); p != null; p = p.getParent()) {
			if (Files.isDirectory(p)) {
				return p;
			}
		}
		return Path.of(System.getProperty("user.home")); //$NON-NLS-1$
	}

	/**
	 * The typed folder when it exists but cannot be the shared place: it holds other files and
	 * is no shared repository (pushing there would fail after the engagement was put under Git).
	 * Null when the place is fine, not yet there (share creates it) or not a local path.
	 */
	static Path unusableFolder(String text) {
		Path folder = localPath(text);
		if (folder == null || !Files.isDirectory(folder) || isEmptyFolder(folder) || isRepository(folder)) {
			return null;
		}
		return folder;
	}

	/**
	 * An empty folder chosen as the shared place becomes a bare repository, as a place that does
	 * not exist yet does in the share itself: a folder made in the chooser (or by the file
	 * server's administrator) for the team is the usual case on a file share.
	 */
	static void prepare(String text) throws TeamException {
		Path folder = localPath(text);
		if (folder == null || !Files.isDirectory(folder) || !isEmptyFolder(folder)) {
			return;
		}
		try {
			Git.init().setBare(true).setDirectory(folder.toFile()).setInitialBranch(TeamRepository.BRANCH).call().close();
		} catch (GitAPIException | RuntimeException e) {
			throw new TeamException(NLS.bind(Messages.shareFolderFailed, folder, TeamRepository.describe(e)), e);
		}
	}

	static boolean isRepository(Path folder) {
		return RepositoryCache.FileKey.isGitRepository(folder.toFile(), FS.DETECTED);
	}

	static boolean isEmptyFolder(Path folder) {
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}
}

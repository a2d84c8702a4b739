/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;

/**
 * Engagements as stored in the repository. They are loaded through the same guarded loader as a
 * file the auditor opens (a stored version is input like any other), from a scratch copy.
 */
public final class Versions {

	private Versions() {
	}

	/** The blob of {@code path} in {@code commit}, or {@code null} when the commit does not have it. */
	public static ObjectId blob(Repository repository, RevCommit commit, String path) throws IOException {
		if (commit == null) {
			return null;
		}
		try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
			return walk == null ? null : walk.getObjectId(0);
		}
	}

	public static byte[] bytes(Repository repository, ObjectId blob) throws IOException {
		return repository.open(blob).getBytes();
	}

	public static Engagement load(Repository repository, ObjectId blob, String name) throws IOException, EngagementFileException {
		return load(bytes(repository, blob), name);
	}

	/** An engagement from bytes, named {@code name} in messages. */
	public static Engagement load(byte[] content, String name) throws IOException, EngagementFileException {
		Path scratch = Files.createTempDirectory("kansa-version"); //$NON-NLS-1$
		try {
			Path file = scratch.resolve(Path.of(name).getFileName().toString());
			Files.write(file, content);
			return EngagementFiles.load(file);
		} finally {
			deleteTree(scratch);
		}
	}

	/** The engagement as the save path would write it. */
	public static byte[] save(Engagement engagement, String name) throws IOException {
		Path scratch = Files.createTempDirectory("kansa-version"); //$NON-NLS-1$
		try {
			Path file = scratch.resolve(Path.of(name).getFileName().toString());
			EngagementFiles.save(engagement.eResource(), file);
			return Files.readAllBytes(file);
		} finally {
			deleteTree(scratch);
		}
	}

	static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}

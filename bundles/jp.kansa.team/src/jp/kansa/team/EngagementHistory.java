/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Engagement;
import jp.kansa.model.compare.Difference;
import jp.kansa.model.compare.DifferenceFilter;
import jp.kansa.model.compare.EngagementComparison;
import jp.kansa.team.internal.Messages;
import jp.kansa.team.internal.Versions;

/**
 * 履歴: the versions of an engagement file in the shared history, newest first, each compared
 * with the version before it by the compare core. Asked for one element (a check point such as
 * {@code 2-A-9-①}, a contract check {@code C-2/2-A-9-①}, a finding {@code F-3}), only the
 * versions that changed it are listed, with only its changes.
 */
public final class EngagementHistory {

	static {
		jp.kansa.team.internal.QuietLogging.apply();
	}

	private final Locale locale;

	public EngagementHistory(Locale locale) {
		this.locale = locale;
	}

	public List<HistoryEntry> of(Path file, String elementId) throws TeamException {
		Path root = TeamRepository.rootOf(file);
		if (root == null) {
			throw new TeamException(NLS.bind(Messages.notShared, file));
		}
		String path = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
		try (Git git = Git.open(root.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
			Repository repository = git.getRepository();
			List<HistoryEntry> entries = new ArrayList<>();
			ObjectId head = repository.resolve("HEAD"); //$NON-NLS-1$
			if (head == null) {
				return entries;
			}
			// every commit whose version differs from its first parent's: git log's default
			// simplification would hide one side of a merge that kept the other side's file
			walk.markStart(walk.parseCommit(head));
			for (RevCommit commit : walk) {
				ObjectId now = Versions.blob(repository, commit, path);
				RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
				ObjectId before = parent == null ? null : Versions.blob(repository, parent, path);
				if (now == null || now.equals(before)) {
					continue;
				}
				Engagement newer = Versions.load(repository, now, path);
				Engagement older = before == null ? null : Versions.load(repository, before, path);
				EngagementComparison comparison = older == null ? null : EngagementComparison.compare(older, newer, locale);
				List<Difference> changes = comparison == null ? List.of()
						: comparison.differences(DifferenceFilter.PEOPLE).stream().filter(d -> about(d, elementId)).toList();
				if (older == null || elementId == null || !changes.isEmpty()) {
					PersonIdent who = commit.getAuthorIdent();
					entries.add(new HistoryEntry(commit.getName(), who.getName(), who.getEmailAddress(),
							who.getWhenAsInstant(), commit.getFullMessage(), older == null, changes, comparison));
				}
			}
			return entries;
		} catch (IOException e) {
			throw new TeamException(NLS.bind(Messages.historyFailed, file, TeamRepository.describe(e)), e);
		}
	}

	/** Two versions compared ({@code null} commit: the file as it is on disk now). */
	public EngagementComparison compare(Path file, String olderCommit, String newerCommit) throws TeamException {
		Path root = TeamRepository.rootOf(file);
		if (root == null) {
			throw new TeamException(NLS.bind(Messages.notShared, file));
		}
		String path = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
		try (Git git = Git.open(root.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
			Repository repository = git.getRepository();
			Engagement older = load(repository, walk.parseCommit(ObjectId.fromString(olderCommit)), path);
			Engagement newer = newerCommit == null ? jp.kansa.model.engagement.EngagementFiles.load(file)
					: load(repository, walk.parseCommit(ObjectId.fromString(newerCommit)), path);
			return EngagementComparison.compare(older, newer, locale);
		} catch (IOException | IllegalArgumentException e) {
			throw new TeamException(NLS.bind(Messages.historyFailed, file, TeamRepository.describe(e)), e);
		}
	}

	/** True when the difference is about the element asked for, or anything inside it. */
	static boolean about(Difference d, String elementId) {
		if (elementId == null) {
			return true;
		}
		String id = d.element().id();
		String key = d.element().key();
		return elementId.equals(id) || d.element().checkPointIds().contains(elementId)
				|| key != null && (key.equals(elementId) || key.startsWith(elementId + "/")); //$NON-NLS-1$
	}

	private static Engagement load(Repository repository, RevCommit commit, String path) throws IOException {
		ObjectId blob = Versions.blob(repository, commit, path);
		return blob == null ? null : Versions.load(repository, blob, path);
	}
}

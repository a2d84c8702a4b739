/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Engagement;
import jp.kansa.model.compare.Side;
import jp.kansa.model.compare.merge.Conflict;
import jp.kansa.model.compare.merge.MergeResult;
import jp.kansa.model.compare.merge.ModelMerge;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.team.internal.Messages;
import jp.kansa.team.internal.Versions;

/**
 * Applies an auditor's decisions on pending conflicts: the three versions the merge started from
 * are merged again, each conflict takes the chosen side, and the result is saved over the
 * engagement and committed (the losing values stay in the history). Work done on the file since
 * the merge is kept: it is merged onto the decision by the model merge.
 */
public final class ConflictResolution {

	static {
		jp.kansa.team.internal.QuietLogging.apply();
	}

	private final Identity who;

	public ConflictResolution(Identity who) {
		this.who = who;
	}

	/**
	 * @param choices one side per entry of {@link PendingConflicts#entries()} (notes ignore theirs)
	 * @return the commit message
	 */
	public String resolve(PendingConflicts pending, List<Side> choices) throws TeamException {
		TeamRepository.requireIdentity(who);
		Path file = pending.engagementFile().toAbsolutePath().normalize();
		Path root = TeamRepository.rootOf(file);
		if (root == null) {
			throw new TeamException(NLS.bind(Messages.notShared, file));
		}
		String path = root.relativize(file).toString().replace('\\', '/');
		try (Git git = Git.open(root.toFile())) {
			Repository repository = git.getRepository();
			ObjectId[] stages = versions(repository, pending, path);
			String name = file.getFileName().toString();
			Engagement base = Versions.load(repository, stages[0], name);
			Engagement ours = Versions.load(repository, stages[1], name);
			Engagement theirs = Versions.load(repository, stages[2], name);
			MergeResult again = ModelMerge.merge(base, ours, theirs);
			List<Conflict> conflicts = again.conflicts();
			if (conflicts.size() != choices.size()) {
				throw new TeamException(NLS.bind(Messages.conflictsChanged, file));
			}
			for (int i = 0; i < conflicts.size(); i++) {
				conflicts.get(i).choose(choices.get(i));
			}
			Engagement decided = again.resolve();
			byte[] asMerged = Versions.save(again.merged(), name);
			Engagement result = decided;
			if (Files.exists(file) && !Arrays.equals(Files.readAllBytes(file), asMerged)) {
				// the auditor worked on the file after the merge: keep that work on top of the decision
				Engagement current = EngagementFiles.load(file);
				result = ModelMerge.merge(again.merged(), current, decided).merged();
			}
			EngagementFiles.save(result.eResource(), file);
			Files.deleteIfExists(EngagementFiles.backupOf(file));
			long theirsTaken = choices.stream().filter(s -> s == Side.THEIRS).count();
			String message = NLS.bind(Messages.resolvedMessage, new Object[] { path,
					Long.valueOf(pending.decisions().size()), Long.valueOf(theirsTaken) });
			git.add().addFilepattern(path).call();
			git.commit().setAuthor(who.person()).setCommitter(who.person()).setSign(Boolean.FALSE)
					.setMessage(message).call();
			Files.deleteIfExists(PendingConflicts.fileOf(file));
			return message;
		} catch (IOException | GitAPIException e) {
			throw new TeamException(NLS.bind(Messages.resolveFailed, file, TeamRepository.describe(e)), e);
		}
	}

	/** Base, ours, theirs: as the sync recorded them, else git's index stages (a merge by command-line git). */
	private static ObjectId[] versions(Repository repository, PendingConflicts pending, String path)
			throws IOException, TeamException {
		if (pending.base() != null && pending.ours() != null && pending.theirs() != null) {
			return new ObjectId[] { ObjectId.fromString(pending.base()), ObjectId.fromString(pending.ours()),
					ObjectId.fromString(pending.theirs()) };
		}
		ObjectId[] stages = new ObjectId[3];
		DirCache index = repository.readDirCache();
		for (int i = 0; i < index.getEntryCount(); i++) {
			DirCacheEntry e = index.getEntry(i);
			if (e.getPathString().equals(path) && e.getStage() > 0) {
				stages[e.getStage() - 1] = e.getObjectId();
			}
		}
		if (stages[0] == null || stages[1] == null || stages[2] == null) {
			throw new TeamException(NLS.bind(Messages.conflictsWithoutVersions, path));
		}
		return stages;
	}
}

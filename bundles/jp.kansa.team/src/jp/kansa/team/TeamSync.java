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
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.osgi.util.NLS;

import jp.kansa.team.internal.ChangeSummary;
import jp.kansa.team.internal.Messages;
import jp.kansa.team.internal.SyncLock;
import jp.kansa.team.internal.TreeMerge;

/**
 * 同期: commit the local work with a message saying what changed, fetch, merge (engagements
 * through the model merge), send. Someone who sent first makes the send fail: then fetch, merge
 * and send again. A shared repository out of reach leaves the work committed here; the next sync
 * sends it.
 * <p>
 * Interrupted at any point, nothing is lost and the next sync completes: the local commit is
 * written before anything else; a merge writes its files before the branch moves, so a sync
 * killed half-way leaves files that the next sync commits as local work and merges again to the
 * same result; lock files a killed sync left are cleared first (see {@link SyncLock}: never those
 * of another program still at work).
 */
public final class TeamSync {

	static {
		jp.kansa.team.internal.QuietLogging.apply();
		TeamSsh.ensureInstalled();
	}

	/**
	 * Called after a merge's files are written and before the branch moves: tests stop the sync
	 * there, as a kill would, to prove the next sync completes.
	 */
	static volatile Runnable afterFilesWritten;

	/** How often to fetch and merge again when someone else sent first. */
	static final int MAX_ATTEMPTS = 5;

	private final Identity who;
	private final CredentialsProvider credentials;
	private final Locale locale;

	public TeamSync(Identity who, CredentialsProvider credentials, Locale locale) {
		this.who = who;
		this.credentials = credentials;
		this.locale = locale;
	}

	public SyncReport sync(Path folder, ProgressMonitor monitor) throws TeamException {
		TeamRepository.requireIdentity(who);
		Path root = TeamRepository.rootOf(folder);
		if (root == null) {
			throw new TeamException(NLS.bind(Messages.notShared, folder));
		}
		try (Git git = Git.open(root.toFile()); SyncLock lock = SyncLock.acquire(git.getRepository().getDirectory().toPath())) {
			if (lock == null) {
				throw new TeamException(NLS.bind(Messages.syncRunning, folder));
			}
			SyncReport report;
			try {
				lock.clearLeftLocks(git.getRepository().getDirectory().toPath());
				report = syncLocked(git, monitor);
			} catch (IOException | GitAPIException | TeamException | RuntimeException e) {
				lock.finished();
				throw e;
			}
			lock.finished();
			return report;
		} catch (IOException | GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
			// JGit's own words name the lock another program holds (command-line git at work)
			throw new TeamException(NLS.bind(Messages.syncFailed, folder, TeamRepository.describe(e)), e);
		}
	}

	/**
	 * The sync proper, under the repository's {@link SyncLock}. An {@link Error} (the JVM in
	 * trouble) leaves the lock saying "running", as a kill does: the next sync clears what it left.
	 */
	private SyncReport syncLocked(Git git, ProgressMonitor monitor) throws IOException, GitAPIException, TeamException {
		Repository repository = git.getRepository();
		String committed = commitLocalWork(git);
		checkCancel(monitor);
		if (repository.getConfig().getString("remote", TeamRepository.REMOTE, "url") == null) { //$NON-NLS-1$ //$NON-NLS-2$
			return new SyncReport(committed, 0, List.of(), List.of(), List.of(), false, Messages.noRemote, 0, false);
		}
		int received = 0;
		List<Path> changed = new ArrayList<>();
		List<Path> conflicts = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			try {
				git.fetch().setRemote(TeamRepository.REMOTE).setCredentialsProvider(credentials)
						.setProgressMonitor(monitor).call();
			} catch (TransportException | InvalidRemoteException e) {
				return new SyncReport(committed, received, changed, conflicts, notes, false, TeamRepository.describe(e),
						attempt, false);
			}
			checkCancel(monitor);
			received += merge(repository, changed, conflicts, notes);
			checkCancel(monitor);
			if (!aheadOfRemote(repository)) {
				return new SyncReport(committed, received, changed, conflicts, notes, true, null, attempt, false);
			}
			try {
				if (push(git, monitor)) {
					return new SyncReport(committed, received, changed, conflicts, notes, true, null, attempt, true);
				}
			} catch (TransportException | InvalidRemoteException e) {
				return new SyncReport(committed, received, changed, conflicts, notes, false, TeamRepository.describe(e),
						attempt, false);
			}
		}
		throw new TeamException(NLS.bind(Messages.pushKeptFailing, Integer.valueOf(MAX_ATTEMPTS)));
	}

	/** Commits every change of the work tree; returns the message, or {@code null} when there was nothing. */
	String commitLocalWork(Git git) throws GitAPIException, IOException {
		Status status = git.status().call();
		if (status.isClean()) {
			return null;
		}
		String message = ChangeSummary.message(git.getRepository(), status, locale);
		git.add().addFilepattern(".").call(); //$NON-NLS-1$
		git.add().setUpdate(true).addFilepattern(".").call(); //$NON-NLS-1$
		git.commit().setAuthor(who.person()).setCommitter(who.person()).setSign(Boolean.FALSE).setMessage(message).call();
		return message;
	}

	/** Brings the shared branch in; returns how many of its commits were new here. */
	private int merge(Repository repository, List<Path> changed, List<Path> conflicts, List<String> notes)
			throws IOException {
		Ref tracking = repository.exactRef(Constants.R_REMOTES + TeamRepository.REMOTE + "/" + TeamRepository.BRANCH); //$NON-NLS-1$
		ObjectId headId = repository.resolve(Constants.HEAD);
		if (tracking == null) {
			return 0;
		}
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit theirs = walk.parseCommit(tracking.getObjectId());
			if (headId == null) {
				moveTo(repository, null, theirs, changed, "sync: first version"); //$NON-NLS-1$
				return count(repository, null, theirs);
			}
			RevCommit ours = walk.parseCommit(headId);
			if (walk.isMergedInto(theirs, ours)) {
				return 0;
			}
			int incoming = count(repository, ours, theirs);
			if (walk.isMergedInto(ours, theirs)) {
				moveTo(repository, ours, theirs, changed, "sync: fast-forward"); //$NON-NLS-1$
				return incoming;
			}
			TreeMerge treeMerge = new TreeMerge(repository);
			ObjectId tree = treeMerge.merge(ours, theirs);
			RevCommit merged = commitMerge(repository, walk, ours, theirs, tree, treeMerge.notes());
			moveTo(repository, ours, merged, changed, "sync: merge"); //$NON-NLS-1$
			notes.addAll(treeMerge.notes());
			Path root = repository.getWorkTree().toPath();
			for (TreeMerge.Conflicted c : treeMerge.conflicted()) {
				Path file = root.resolve(c.path());
				PendingConflicts.write(file, c.base().name(), c.ours().name(), c.theirs().name(), c.result());
				conflicts.add(file);
			}
			return incoming;
		}
	}

	private RevCommit commitMerge(Repository repository, RevWalk walk, RevCommit ours, RevCommit theirs, ObjectId tree,
			List<String> notes) throws IOException {
		StringBuilder message = new StringBuilder(NLS.bind(Messages.mergeMessage, theirs.getAuthorIdent().getName()));
		message.append("\n\n"); //$NON-NLS-1$
		notes.forEach(n -> message.append(n).append('\n'));
		CommitBuilder commit = new CommitBuilder();
		commit.setTreeId(tree);
		commit.setParentIds(ours, theirs);
		commit.setAuthor(who.person());
		commit.setCommitter(who.person());
		commit.setMessage(message.toString());
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			ObjectId id = inserter.insert(commit);
			inserter.flush();
			return walk.parseCommit(id);
		}
	}

	/**
	 * Writes the files of {@code target} into the work tree, then moves the branch: killed in
	 * between, the files are ahead of the branch and the next sync commits and merges them again.
	 */
	private static void moveTo(Repository repository, RevCommit from, RevCommit target, List<Path> changed, String reflog)
			throws IOException {
		Path root = repository.getWorkTree().toPath();
		if (from != null) {
			try (TreeWalk walk = new TreeWalk(repository)) {
				walk.setRecursive(true);
				walk.addTree(from.getTree());
				walk.addTree(target.getTree());
				walk.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
				for (DiffEntry d : DiffEntry.scan(walk)) {
					changed.add(root.resolve(d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath()));
				}
			}
		}
		DirCacheCheckout checkout = from == null
				? new DirCacheCheckout(repository, repository.lockDirCache(), target.getTree())
				: new DirCacheCheckout(repository, from.getTree(), repository.lockDirCache(), target.getTree());
		checkout.setFailOnConflict(true);
		checkout.checkout();
		Runnable hook = afterFilesWritten;
		if (hook != null) {
			hook.run();
		}
		RefUpdate update = repository.updateRef(Constants.HEAD);
		update.setNewObjectId(target);
		update.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : from);
		update.setRefLogMessage(reflog, false);
		RefUpdate.Result result = update.update();
		if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW && result != RefUpdate.Result.NO_CHANGE) {
			throw new IOException("branch not moved: " + result); //$NON-NLS-1$
		}
	}

	private static int count(Repository repository, RevCommit ours, RevCommit theirs) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(theirs));
			if (ours != null) {
				walk.markUninteresting(walk.parseCommit(ours));
			}
			int n = 0;
			while (walk.next() != null) {
				n++;
			}
			return n;
		}
	}

	private static boolean aheadOfRemote(Repository repository) throws IOException {
		ObjectId head = repository.resolve(Constants.HEAD);
		Ref tracking = repository.exactRef(Constants.R_REMOTES + TeamRepository.REMOTE + "/" + TeamRepository.BRANCH); //$NON-NLS-1$
		return head != null && (tracking == null || !head.equals(tracking.getObjectId()));
	}

	/** @return false when someone else sent first (the caller fetches and merges again) */
	private boolean push(Git git, ProgressMonitor monitor) throws GitAPIException {
		Iterable<PushResult> results = git.push().setRemote(TeamRepository.REMOTE)
				.add(Constants.R_HEADS + TeamRepository.BRANCH).setCredentialsProvider(credentials)
				.setProgressMonitor(monitor).call();
		for (PushResult result : results) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				switch (update.getStatus()) {
				case OK, UP_TO_DATE:
					break;
				case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
					return false;
				default:
					throw new org.eclipse.jgit.api.errors.JGitInternalException(
							update.getStatus() + (update.getMessage() == null ? "" : ": " + update.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return true;
	}

	private static void checkCancel(ProgressMonitor monitor) throws TeamException {
		if (monitor != null && monitor.isCancelled()) {
			throw new TeamException(Messages.cancelled);
		}
	}
}

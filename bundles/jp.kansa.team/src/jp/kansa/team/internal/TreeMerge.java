/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Engagement;
import jp.kansa.model.compare.merge.Conflict;
import jp.kansa.model.compare.merge.ConflictKind;
import jp.kansa.model.compare.merge.MergeResult;
import jp.kansa.model.compare.merge.ModelMerge;

/**
 * Merges two commits into a tree, path by path, never as text: a path only one side changed takes
 * that side; an engagement both sides changed goes through the model merge (its conflicts keep
 * ours' side in the file and are listed for a decision); any other file both sides changed keeps
 * both, theirs under a new name — except the evidence files the model merge already renamed, which
 * go exactly where the merged engagement points.
 */
public final class TreeMerge {

	/** One engagement whose conflicts wait for a person. */
	public record Conflicted(String path, ObjectId base, ObjectId ours, ObjectId theirs, MergeResult result) {
	}

	private final Repository repository;
	private final Map<String, DirCacheEntry> entries = new TreeMap<>();
	private final List<Conflicted> conflicted = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	public TreeMerge(Repository repository) {
		this.repository = repository;
	}

	/** The merged tree of {@code ours} and {@code theirs}; {@link #conflicted()} and {@link #notes()} say what it decided. */
	public ObjectId merge(RevCommit ours, RevCommit theirs) throws IOException {
		RevCommit base = mergeBase(ours, theirs);
		Map<String, ObjectId[]> both = new TreeMap<>();
		Map<String, FileMode> modes = new HashMap<>();
		try (TreeWalk walk = new TreeWalk(repository)) {
			walk.setRecursive(true);
			if (base == null) {
				walk.addTree(new EmptyTreeIterator());
			} else {
				walk.addTree(base.getTree());
			}
			walk.addTree(ours.getTree());
			walk.addTree(theirs.getTree());
			while (walk.next()) {
				String path = walk.getPathString();
				ObjectId b = id(walk, 0), o = id(walk, 1), t = id(walk, 2);
				FileMode mode = walk.getFileMode(1) == FileMode.MISSING ? walk.getFileMode(2) : walk.getFileMode(1);
				modes.put(path, mode);
				if (same(o, t) || same(b, t)) {
					put(path, o, mode);
				} else if (same(b, o)) {
					put(path, t, mode);
				} else {
					both.put(path, new ObjectId[] { b, o, t });
				}
			}
		}
		Map<String, String> evidenceTaken = new HashMap<>();
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			for (Map.Entry<String, ObjectId[]> e : both.entrySet()) {
				ObjectId[] v = e.getValue();
				if (e.getKey().endsWith(".kansa") && v[0] != null && v[1] != null && v[2] != null) { //$NON-NLS-1$
					mergeEngagement(e.getKey(), v, modes.get(e.getKey()), theirs, inserter, evidenceTaken);
				}
			}
			for (Map.Entry<String, ObjectId[]> e : both.entrySet()) {
				String path = e.getKey();
				ObjectId[] v = e.getValue();
				if (entries.containsKey(path) && path.endsWith(".kansa")) { //$NON-NLS-1$
					continue;
				}
				keepBoth(path, v, modes.get(path), evidenceTaken.containsKey(path));
			}
			DirCache cache = DirCache.newInCore();
			DirCacheBuilder builder = cache.builder();
			entries.values().forEach(builder::add);
			builder.finish();
			ObjectId tree = cache.writeTree(inserter);
			inserter.flush();
			return tree;
		}
	}

	private void mergeEngagement(String path, ObjectId[] v, FileMode mode, RevCommit theirs, ObjectInserter inserter,
			Map<String, String> evidenceTaken) throws IOException {
		Engagement base = Versions.load(repository, v[0], path);
		Engagement ours = Versions.load(repository, v[1], path);
		Engagement other = Versions.load(repository, v[2], path);
		MergeResult result = ModelMerge.merge(base, ours, other);
		byte[] merged = Versions.save(result.merged(), path);
		put(path, inserter.insert(Constants.OBJ_BLOB, merged), mode);
		String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		for (Conflict c : result.conflicts()) {
			if (c.kind() == ConflictKind.EVIDENCE_BOTH_KEPT && c.oursText() != null && c.theirsText() != null) {
				// theirs' version of the file goes where the merged engagement's new evidence points
				ObjectId theirsFile = Versions.blob(repository, theirs, folder + c.oursText());
				if (theirsFile != null) {
					put(folder + c.theirsText(), theirsFile, FileMode.REGULAR_FILE);
					evidenceTaken.put(folder + c.oursText(), folder + c.theirsText());
				}
			}
			notes.add(path + ": " + c.kind() + " " + c.path() //$NON-NLS-1$ //$NON-NLS-2$
					+ (c.fieldLabel() == null ? "" : " " + c.fieldLabel())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!result.isClean()) {
			conflicted.add(new Conflicted(path, v[0], v[1], v[2], result));
		}
	}

	/** Both changed a file that is not an engagement: nothing is lost, theirs is kept beside ours. */
	private void keepBoth(String path, ObjectId[] v, FileMode mode, boolean evidenceHandled) {
		ObjectId ours = v[1], theirs = v[2];
		if (ours == null) {
			put(path, theirs, mode); // ours removed it, theirs changed it: the changed file stays
			return;
		}
		put(path, ours, mode);
		if (theirs != null && !evidenceHandled) {
			String copy = renamed(path, "theirs-" + theirs.abbreviate(7).name()); //$NON-NLS-1$
			put(copy, theirs, mode);
			notes.add(NLS.bind(Messages.keptBoth, path, copy));
		}
	}

	static String renamed(String path, String tag) {
		int slash = path.lastIndexOf('/');
		int dot = path.lastIndexOf('.');
		return dot > slash + 1 ? path.substring(0, dot) + '.' + tag + path.substring(dot) : path + '.' + tag;
	}

	private void put(String path, ObjectId blob, FileMode mode) {
		if (blob == null) {
			entries.remove(path);
			return;
		}
		DirCacheEntry entry = new DirCacheEntry(path);
		entry.setFileMode(mode == null || mode == FileMode.MISSING ? FileMode.REGULAR_FILE : mode);
		entry.setObjectId(blob);
		entries.put(path, entry);
	}

	private RevCommit mergeBase(RevCommit ours, RevCommit theirs) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(ours));
			walk.markStart(walk.parseCommit(theirs));
			RevCommit base = walk.next();
			return base == null ? null : walk.parseCommit(base);
		}
	}

	private static ObjectId id(TreeWalk walk, int tree) {
		return walk.getFileMode(tree) == FileMode.MISSING ? null : walk.getObjectId(tree);
	}

	private static boolean same(ObjectId a, ObjectId b) {
		return a == null ? b == null : a.equals(b);
	}

	public List<Conflicted> conflicted() {
		return conflicted;
	}

	/** What the merge decided by itself and people should know (renumbered ids, files kept twice). */
	public List<String> notes() {
		return notes;
	}
}

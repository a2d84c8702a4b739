/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Engagement;
import jp.kansa.model.compare.Difference;
import jp.kansa.model.compare.DifferenceFilter;
import jp.kansa.model.compare.EngagementComparison;
import jp.kansa.model.engagement.EngagementFiles;

/**
 * The message of a commit of local work, written for auditors: per engagement file what the
 * compare core sees changed (the lines {@code kansa diff} prints, bookkeeping stamps left out),
 * per other file whether it was added, changed or removed.
 */
public final class ChangeSummary {

	/** More lines than this and the message names how many were left out. */
	static final int MAX_LINES = 40;

	private ChangeSummary() {
	}

	public static String message(Repository repository, Status status, Locale locale) throws IOException {
		Set<String> added = new TreeSet<>(status.getUntracked());
		added.addAll(status.getAdded());
		Set<String> changed = new TreeSet<>(status.getModified());
		changed.addAll(status.getChanged());
		Set<String> removed = new TreeSet<>(status.getMissing());
		removed.addAll(status.getRemoved());

		List<String> subject = new ArrayList<>();
		List<String> body = new ArrayList<>();
		RevCommit head = head(repository);
		for (String path : union(added, changed, removed)) {
			if (path.endsWith(".kansa")) { //$NON-NLS-1$
				engagementLines(repository, head, path, removed.contains(path), locale, subject, body);
			} else {
				String line = NLS.bind(added.contains(path) ? Messages.fileAdded
						: removed.contains(path) ? Messages.fileRemoved : Messages.fileChanged, path);
				subject.add(line);
				body.add(line);
			}
		}
		StringBuilder message = new StringBuilder();
		message.append(subject.isEmpty() ? Messages.nothingNamed
				: subject.size() == 1 ? subject.get(0) : NLS.bind(Messages.subjectMany, subject.get(0), Integer.valueOf(subject.size() - 1)));
		message.append("\n\n"); //$NON-NLS-1$
		int shown = Math.min(body.size(), MAX_LINES);
		body.subList(0, shown).forEach(l -> message.append(l).append('\n'));
		if (body.size() > shown) {
			message.append(NLS.bind(Messages.moreLines, Integer.valueOf(body.size() - shown))).append('\n');
		}
		return message.toString();
	}

	private static void engagementLines(Repository repository, RevCommit head, String path, boolean removed, Locale locale,
			List<String> subject, List<String> body) {
		try {
			ObjectId before = Versions.blob(repository, head, path);
			if (removed) {
				subject.add(NLS.bind(Messages.fileRemoved, path));
				body.add(NLS.bind(Messages.fileRemoved, path));
				return;
			}
			Engagement now = EngagementFiles.load(repository.getWorkTree().toPath().resolve(path));
			if (before == null) {
				subject.add(NLS.bind(Messages.engagementAdded, path, now.getName()));
				body.add(NLS.bind(Messages.engagementAdded, path, now.getName()));
				return;
			}
			Engagement then = Versions.load(repository, before, path);
			EngagementComparison comparison = EngagementComparison.compare(then, now, locale);
			List<Difference> differences = comparison.differences(DifferenceFilter.PEOPLE);
			if (differences.isEmpty()) {
				subject.add(NLS.bind(Messages.engagementStampsOnly, path));
				return;
			}
			subject.add(differences.size() == 1 ? path + ": " + comparison.line(differences.get(0)) //$NON-NLS-1$
					: NLS.bind(Messages.engagementChanges, path, Integer.valueOf(differences.size())));
			body.add(path + ":"); //$NON-NLS-1$
			differences.forEach(d -> body.add("  " + comparison.line(d))); //$NON-NLS-1$
		} catch (IOException e) {
			// a file that does not load is still committed: nothing the auditor wrote is held back
			subject.add(NLS.bind(Messages.engagementUnreadable, path, e.getMessage()));
		}
	}

	private static RevCommit head(Repository repository) throws IOException {
		ObjectId id = repository.resolve(Constants.HEAD);
		if (id == null) {
			return null;
		}
		try (RevWalk walk = new RevWalk(repository)) {
			return walk.parseCommit(id);
		}
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		Set<String> all = new TreeSet<>();
		for (Set<String> s : sets) {
			all.addAll(s);
		}
		return all;
	}
}

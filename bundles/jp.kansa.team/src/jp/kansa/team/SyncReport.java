/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import jp.kansa.team.internal.Messages;

/**
 * What a sync did, for the status line and the command line.
 *
 * @param committed   the message of the commit of local work, {@code null} when there was none
 * @param received    commits of others merged in (0: nothing new)
 * @param changed     work-tree files the sync rewrote (editors showing them must reload)
 * @param conflicts   engagements with conflicts left to decide (their conflicts files exist)
 * @param notes       what the merge decided by itself and says so
 * @param sent        true when the shared repository now has this machine's work
 * @param offline     why the shared repository could not be reached, {@code null} when it could;
 *                    the work stays committed here and goes with the next sync
 * @param attempts    how many times the sync had to fetch and merge because someone sent first
 * @param pushed      true when this sync sent commits: its own, or work an earlier sync recorded
 *                    while the shared repository was out of reach
 */
public record SyncReport(String committed, int received, List<Path> changed, List<Path> conflicts, List<String> notes,
		boolean sent, String offline, int attempts, boolean pushed) {

	public boolean nothingToDo() {
		return committed == null && received == 0 && conflicts.isEmpty() && offline == null && !pushed;
	}

	/** One paragraph for people. */
	public String summary() {
		if (nothingToDo()) {
			return Messages.reportNothing;
		}
		StringBuilder s = new StringBuilder();
		if (committed != null) {
			s.append(NLS.bind(Messages.reportCommitted, committed.lines().findFirst().orElse(""))).append('\n'); //$NON-NLS-1$
		}
		if (received > 0) {
			s.append(NLS.bind(Messages.reportReceived, Integer.valueOf(received))).append('\n');
		}
		for (Path p : conflicts) {
			s.append(NLS.bind(Messages.reportConflicts, p.getFileName())).append('\n');
		}
		if (offline != null) {
			s.append(NLS.bind(Messages.reportOffline, offline)).append('\n');
		} else if (sent) {
			s.append(Messages.reportSent).append('\n');
		}
		if (s.isEmpty()) {
			s.append(Messages.reportNothing).append('\n');
		}
		return s.toString().strip();
	}
}

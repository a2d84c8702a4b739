/*
 * SPDX-License-Identifier: EPL-2.0
 */

import java.nio.file.Path;
import java.util.Collections;

import jp.kansa.model.compare.Side;
import jp.kansa.team.ConflictResolution;
import jp.kansa.team.Identity;
import jp.kansa.team.PendingConflicts;

/**
 * What the workbench's 競合の解決 dialog does on 解決, run on the built product's own jars: reads
 * the conflicts list {@code kansa merge} wrote when command-line git ran it, takes one side for
 * every conflict (the versions come from git's index stages) and saves and commits the result.
 * Used by merge-driver-check.sh: usage {@code ResolveConflicts FILE ours|theirs NAME EMAIL}.
 */
public final class ResolveConflicts {

	private ResolveConflicts() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]).toAbsolutePath();
		Side side = "theirs".equals(args[1]) ? Side.THEIRS : Side.OURS;
		PendingConflicts pending = PendingConflicts.read(file);
		if (pending == null) {
			System.err.println("no conflicts list beside " + file);
			System.exit(2);
		}
		String message = new ConflictResolution(new Identity(args[2], args[3])).resolve(pending,
				Collections.nCopies(pending.entries().size(), side));
		System.out.println(message);
	}
}

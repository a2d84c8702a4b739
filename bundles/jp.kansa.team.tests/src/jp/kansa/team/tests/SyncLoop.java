/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import jp.kansa.team.Identity;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamSync;

/**
 * The child JVM of {@link KilledSyncTest}: for each line "go" on its input it syncs the folder
 * given as argument, saying "syncing" before and "synced" after, until it is killed.
 */
public final class SyncLoop {

	private SyncLoop() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		TeamSync sync = new TeamSync(new Identity(args[1], args[2]), null, Locale.JAPANESE);
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			System.out.println("syncing");
			System.out.flush();
			SyncReport report = sync.sync(folder, null);
			System.out.println("synced " + report.sent());
			System.out.flush();
		}
	}
}

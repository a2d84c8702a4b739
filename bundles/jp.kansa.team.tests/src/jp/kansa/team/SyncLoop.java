/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The child JVM of {@code KilledSyncTest}: for each line "go" on its input it syncs the folder
 * given as argument, saying "syncing" before and "synced" after, until it is killed. On "hold" the
 * sync stops after a merge has written its files and before the branch moves, says "files
 * written" and waits there for the kill.
 */
public final class SyncLoop {

	private SyncLoop() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		TeamSync sync = new TeamSync(new Identity(args[1], args[2]), null, Locale.JAPANESE);
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			if (line.equals("hold")) {
				TeamSync.afterFilesWritten = () -> {
					System.out.println("files written");
					System.out.flush();
					try {
						Thread.sleep(Long.MAX_VALUE);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				};
			}
			System.out.println("syncing");
			System.out.flush();
			SyncReport report = sync.sync(folder, null);
			System.out.println("synced " + report.sent());
			System.out.flush();
		}
	}
}

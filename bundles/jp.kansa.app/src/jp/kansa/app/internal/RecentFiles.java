/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The engagements the auditor opened last, newest first (ファイル > 最近使ったファイル). Kept in
 * the workspace preferences of this bundle, flushed at every change, so that the list survives a
 * restart and a crash. Other bundles read the newest entry through the preferences service
 * ({@link #QUALIFIER}/{@link #KEY}: one absolute path per line), e.g. to start the open dialog
 * in the folder of the last engagement.
 */
public final class RecentFiles {

	public static final String QUALIFIER = KansaPreferences.QUALIFIER;
	public static final String KEY = "recentFiles"; //$NON-NLS-1$
	/** As many as a menu shows without scrolling, with mnemonics 1–9. */
	public static final int LIMIT = 9;

	private final IEclipsePreferences preferences;

	public RecentFiles() {
		this(InstanceScope.INSTANCE.getNode(QUALIFIER));
	}

	RecentFiles(IEclipsePreferences preferences) {
		this.preferences = preferences;
	}

	/** The remembered files, newest first. */
	public List<Path> list() {
		String stored = preferences.get(KEY, ""); //$NON-NLS-1$
		List<Path> files = new ArrayList<>();
		Arrays.stream(stored.split("\n")).map(String::strip).filter(line -> !line.isEmpty()) //$NON-NLS-1$
				.forEach(line -> files.add(Path.of(line)));
		return files;
	}

	/** Puts the file first (once), drops the oldest past {@link #LIMIT}, and writes the list to disk. */
	public void add(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		List<Path> files = list();
		files.remove(absolute);
		files.add(0, absolute);
		store(files.subList(0, Math.min(files.size(), LIMIT)));
	}

	/** Forgets a file that no longer opens (moved or deleted). */
	public void remove(Path file) {
		List<Path> files = list();
		if (files.remove(file.toAbsolutePath().normalize())) {
			store(files);
		}
	}

	private void store(List<Path> files) {
		StringBuilder text = new StringBuilder();
		for (Path file : files) {
			text.append(file).append('\n');
		}
		preferences.put(KEY, text.toString());
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(RecentFiles.class).warn("Could not save the recent files", e); //$NON-NLS-1$
		}
	}
}

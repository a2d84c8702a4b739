/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One sync at a time on a repository, across processes (workbench, {@code kansa sync}), and the
 * knowledge of whether the previous sync was killed.
 * <p>
 * The file {@code .git/kansa-sync} is locked through the operating system while a sync runs (the
 * lock goes with the process, even on SIGKILL) and says {@code running <start millis>} until the
 * sync ends, then {@code done}. A sync that finds {@code running} in a file nobody locks knows the
 * previous sync died, and that the git lock files written since it started are its leftovers: only
 * those are cleared, and lock files old enough that no git operation still holds them. A fresh lock
 * file of another program (command-line git, an IDE) is never touched: the sync then fails with
 * git's own message and the next one goes through.
 */
public final class SyncLock implements AutoCloseable {

	/** No git operation on an engagement folder holds a lock this long. */
	public static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
	/** File systems (SMB shares) keep modification times to 2 seconds. */
	private static final long CLOCK_SLACK_MILLIS = 2_000;
	private static final String FILE = "kansa-sync"; //$NON-NLS-1$
	private static final String RUNNING = "running "; //$NON-NLS-1$
	private static final String DONE = "done"; //$NON-NLS-1$

	private final FileChannel channel;
	private final FileLock lock;
	private final Long deadSyncStart;

	private SyncLock(FileChannel channel, FileLock lock, Long deadSyncStart) {
		this.channel = channel;
		this.lock = lock;
		this.deadSyncStart = deadSyncStart;
	}

	/** @return the lock, or {@code null} when another sync (this process or another) runs on the repository */
	public static SyncLock acquire(Path gitDir) throws IOException {
		FileChannel channel = FileChannel.open(gitDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException sameProcess) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			return null;
		}
		try {
			ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 256));
			channel.read(content, 0);
			String previous = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip();
			Long dead = null;
			if (previous.startsWith(RUNNING)) {
				try {
					dead = Long.valueOf(previous.substring(RUNNING.length()).strip());
				} catch (NumberFormatException e) {
					dead = Long.valueOf(0); // unreadable: every lock may be its leftover
				}
			}
			SyncLock result = new SyncLock(channel, lock, dead);
			result.write(RUNNING + System.currentTimeMillis());
			return result;
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/** The start of the previous sync if it was killed, else {@code null}. */
	public Long deadSyncStart() {
		return deadSyncStart;
	}

	/**
	 * Deletes the lock files a killed git operation left in {@code gitDir} and returns them: those
	 * written since a killed sync started, and those abandoned for {@link #ABANDONED_AFTER}.
	 */
	public List<Path> clearLeftLocks(Path gitDir) throws IOException {
		List<Path> cleared = new ArrayList<>();
		for (Path lockFile : lockFiles(gitDir)) {
			if (isLeftOver(lockFile, deadSyncStart, System.currentTimeMillis()) && Files.deleteIfExists(lockFile)) {
				cleared.add(lockFile);
			}
		}
		return cleared;
	}

	static boolean isLeftOver(Path lockFile, Long deadSyncStart, long now) throws IOException {
		long modified = Files.getLastModifiedTime(lockFile).toMillis();
		if (deadSyncStart != null && modified >= deadSyncStart.longValue() - CLOCK_SLACK_MILLIS) {
			return true;
		}
		return now - modified > ABANDONED_AFTER.toMillis();
	}

	/** Git's lock files: the index, HEAD, config, packed refs, the gc log and every ref. */
	static List<Path> lockFiles(Path gitDir) throws IOException {
		List<Path> found = new ArrayList<>();
		// gc.log.lock: JGit's automatic gc after a fetch, killed with the sync, would block every later gc
		for (String name : List.of("index.lock", "HEAD.lock", "config.lock", "packed-refs.lock", "ORIG_HEAD.lock", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"gc.log.lock")) { //$NON-NLS-1$
			Path p = gitDir.resolve(name);
			if (Files.isRegularFile(p)) {
				found.add(p);
			}
		}
		Path refs = gitDir.resolve("refs"); //$NON-NLS-1$
		if (Files.isDirectory(refs)) {
			try (Stream<Path> files = Files.walk(refs)) {
				files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".lock")).forEach(found::add); //$NON-NLS-1$
			}
		}
		return found;
	}

	/** The sync ended (well or with a reported failure): the next one has nothing to clear after it. */
	public void finished() throws IOException {
		write(DONE);
	}

	private void write(String state) throws IOException {
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(state.getBytes(StandardCharsets.US_ASCII)), 0);
		channel.force(false);
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}
}

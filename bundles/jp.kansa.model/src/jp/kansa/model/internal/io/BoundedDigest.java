/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * SHA-256 of a file with limits: at most {@code maxBytes} (a file may lie about its size, as
 * files in /proc do), at most {@code timeout}, and stopped when the monitor is cancelled. A read
 * that blocks (a network share that hangs) is broken by closing its channel from a watchdog,
 * which interrupts even a read the kernel holds.
 */
public final class BoundedDigest {

	/** Why a file was not hashed to the end. */
	public static final class LimitException extends IOException {
		private static final long serialVersionUID = 1L;
		private final boolean tooLarge;

		LimitException(boolean tooLarge, String message) {
			super(message);
			this.tooLarge = tooLarge;
		}

		public boolean isTooLarge() {
			return tooLarge;
		}
	}

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "kansa-hash-watchdog"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private static final long WATCH_MS = 50;

	private final long maxBytes;
	private final Duration timeout;

	public BoundedDigest(long maxBytes, Duration timeout) {
		this.maxBytes = maxBytes;
		this.timeout = timeout;
	}

	public long maxBytes() {
		return maxBytes;
	}

	public Duration timeout() {
		return timeout;
	}

	public String sha256(Path file, IProgressMonitor monitor) throws IOException {
		IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
		long deadline = System.nanoTime() + timeout.toNanos();
		MessageDigest digest = newDigest();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
			if (channel.size() > maxBytes) {
				throw tooLarge();
			}
			ScheduledFuture<?> watch = WATCHDOG.scheduleWithFixedDelay(() -> {
				if (progress.isCanceled() || System.nanoTime() > deadline) {
					closeQuietly(channel);
				}
			}, WATCH_MS, WATCH_MS, TimeUnit.MILLISECONDS);
			try {
				ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
				long total = 0;
				for (int n = read(channel, buffer, progress, deadline); n >= 0; n = read(channel, buffer, progress, deadline)) {
					total += n;
					if (total > maxBytes) {
						throw tooLarge();
					}
					buffer.flip();
					digest.update(buffer);
					buffer.clear();
				}
			} finally {
				watch.cancel(false);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private int read(FileChannel channel, ByteBuffer buffer, IProgressMonitor progress, long deadline) throws IOException {
		try {
			checkLimits(progress, deadline);
			return channel.read(buffer);
		} catch (ClosedChannelException closedByWatchdog) {
			checkLimits(progress, deadline);
			throw closedByWatchdog;
		}
	}

	private void checkLimits(IProgressMonitor progress, long deadline) throws LimitException {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (System.nanoTime() > deadline) {
			throw new LimitException(false, FileMessages.get("evidence.tooSlow", Long.toString(timeout.toSeconds()))); //$NON-NLS-1$
		}
	}

	private LimitException tooLarge() {
		return new LimitException(true, FileMessages.get("evidence.tooLarge", Long.toString(maxBytes / (1024 * 1024)))); //$NON-NLS-1$
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		} catch (IOException e) {
			// the reader sees the channel closed either way
		}
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}
}

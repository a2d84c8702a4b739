/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip stream whose compressing runs on a second thread. Deflating is about half the work of a
 * large export and writing the XML the other half, so the caller produces the bytes of an entry
 * while the worker deflates the previous chunk: a two-stage pipeline, nothing in the file
 * changes. The {@link ZipOutputStream} (CRC, deflate, headers, central directory) is only ever
 * touched by the worker, so it needs no locking; chunks travel through a bounded queue and come
 * back through a pool of recycled buffers, so memory stays at a few chunks whatever the size.
 * Used by one producing thread; {@link #finish()} or {@link #abort()} must end every use.
 */
final class DeflatingZip extends OutputStream {

	private static final int CHUNK = 1 << 16;
	private static final int CHUNKS = 8;

	private sealed interface Message {
	}

	private record Entry(String name) implements Message {
	}

	private record Data(byte[] bytes, int length) implements Message {
	}

	private record CloseEntry() implements Message {
	}

	private record Finish() implements Message {
	}

	private final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(CHUNKS);
	private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS + 1);
	private final ZipOutputStream zip;
	private final Thread worker;
	/** The worker's failure; after it the worker only drains the queue so the producer never blocks for good. */
	private volatile IOException failure;
	private volatile boolean aborted;
	private byte[] chunk;
	private int used;

	DeflatingZip(OutputStream out) {
		zip = new ZipOutputStream(out);
		// Deflating is most of the work of a large xlsx; BEST_SPEED is ~3× faster than the
		// default level for a file ~25 % larger, which no one filing a workpaper notices.
		zip.setLevel(Deflater.BEST_SPEED);
		for (int i = 0; i < CHUNKS; i++) {
			free.add(new byte[CHUNK]);
		}
		chunk = new byte[CHUNK];
		worker = new Thread(this::run, "Kansa workpaper deflater");
		worker.setDaemon(true); // never keeps a closing workbench alive
		worker.start();
	}

	void putNextEntry(String name) throws IOException {
		send(new Entry(name));
	}

	void closeEntry() throws IOException {
		handOff();
		send(new CloseEntry());
	}

	/** Finishes the zip (central directory) and waits for the worker; the underlying stream stays open. */
	void finish() throws IOException {
		handOff();
		send(new Finish());
		join();
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Stops the worker after a failure of the producer, leaving the zip unfinished. Not by
	 * interrupting it: an interrupt during a write would close the caller's file channel.
	 */
	void abort() {
		aborted = true;
		try {
			queue.put(new Finish()); // the worker keeps taking, so this waits for at most a few chunks
			worker.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void write(int b) throws IOException {
		if (used == CHUNK) {
			handOff();
		}
		chunk[used++] = (byte) b;
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		while (length > 0) {
			if (used == CHUNK) {
				handOff();
			}
			int n = Math.min(length, CHUNK - used);
			System.arraycopy(bytes, offset, chunk, used, n);
			used += n;
			offset += n;
			length -= n;
		}
	}

	private void handOff() throws IOException {
		if (used == 0) {
			return;
		}
		send(new Data(chunk, used));
		try {
			chunk = free.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException();
		}
		used = 0;
	}

	private void send(Message message) throws IOException {
		if (failure != null) {
			throw failure;
		}
		try {
			queue.put(message);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException();
		}
	}

	private void join() throws InterruptedIOException {
		try {
			worker.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException();
		}
	}

	private void run() {
		try {
			while (true) {
				Message message = queue.take();
				if (message instanceof Finish) {
					if (failure == null && !aborted) {
						zip.finish();
					}
					return;
				}
				try {
					if (failure == null && !aborted) {
						apply(message);
					}
				} catch (IOException | RuntimeException e) {
					failure = e instanceof IOException io ? io : new IOException(e);
				} finally {
					if (message instanceof Data data) {
						free.add(data.bytes());
					}
				}
			}
		} catch (IOException e) {
			failure = e;
		} catch (RuntimeException e) {
			failure = new IOException(e);
		} catch (InterruptedException e) {
			failure = new InterruptedIOException();
		}
	}

	private void apply(Message message) throws IOException {
		if (message instanceof Data data) {
			zip.write(data.bytes(), 0, data.length());
		} else if (message instanceof Entry entry) {
			zip.putNextEntry(new ZipEntry(entry.name()));
		} else if (message instanceof CloseEntry) {
			zip.closeEntry();
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.changelog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;

import jp.kansa.model.ChangeKind;
import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.changelog.LogVerdict.Problem;

/**
 * One pass over the records of a log as read from the file, without making entries: each record's
 * number and hash are checked exactly as {@link ChangeLogVerifier} checks entries (same verdict,
 * same entry named), and the fingerprint of the last save is found. What opening a file needs of
 * a long log, at the cost of hashing its text once.
 * <p>
 * Records are read as UTF-8 bytes: {@code |}, {@code \} and the line feed are single bytes that no
 * multi-byte character contains, so fields are found without decoding text, and the hash is taken
 * over the very bytes of the file's text. A record that is not plainly well formed (an escape in
 * a field the check reads, a field missing, an unknown kind or instant) is decoded the slow way,
 * as the entries will be ({@link ChangeLogRecords#decode}), so the verdict is the same.
 *
 * @param count              the number of records
 * @param chain              the first problem of numbering or hashing, {@link LogVerdict#INTACT} if none
 * @param firstBadIndex      the index of the first record whose hash is wrong, or -1
 * @param lastSequence       the number of the last record
 * @param lastSealedSequence the number of the last record carrying a state fingerprint, or 0
 * @param lastSealedState    that fingerprint, or {@code null} when no record carries one
 * @param lastHash           the last record's hash, empty when it has none: what the next entry follows
 * @param lastPreviousHash   the hash the last record follows
 */
record RecordScan(int count, LogVerdict chain, int firstBadIndex, long lastSequence, long lastSealedSequence,
		String lastSealedState, String lastHash, String lastPreviousHash) {

	private static final int FIELDS = 11;
	private static final int KIND = 1;
	private static final int WHEN = 3;
	private static final int STATE = 9;
	private static final int HASH = 10;
	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

	/** How many records were hashed (all): the entries made from them need not be hashed again. */
	int hashed() {
		return count;
	}

	static RecordScan of(String block) {
		return new Scanner(block.getBytes(StandardCharsets.UTF_8)).scan();
	}

	private static final class Scanner {
		private final byte[] bytes;
		private final MessageDigest digest = ChangeLogs.newDigest();
		private final int[] separators = new int[FIELDS - 1];
		private final byte[] hex = new byte[64];
		/** The previous record's hash as written, empty when it had none. */
		private byte[] previous = ChangeLogs.GENESIS.getBytes(StandardCharsets.US_ASCII);

		// what the record just read holds
		private long sequence;
		private boolean hashOk;
		private byte[] hash;
		private String state;
		private int stateStart = -1;
		private int stateEnd;

		Scanner(byte[] bytes) {
			this.bytes = bytes;
		}

		RecordScan scan() {
			int index = 0;
			long expected = 1;
			LogVerdict chain = null;
			int firstBad = -1;
			long lastSequence = 0;
			long sealedSequence = 0;
			String sealedState = null;
			int sealedStart = -1;
			int sealedEnd = 0;
			byte[] beforeLast = previous;
			int start = 0;
			while (start <= bytes.length) {
				beforeLast = previous;
				int end = lineEnd(start);
				state = null;
				stateStart = -1;
				if (!readPlain(start, end)) {
					readDecoded(start, end, index + 1);
				}
				if (!hashOk && firstBad < 0) {
					firstBad = index;
				}
				if (chain == null) {
					if (sequence > expected) {
						chain = new LogVerdict(Problem.ENTRY_MISSING, expected, List.of());
					} else if (sequence != expected) {
						chain = new LogVerdict(Problem.ENTRY_OUT_OF_PLACE, sequence, List.of());
					} else if (!hashOk) {
						chain = new LogVerdict(Problem.ENTRY_CHANGED, sequence, List.of());
					}
					expected++;
				}
				if (stateStart >= 0) {
					sealedSequence = sequence;
					sealedStart = stateStart;
					sealedEnd = stateEnd;
					sealedState = null;
				} else if (state != null) {
					sealedSequence = sequence;
					sealedStart = -1;
					sealedState = state;
				}
				previous = hash == null ? new byte[0] : hash;
				lastSequence = sequence;
				index++;
				start = end + 1;
			}
			if (sealedStart >= 0) {
				sealedState = new String(bytes, sealedStart, sealedEnd - sealedStart, StandardCharsets.UTF_8);
			}
			return new RecordScan(index, chain == null ? LogVerdict.INTACT : chain, firstBad, lastSequence,
					sealedSequence, sealedState, new String(previous, StandardCharsets.UTF_8),
					new String(beforeLast, StandardCharsets.UTF_8));
		}

		private int lineEnd(int start) {
			for (int i = start; i < bytes.length; i++) {
				if (bytes[i] == '\n') {
					return i;
				}
			}
			return bytes.length;
		}

		/**
		 * The common case, read in place: eleven fields, no escape where the check reads, a plain
		 * number, a known kind and instant, a hash. {@code false} when the record needs decoding.
		 */
		private boolean readPlain(int start, int end) {
			int found = 0;
			boolean escaped = false;
			boolean escapeInReadField = false;
			for (int i = start; i < end; i++) {
				byte b = bytes[i];
				if (b == '\\') {
					escaped = true;
					i++; // the escaped character is never a separator
				} else if (b == '|') {
					if (found == FIELDS - 1) {
						return false; // more fields than a record has
					}
					if (escaped && readsField(found)) {
						escapeInReadField = true;
					}
					escaped = false;
					separators[found++] = i;
				}
			}
			if (found != FIELDS - 1 || escapeInReadField || escaped) {
				return false; // escaped && found == 10: an escape in the hash
			}
			if (!plainSequence(start, separators[0])) {
				return false;
			}
			int kindStart = separators[KIND - 1] + 1;
			if (kindStart < separators[KIND]
					&& ChangeKind.get(new String(bytes, kindStart, separators[KIND] - kindStart, StandardCharsets.UTF_8)) == null) {
				return false;
			}
			int whenStart = separators[WHEN - 1] + 1;
			if (whenStart < separators[WHEN]) {
				try {
					ChangeLogRecords.instant(new String(bytes, whenStart, separators[WHEN] - whenStart, StandardCharsets.ISO_8859_1));
				} catch (DateTimeException e) {
					return false;
				}
			}
			int hashStart = separators[HASH - 1] + 1;
			if (hashStart == end) {
				return false; // no hash: the decoded entry says so
			}
			hash = Arrays.copyOfRange(bytes, hashStart, end);
			digest.reset();
			digest.update(previous);
			digest.update((byte) '|');
			digest.update(bytes, start, hashStart - start);
			hashOk = end - hashStart == hex.length && Arrays.equals(hex(digest.digest()), 0, hex.length, bytes, hashStart, end);
			int stateFieldStart = separators[STATE - 1] + 1;
			if (stateFieldStart < separators[STATE]) {
				stateStart = stateFieldStart;
				stateEnd = separators[STATE];
			}
			return true;
		}

		/** Fields whose value the scan uses: the number, the kind, the instant, the state. */
		private static boolean readsField(int field) {
			return field == 0 || field == KIND || field == WHEN || field == STATE;
		}

		/** Digits only and short enough for a long: what {@link Long#parseLong} reads alike. */
		private boolean plainSequence(int start, int end) {
			if (end == start || end - start > 18) {
				return false;
			}
			long value = 0;
			for (int i = start; i < end; i++) {
				byte b = bytes[i];
				if (b < '0' || b > '9') {
					return false;
				}
				value = value * 10 + (b - '0');
			}
			sequence = value;
			return true;
		}

		private byte[] hex(byte[] digestBytes) {
			for (int i = 0; i < digestBytes.length; i++) {
				hex[2 * i] = HEX[(digestBytes[i] >> 4) & 0xf];
				hex[2 * i + 1] = HEX[digestBytes[i] & 0xf];
			}
			return hex;
		}

		/** Anything unusual: decoded as the entry will be, and judged as the verifier judges it. */
		private void readDecoded(int start, int end, long expectedSequence) {
			String record = new String(bytes, start, end - start, StandardCharsets.UTF_8);
			ChangeLogEntry entry = ChangeLogRecords.decode(record, expectedSequence);
			sequence = entry.getSequence();
			state = entry.getState();
			stateStart = -1;
			String entryHash = entry.getHash();
			hash = entryHash == null ? null : entryHash.getBytes(StandardCharsets.UTF_8);
			hashOk = entryHash != null && entryHash.equals(ChangeLogs.sha256(ChangeLogs
					.canonical(new String(previous, StandardCharsets.UTF_8), ChangeLogRecords.withoutHash(record))));
		}
	}
}

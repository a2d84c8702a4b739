/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.changelog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.common.util.EList;

import jp.kansa.model.ChangeKind;
import jp.kansa.model.ChangeLog;
import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;

/**
 * Appending to the 変更履歴 and hashing its entries. Each entry's hash is the SHA-256 of its
 * canonical form, which includes the previous entry's hash: changing or removing any entry breaks
 * every hash after it. Appending reads only the last entry, so it costs the same for the first
 * entry and the millionth.
 */
public final class ChangeLogs {

	/** The previous hash of the first entry. */
	public static final String GENESIS = "0".repeat(64); //$NON-NLS-1$

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ChangeLogs::newDigest);

	private ChangeLogs() {
	}

	/** The engagement's log, created (empty) when the engagement has none yet. */
	public static ChangeLog logOf(Engagement engagement) {
		ChangeLog log = engagement.getChangeLog();
		if (log == null) {
			log = KansaFactory.eINSTANCE.createChangeLog();
			engagement.setChangeLog(log);
		}
		return log;
	}

	/**
	 * The last entry, or {@code null} for an empty log. Of a log read from a file and not appended
	 * to since, the last record read on its own (the others stay text): look, do not change.
	 */
	public static ChangeLogEntry last(ChangeLog log) {
		return ChangeLogRecords.last(log);
	}

	/** The number of entries; O(1), also for a log whose records are still text. */
	public static int size(ChangeLog log) {
		return ChangeLogRecords.size(log);
	}

	/** Drops every entry after the first {@code size}: a failed save's, so that the retry records them once. */
	public static void truncate(ChangeLog log, int size) {
		ChangeLogRecords.truncate(log, size);
	}

	/**
	 * Appends one entry, chained to the last one. O(1): only the last entry is read.
	 *
	 * @return the new entry, already hashed
	 */
	public static ChangeLogEntry append(ChangeLog log, ChangeKind kind, String who, Instant when, String elementId,
			String path, String feature, String oldValue, String newValue) {
		ChangeLogEntry previous = last(log);
		ChangeLogEntry entry = KansaFactory.eINSTANCE.createChangeLogEntry();
		entry.setSequence(previous == null ? 1 : previous.getSequence() + 1);
		entry.setKind(kind);
		// empty text is stored as nothing: the file writes both the same way
		entry.setWho(orNull(who));
		entry.setWhen(when);
		entry.setElementId(orNull(elementId));
		entry.setPath(orNull(path));
		entry.setFeature(orNull(feature));
		entry.setOldValue(orNull(oldValue));
		entry.setNewValue(orNull(newValue));
		entry.setPreviousHash(previous == null ? GENESIS : previous.getHash());
		entry.setHash(hashOf(entry));
		ChangeLogRecords.add(log, entry);
		return entry;
	}

	/**
	 * Closes a save: the last entry carries the fingerprint of the content as saved (and is hashed
	 * again, which touches only that entry), the log keeps the per-element digests.
	 */
	public static void seal(ChangeLog log, StateFingerprint state) {
		List<ChangeLogEntry> appended = ChangeLogRecords.appendedSinceRead(log);
		// an entry of the list: a record still held as text would be sealed in a copy
		ChangeLogEntry lastEntry = appended == null || appended.isEmpty() ? lastOfList(log)
				: appended.get(appended.size() - 1);
		if (lastEntry == null) {
			throw new IllegalStateException("a change log is sealed after an entry"); //$NON-NLS-1$
		}
		lastEntry.setState(state.hash());
		lastEntry.setHash(hashOf(lastEntry));
		log.setElementDigests(state.table());
	}

	private static ChangeLogEntry lastOfList(ChangeLog log) {
		EList<ChangeLogEntry> entries = log.getEntries();
		return entries.isEmpty() ? null : entries.get(entries.size() - 1);
	}

	/** The hash an entry must have: SHA-256 (hex) of {@link #canonical(ChangeLogEntry)}. */
	public static String hashOf(ChangeLogEntry entry) {
		return sha256(canonical(entry));
	}

	/**
	 * The entry as hashed: the previous entry's hash, then the entry's fields exactly as the file
	 * writes them ({@link ChangeLogRecords}), so a file's records are checked as they are read,
	 * without formatting anything again.
	 */
	public static String canonical(ChangeLogEntry entry) {
		return canonical(entry.getPreviousHash(), ChangeLogRecords.fields(entry));
	}

	static String canonical(String previousHash, String fields) {
		return (previousHash == null ? "" : previousHash) + '|' + fields; //$NON-NLS-1$
	}

	/** Who made a change, as the log writes it: {@code 氏名 <mail>}, else the system user. */
	public static String who(String name, String email) {
		String n = name == null ? "" : name.strip(); //$NON-NLS-1$
		String m = email == null ? "" : email.strip(); //$NON-NLS-1$
		if (n.isEmpty() && m.isEmpty()) {
			return System.getProperty("user.name", "?"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return m.isEmpty() ? n : n.isEmpty() ? '<' + m + '>' : n + " <" + m + '>'; //$NON-NLS-1$
	}

	/** The entries of the log, or none. */
	public static List<ChangeLogEntry> entries(Engagement engagement) {
		ChangeLog log = engagement.getChangeLog();
		return log == null ? List.of() : log.getEntries();
	}

	private static String orNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	static String sha256(String text) {
		MessageDigest digest = SHA256.get();
		digest.reset();
		return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}
}

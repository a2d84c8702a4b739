/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.changelog;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;

import jp.kansa.model.ChangeKind;
import jp.kansa.model.ChangeLog;
import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.internal.changelog.ChangeLogSpec;

/**
 * How the 変更履歴 sits in the file: one text record per entry instead of one XMI element with
 * eleven attributes, because 100,000 such elements took seconds to read (the XMI loader converts
 * and sets every attribute reflectively) while 100,000 lines of text take a fraction of that.
 * <p>
 * A record is {@code sequence|kind|who|when|elementId|path|feature|oldValue|newValue|state|hash};
 * in a value, {@code \} is written {@code \\}, {@code |} {@code \p}, a line feed {@code \n}, a
 * carriage return {@code \r} and a tab {@code \t}; nothing is an empty field. The previous hash
 * is not written: it is the hash of the record before, so a record deleted or moved breaks the
 * hash of the one after it. A record that cannot be read becomes an entry without a hash, which
 * the verifier reports as changed.
 * <p>
 * The file holds every record in one {@code <records>} element, one record per line (a record
 * never holds a raw line break), so that the XML parser sees one string, not 100,000 elements.
 * Files written before held one element per record; both read the same way: every value is split
 * into lines. On opening, the records are only scanned ({@link RecordScan}: numbers, hashes, the
 * last fingerprint), and become entries when the entries are first asked for
 * ({@link #materialize}); a log nobody asked for is written back as it was read.
 */
public final class ChangeLogRecords {

	private static final int FIELDS = 11;

	private ChangeLogRecords() {
	}

	/** Before writing: the entries of every log in the resource as one block of records. */
	public static void write(Resource resource) {
		for (ChangeLog log : logs(resource)) {
			boolean deliver = log.eDeliver();
			log.eSetDeliver(false);
			try {
				EList<String> records = log.getRecords();
				records.clear();
				PendingRecords pending = PendingRecords.of(log);
				String block;
				if (pending == null) {
					block = block(log.getEntries());
				} else {
					// the records as read, then what was appended since
					List<ChangeLogEntry> appended = held(log);
					block = appended.isEmpty() ? pending.block : pending.block + '\n' + block(appended);
				}
				if (!block.isEmpty()) {
					records.add(block);
				}
			} finally {
				log.eSetDeliver(deliver);
			}
		}
	}

	private static String block(List<ChangeLogEntry> entries) {
		StringBuilder block = new StringBuilder(entries.size() * 240);
		for (ChangeLogEntry entry : entries) {
			if (!block.isEmpty()) {
				block.append('\n');
			}
			block.append(encode(entry));
		}
		return block.toString();
	}

	/** After writing, or after reading: the records are dropped, the entries (or the text kept) hold the log. */
	public static void clear(Resource resource) {
		for (ChangeLog log : logs(resource)) {
			boolean deliver = log.eDeliver();
			log.eSetDeliver(false);
			log.getRecords().clear();
			log.eSetDeliver(deliver);
		}
	}

	/**
	 * After reading: the records are scanned (every number and hash checked on the text as read,
	 * nothing formatted again) and kept as text until the entries are asked for.
	 */
	public static void read(Resource resource) {
		for (ChangeLog log : logs(resource)) {
			boolean deliver = log.eDeliver();
			log.eSetDeliver(false);
			try {
				EList<String> records = log.getRecords();
				String block = records.size() == 1 ? records.get(0) : String.join("\n", records); //$NON-NLS-1$
				records.clear();
				if (!block.isEmpty()) {
					PendingRecords.keep(log, block, RecordScan.of(block));
					if (!(log instanceof ChangeLogSpec)) {
						materialize(log); // only the model's own class keeps records as text
					}
				}
			} finally {
				log.eSetDeliver(deliver);
			}
		}
	}

	/**
	 * The records kept as text become entries (once; the model calls this before handing out the
	 * entries). Without kept records, nothing happens.
	 */
	public static void materialize(ChangeLog log) {
		// once, also when a background reader (a validation job) and the UI ask at the same time
		synchronized (log) {
			materializeOnce(log);
		}
	}

	private static void materializeOnce(ChangeLog log) {
		PendingRecords pending = PendingRecords.take(log);
		if (pending == null) {
			return;
		}
		boolean deliver = log.eDeliver();
		log.eSetDeliver(false);
		try {
			String block = pending.block;
			List<ChangeLogEntry> entries = new ArrayList<>(pending.scan.count());
			String previous = ChangeLogs.GENESIS;
			int start = 0;
			while (start <= block.length()) {
				int end = block.indexOf('\n', start);
				if (end < 0) {
					end = block.length();
				}
				ChangeLogEntry entry = decode(block.substring(start, end), entries.size() + 1);
				entry.setPreviousHash(previous);
				previous = entry.getHash() == null ? "" : entry.getHash(); //$NON-NLS-1$
				entries.add(entry);
				start = end + 1;
			}
			ReadCheck.remember(log, pending.scan.hashed(), pending.scan.firstBadIndex());
			// before what was appended since; addAll would first look for duplicates one by one
			((InternalEList<ChangeLogEntry>) held(log)).addAllUnique(0, entries);
		} finally {
			log.eSetDeliver(deliver);
		}
	}

	/** The list as held: the entries appended since reading while records are still text, else all. */
	private static List<ChangeLogEntry> held(ChangeLog log) {
		return log instanceof ChangeLogSpec spec ? spec.entriesAsHeld() : log.getEntries();
	}

	/** The number of entries, without making entries of records held as text. */
	static int size(ChangeLog log) {
		PendingRecords pending = PendingRecords.of(log);
		return pending == null ? log.getEntries().size() : pending.scan.count() + held(log).size();
	}

	/**
	 * The last entry, or {@code null}; while records are held as text and nothing was appended since,
	 * the last record decoded on its own (not part of the list: to be read, not changed).
	 */
	static ChangeLogEntry last(ChangeLog log) {
		PendingRecords pending = PendingRecords.of(log);
		List<ChangeLogEntry> held = pending == null ? log.getEntries() : held(log);
		if (!held.isEmpty()) {
			return held.get(held.size() - 1);
		}
		return pending == null ? null : pending.lastRecord();
	}

	/** Appends without making entries of records held as text. */
	static void add(ChangeLog log, ChangeLogEntry entry) {
		(PendingRecords.of(log) == null ? log.getEntries() : held(log)).add(entry);
	}

	/** Drops the entries after the first {@code size} (a failed save's), appended ones only if it can. */
	static void truncate(ChangeLog log, int size) {
		PendingRecords pending = PendingRecords.of(log);
		if (pending != null && size < pending.scan.count()) {
			materialize(log);
			pending = null;
		}
		List<ChangeLogEntry> held = pending == null ? log.getEntries() : held(log);
		int keep = pending == null ? size : size - pending.scan.count();
		while (held.size() > keep) {
			held.remove(held.size() - 1);
		}
	}

	/** The entries appended since the file was read while its records are still text, else {@code null}. */
	static List<ChangeLogEntry> appendedSinceRead(ChangeLog log) {
		return PendingRecords.of(log) == null ? null : held(log);
	}

	/** What scanning the records found, while they are still text; {@code null} once they are entries. */
	static RecordScan pendingScan(ChangeLog log) {
		PendingRecords pending = PendingRecords.of(log);
		return pending == null ? null : pending.scan;
	}

	/** The records of a log read from a file, kept as text until the entries are asked for. */
	private static final class PendingRecords extends AdapterImpl {
		final String block;
		final RecordScan scan;

		private ChangeLogEntry lastRecord;

		private PendingRecords(String block, RecordScan scan) {
			this.block = block;
			this.scan = scan;
		}

		ChangeLogEntry lastRecord() {
			if (lastRecord == null) {
				lastRecord = decode(block.substring(block.lastIndexOf('\n') + 1), scan.count());
				lastRecord.setPreviousHash(scan.lastPreviousHash());
			}
			return lastRecord;
		}

		static void keep(ChangeLog log, String block, RecordScan scan) {
			log.eAdapters().removeIf(PendingRecords.class::isInstance);
			log.eAdapters().add(new PendingRecords(block, scan));
		}

		static PendingRecords of(ChangeLog log) {
			for (Adapter adapter : log.eAdapters()) {
				if (adapter instanceof PendingRecords pending) {
					return pending;
				}
			}
			return null;
		}

		static PendingRecords take(ChangeLog log) {
			PendingRecords pending = of(log);
			if (pending != null) {
				log.eAdapters().remove(pending);
			}
			return pending;
		}
	}

	static String encode(ChangeLogEntry entry) {
		String fields = fields(entry);
		return entry.getHash() == null ? fields : fields + entry.getHash();
	}

	/** The record without its hash: every field followed by {@code |}. What the hash covers. */
	static String fields(ChangeLogEntry entry) {
		StringBuilder out = new StringBuilder(256);
		out.append(entry.getSequence()).append('|');
		value(out, entry.getKind() == null ? null : entry.getKind().getLiteral());
		value(out, entry.getWho());
		value(out, entry.getWhen() == null ? null : entry.getWhen().toString());
		value(out, entry.getElementId());
		value(out, entry.getPath());
		value(out, entry.getFeature());
		value(out, entry.getOldValue());
		value(out, entry.getNewValue());
		value(out, entry.getState());
		return out.toString();
	}

	static ChangeLogEntry decode(String record, long expectedSequence) {
		ChangeLogEntry entry = KansaFactory.eINSTANCE.createChangeLogEntry();
		List<String> fields = split(record);
		try {
			entry.setSequence(Long.parseLong(fields.get(0)));
		} catch (NumberFormatException e) {
			entry.setSequence(expectedSequence);
			return entry; // no hash: reported as changed at its place
		}
		if (fields.size() != FIELDS) {
			return entry;
		}
		ChangeKind kind = fields.get(1) == null ? null : ChangeKind.get(fields.get(1));
		try {
			entry.setWhen(fields.get(3) == null ? null : instant(fields.get(3)));
		} catch (DateTimeParseException e) {
			return entry;
		}
		if (fields.get(1) != null && kind == null) {
			return entry;
		}
		entry.setKind(kind);
		entry.setWho(fields.get(2));
		entry.setElementId(fields.get(4));
		entry.setPath(fields.get(5));
		entry.setFeature(fields.get(6));
		entry.setOldValue(fields.get(7));
		entry.setNewValue(fields.get(8));
		entry.setState(fields.get(9));
		entry.setHash(fields.get(10));
		return entry;
	}

	/**
	 * {@code 2026-10-01T01:02:03Z}, as {@link Instant#toString()} writes a whole second, read
	 * without the general parser (a third of the time of reading a long log went into it).
	 */
	static Instant instant(String text) {
		if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
				&& text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
			try {
				return java.time.LocalDateTime.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
						Integer.parseInt(text, 8, 10, 10), Integer.parseInt(text, 11, 13, 10),
						Integer.parseInt(text, 14, 16, 10), Integer.parseInt(text, 17, 19, 10))
						.toInstant(java.time.ZoneOffset.UTC);
			} catch (NumberFormatException | java.time.DateTimeException e) {
				// not that form after all: the general parser decides
			}
		}
		return Instant.parse(text);
	}

	static String withoutHash(String record) {
		return record.substring(0, record.lastIndexOf('|') + 1);
	}

	private static void value(StringBuilder out, String value) {
		if (value != null) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
				case '\\' -> out.append("\\\\"); //$NON-NLS-1$
				case '|' -> out.append("\\p"); //$NON-NLS-1$
				case '\n' -> out.append("\\n"); //$NON-NLS-1$
				case '\r' -> out.append("\\r"); //$NON-NLS-1$
				case '\t' -> out.append("\\t"); //$NON-NLS-1$
				default -> out.append(c);
				}
			}
		}
		out.append('|');
	}

	/** The fields of a record, unescaped; an empty field is {@code null}. */
	private static List<String> split(String record) {
		List<String> fields = new ArrayList<>(FIELDS);
		StringBuilder field = new StringBuilder();
		for (int i = 0; i < record.length(); i++) {
			char c = record.charAt(i);
			if (c == '|') {
				fields.add(field.isEmpty() ? null : field.toString());
				field.setLength(0);
			} else if (c == '\\' && i + 1 < record.length()) {
				char next = record.charAt(++i);
				field.append(switch (next) {
				case 'p' -> '|';
				case 'n' -> '\n';
				case 'r' -> '\r';
				case 't' -> '\t';
				default -> next;
				});
			} else {
				field.append(c);
			}
		}
		fields.add(field.isEmpty() ? null : field.toString());
		return fields;
	}

	private static List<ChangeLog> logs(Resource resource) {
		List<ChangeLog> logs = new ArrayList<>(1);
		for (EObject root : resource.getContents()) {
			if (root instanceof Engagement engagement && engagement.getChangeLog() != null) {
				logs.add(engagement.getChangeLog());
			}
		}
		return logs;
	}
}

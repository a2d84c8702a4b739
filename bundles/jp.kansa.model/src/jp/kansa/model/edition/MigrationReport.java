/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.edition;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every check, sign-off and finding an {@link EditionMigration} moved to another check point id,
 * and every one it left orphaned (its id is not in the new edition). Nothing is dropped silently:
 * an orphan stays in the engagement under its old id, where KANSA-CHECKPOINT-UNKNOWN points at it.
 */
public final class MigrationReport {

	/** What happened to one element's check point id. */
	public enum Change {
		RENAMED, SPLIT, MERGED,
		/** The mapping removes the id: the element keeps it and is orphaned. */
		REMOVED,
		/** Neither the mapping nor the new edition's catalog knows the id: orphaned. */
		NOT_IN_CATALOG;

		public boolean orphans() {
			return this == REMOVED || this == NOT_IN_CATALOG;
		}
	}

	/** What an element is, for the report's wording. */
	public enum Subject {
		CHECK, SIGN_OFF, FINDING
	}

	/**
	 * One moved or orphaned element.
	 *
	 * @param where       the element as people know it: {@code C-1 × 2-A-9-②}, a sign-off or finding id
	 * @param reviewNeeded the auditor must look again (a split or merged check's 評価, a sign-off now on another id)
	 * @param note        what the migration had to decide, or empty
	 * @param line        the mapping line that applied, 0 when none did
	 */
	public record Entry(Change change, Subject subject, String elementId, String where, String oldId, List<String> newIds,
			boolean reviewNeeded, String note, int line) {

		public Entry {
			newIds = List.copyOf(newIds);
		}
	}

	private static final String MESSAGES = "jp.kansa.model.edition.messages";

	private final String editionBefore;
	private final String editionAfter;
	private final List<Entry> entries = new ArrayList<>();

	MigrationReport(String editionBefore, String editionAfter) {
		this.editionBefore = editionBefore;
		this.editionAfter = editionAfter;
	}

	void add(Entry entry) {
		entries.add(entry);
	}

	/** The edition the engagement recorded before (empty when it recorded none). */
	public String editionBefore() {
		return editionBefore;
	}

	public String editionAfter() {
		return editionAfter;
	}

	/** Every entry, in the order of the engagement: checks, then sign-offs, then findings. */
	public List<Entry> entries() {
		return Collections.unmodifiableList(entries);
	}

	public List<Entry> moved() {
		return entries.stream().filter(e -> !e.change().orphans()).toList();
	}

	public List<Entry> orphaned() {
		return entries.stream().filter(e -> e.change().orphans()).toList();
	}

	public List<Entry> reviewNeeded() {
		return entries.stream().filter(Entry::reviewNeeded).toList();
	}

	/** One line per entry, in the given language. */
	public List<String> lines(Locale locale) {
		ResourceBundle messages = ResourceBundle.getBundle(MESSAGES, locale, MigrationReport.class.getClassLoader());
		List<String> lines = new ArrayList<>();
		for (Entry entry : entries) {
			String text = MessageFormat.format(messages.getString("report." + entry.change().name()), //$NON-NLS-1$
					entry.where(), entry.oldId(), String.join(", ", entry.newIds()), editionAfter); //$NON-NLS-1$
			if (entry.reviewNeeded()) {
				text += messages.getString("report.review"); //$NON-NLS-1$
			}
			if (!entry.note().isEmpty()) {
				text += MessageFormat.format(messages.getString("report.note"), entry.note()); //$NON-NLS-1$
			}
			lines.add(text);
		}
		return lines;
	}

	/** The summary line: edition before → after, counts of moved, orphaned and to review. */
	public String summary(Locale locale) {
		ResourceBundle messages = ResourceBundle.getBundle(MESSAGES, locale, MigrationReport.class.getClassLoader());
		String before = editionBefore.isEmpty() ? messages.getString("report.noEdition") : editionBefore; //$NON-NLS-1$
		return MessageFormat.format(messages.getString("report.summary"), before, editionAfter, moved().size(), //$NON-NLS-1$
				orphaned().size(), reviewNeeded().size());
	}
}

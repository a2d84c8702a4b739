/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.List;
import java.util.Locale;

import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.Engagement;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.compare.log.ChangeLogText;

/**
 * 変更履歴: the engagement's change log, one row per entry in the order written — who, when
 * (JST), what, where, which field, before and after — with the hash that chains it, so a reader
 * can check an entry against the file.
 */
public final class ChangeLogSheet {

	private final WorkpaperText text;
	private final ChangeLogText entries;
	private final List<ChangeLogEntry> rows;

	public ChangeLogSheet(Engagement engagement, Locale locale, WorkpaperText text) {
		this.text = text;
		this.entries = new ChangeLogText(locale, engagement);
		this.rows = ChangeLogs.entries(engagement);
	}

	/** Only an engagement with a log gets the sheet: an older file has nothing to show yet. */
	public static boolean applies(Engagement engagement) {
		return !ChangeLogs.entries(engagement).isEmpty();
	}

	public Table<ChangeLogEntry> table() {
		List<Column<ChangeLogEntry>> columns = List.of(
				Column.id(text.get("col.id"), e -> e.getElementId()), //$NON-NLS-1$
				Column.<ChangeLogEntry>number(text.get("col.logSequence"), 7, e -> Long.valueOf(e.getSequence())) //$NON-NLS-1$
						.withKey("sequence"), //$NON-NLS-1$
				Column.<ChangeLogEntry>text(text.get("col.logWhen"), 18, entries::when).withKey("when"), //$NON-NLS-1$ //$NON-NLS-2$
				Column.<ChangeLogEntry>text(text.get("col.logWho"), 22, ChangeLogEntry::getWho).withKey("who"), //$NON-NLS-1$ //$NON-NLS-2$
				Column.<ChangeLogEntry>text(text.get("col.compareKind"), 10, entries::kind).withKey("kind"), //$NON-NLS-1$ //$NON-NLS-2$
				Column.<ChangeLogEntry>text(text.get("col.comparePath"), 22, ChangeLogEntry::getPath).withKey("path"), //$NON-NLS-1$ //$NON-NLS-2$
				Column.<ChangeLogEntry>text(text.get("col.compareField"), 14, entries::field).withKey("field"), //$NON-NLS-1$ //$NON-NLS-2$
				Column.<ChangeLogEntry>wrapped(text.get("col.compareOld"), 30, entries::oldValue).withKey("old"), //$NON-NLS-1$ //$NON-NLS-2$
				Column.<ChangeLogEntry>wrapped(text.get("col.compareNew"), 30, entries::newValue).withKey("new"), //$NON-NLS-1$ //$NON-NLS-2$
				Column.<ChangeLogEntry>text(text.get("col.logHash"), 20, ChangeLogEntry::getHash).withKey("hash")); //$NON-NLS-1$ //$NON-NLS-2$
		return new Table<>(text.get("sheet.changeLog"), columns, rows); //$NON-NLS-1$
	}
}

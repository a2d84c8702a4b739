/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.changelog;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

import jp.kansa.model.ChangeLog;

/**
 * What checking the hashes of the records found while the file was read: the verifier then need
 * not hash those entries again (entries are only ever appended after).
 */
final class ReadCheck extends AdapterImpl {

	final int checked;
	/** The sequence of the first record whose hash is wrong, or -1. */
	final long firstBad;

	private ReadCheck(int checked, long firstBad) {
		this.checked = checked;
		this.firstBad = firstBad;
	}

	static void remember(ChangeLog log, int checked, long firstBad) {
		log.eAdapters().removeIf(ReadCheck.class::isInstance);
		log.eAdapters().add(new ReadCheck(checked, firstBad));
	}

	static ReadCheck of(ChangeLog log) {
		for (Adapter adapter : log.eAdapters()) {
			if (adapter instanceof ReadCheck check) {
				return check;
			}
		}
		return null;
	}
}

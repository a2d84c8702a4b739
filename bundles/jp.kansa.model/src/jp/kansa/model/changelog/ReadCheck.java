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
	/** The index of the first record whose hash is wrong, or -1. */
	final int firstBadIndex;

	private ReadCheck(int checked, int firstBadIndex) {
		this.checked = checked;
		this.firstBadIndex = firstBadIndex;
	}

	static void remember(ChangeLog log, int checked, int firstBadIndex) {
		log.eAdapters().removeIf(ReadCheck.class::isInstance);
		log.eAdapters().add(new ReadCheck(checked, firstBadIndex));
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

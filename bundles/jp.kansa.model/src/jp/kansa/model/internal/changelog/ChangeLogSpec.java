/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.changelog;

import org.eclipse.emf.common.util.EList;

import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.changelog.ChangeLogRecords;
import jp.kansa.model.impl.ChangeLogImpl;

/**
 * The 変更履歴 as the factory makes it: a log read from a file keeps its records as text until
 * someone asks for the entries (the 変更履歴 view, the sheet, {@code kansa verify}, the next save),
 * so that opening a file with a long log costs one pass over the text (the checks of the chain and
 * of the fingerprint), not 100,000 model objects. Appending does not need them either
 * ({@link jp.kansa.model.changelog.ChangeLogs#append} reads only the last record).
 */
public class ChangeLogSpec extends ChangeLogImpl {

	@Override
	public EList<ChangeLogEntry> getEntries() {
		ChangeLogRecords.materialize(this);
		return super.getEntries();
	}

	/**
	 * The list as held, without making the entries of records still held as text: while there are
	 * such records, the entries appended since the file was read.
	 */
	public EList<ChangeLogEntry> entriesAsHeld() {
		return super.getEntries();
	}

	@Override
	public boolean eIsSet(int featureID) {
		if (featureID == KansaPackage.CHANGE_LOG__ENTRIES) {
			// the generated method reads the field: a copy would miss entries still held as text
			ChangeLogRecords.materialize(this);
		}
		return super.eIsSet(featureID);
	}
}

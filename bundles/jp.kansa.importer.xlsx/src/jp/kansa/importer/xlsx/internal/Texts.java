/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import jp.kansa.importer.xlsx.ImportProblem;

/** Small text rules shared by the readers. */
final class Texts {

	private Texts() {
	}

	/** Trims and folds runs of white space (also the ideographic space U+3000) into one space. */
	static String normalizeSpace(String text) {
		return text.replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
	}

	/** Without any white space: 項番 typed as "A-9②" or "A-9 ②" is the same. */
	static String withoutSpace(String text) {
		return text.replace('\u3000', ' ').replaceAll("\\s+", "");
	}

	/** A found value short enough for a report line. */
	static String shortened(String text) {
		if (text == null) {
			return null;
		}
		String oneLine = text.replace("\r", "").replace('\n', '⏎');
		return oneLine.length() <= ImportProblem.MAX_FOUND_LENGTH ? oneLine
				: oneLine.substring(0, ImportProblem.MAX_FOUND_LENGTH - 1) + "…";
	}
}

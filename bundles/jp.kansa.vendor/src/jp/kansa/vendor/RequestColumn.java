/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor;

import jp.kansa.vendor.internal.WorkbookText;

/**
 * The columns of a request workbook's 確認表 sheet, in the order written. A reply is read by
 * the header texts, not by position, so a vendor who reorders the columns is still read
 * correctly. Only the {@link #vendorFills() vendor's} columns are unlocked and read back.
 */
public enum RequestColumn {
	/** Hidden: the contract check's id, which matches a row to the engagement. */
	CHECK_ID(false, 0),
	CONTRACT(false, 28),
	NUMBER(false, 12),
	ITEM(false, 18),
	CONTENT(false, 40),
	RECOMMENDATION(false, 48),
	RESPONSIBILITY(true, 14),
	INITIAL_CHECK(true, 10),
	COMPLETION_DATE(true, 13),
	COMMENT(true, 36),
	EVIDENCE_TITLE(true, 24),
	EVIDENCE_FILE(true, 22),
	EVIDENCE_DATE(true, 13);

	private final boolean vendorFills;
	private final int width;

	RequestColumn(boolean vendorFills, int width) {
		this.vendorFills = vendorFills;
		this.width = width;
	}

	/** Whether the vendor writes this column (unlocked, validated, read from the reply). */
	public boolean vendorFills() {
		return vendorFills;
	}

	/** Width in characters; 0 for the hidden id column. */
	public int width() {
		return width;
	}

	/** The header text in the workbook (the workbook is Japanese: it goes to Japanese vendors). */
	public String header() {
		return WorkbookText.get("col." + name());
	}

	/** The column whose header is {@code text}, or null. */
	public static RequestColumn ofHeader(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		for (RequestColumn column : values()) {
			if (column.header().equals(trimmed)) {
				return column;
			}
		}
		return null;
	}
}

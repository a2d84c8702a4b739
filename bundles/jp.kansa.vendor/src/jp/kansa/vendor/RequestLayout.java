/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor;

import java.util.List;

import jp.kansa.model.InitialCheck;
import jp.kansa.model.Responsibility;

/**
 * What a request workbook holds and where: the instructions sheet, the 確認表 sheet of the
 * vendor's contract checks and a very hidden sheet with the request's identity. The writer, the
 * reply reader and the tests share these names.
 */
public final class RequestLayout {

	/** Instructions (記入方法), first so that it opens first. */
	public static final String INSTRUCTIONS_SHEET = "記入方法";
	/** The rows to fill. */
	public static final String CHECKS_SHEET = "確認表";
	/** Very hidden: the request's identity, read back to match the reply. */
	public static final String META_SHEET = "kansa";
	/** Row of the column headers (1-based, as spreadsheets count). */
	public static final int HEADER_ROW = 1;
	/** First value cell of the meta sheet's rows is column B; keys are in column A. */
	public static final String META_FORMAT = "format";
	public static final String META_REQUEST = "request";
	public static final String META_ENGAGEMENT = "engagement";
	public static final String META_PARTY = "party";
	public static final String META_CHECKSUM = "checksum";
	/** The value of {@link #META_FORMAT}: what kind of workbook, and its version. */
	public static final String FORMAT = "kansa-vendor-request/1";

	/** The 担当 choices, as the 確認表 writes them; 未割当 is no answer. */
	public static final List<Responsibility> RESPONSIBILITY_CHOICES = List.of(Responsibility.INSTITUTION,
			Responsibility.VENDOR, Responsibility.JOINT, Responsibility.NOT_APPLICABLE);
	/** The 初回確認 choices. */
	public static final List<InitialCheck> INITIAL_CHECK_CHOICES = List.of(InitialCheck.YES, InitialCheck.NO);

	/** Longest 事業者コメント accepted (the validation of the cell says so too). */
	public static final int MAX_COMMENT = 2000;
	/** Longest evidence title or file name. */
	public static final int MAX_SHORT_TEXT = 255;
	/** Dates the validation of a date cell accepts. */
	public static final java.time.LocalDate FIRST_DATE = java.time.LocalDate.of(2000, 1, 1);
	public static final java.time.LocalDate LAST_DATE = java.time.LocalDate.of(2099, 12, 31);

	private RequestLayout() {
	}
}

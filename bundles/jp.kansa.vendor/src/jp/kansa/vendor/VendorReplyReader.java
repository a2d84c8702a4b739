/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor;

import java.nio.file.Path;
import java.time.Clock;

import jp.kansa.importer.xlsx.ImportLimits;
import jp.kansa.importer.xlsx.WorkbookScreening;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.vendor.internal.ReplyWorkbookReader;

/**
 * 回答の取込: reads a vendor's filled-in request workbook and matches it to its request. The file
 * passes the workpaper import's screening first (size, encryption, zip damage, bombs); then it is
 * refused whole when it answers another engagement's request, names another vendor than the
 * request's, or its hidden request id or checksum was altered. Columns are found by their
 * header texts and rows by the hidden check id (else by 契約 and 項番), so a reply whose columns
 * were reordered, or with rows deleted, re-saved by another office suite, reads the same.
 */
public final class VendorReplyReader {

	private final ImportLimits limits;
	private final Clock clock;

	public VendorReplyReader() {
		this(ImportLimits.defaults(), Clock.systemUTC());
	}

	public VendorReplyReader(ImportLimits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Reads the reply; changes nothing.
	 *
	 * @param expectedVendor the vendor the user means to import from, or null for whichever
	 *                       vendor the request was sent to
	 * @throws WorkpaperRefusedException naming the file and the reason
	 */
	public VendorReply read(Path reply, Engagement engagement, Party expectedVendor) throws WorkpaperRefusedException {
		WorkbookScreening.screen(reply, limits);
		return new ReplyWorkbookReader(reply, engagement, expectedVendor, limits, clock.instant()).read();
	}
}

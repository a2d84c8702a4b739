/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of refusals and problems; Japanese in messages_ja.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.importer.xlsx.internal.messages"; //$NON-NLS-1$

	public static String refused;
	public static String refusedNoFile;
	public static String refusedTooLarge;
	public static String refusedEmpty;
	public static String refusedEncrypted;
	public static String refusedXls;
	public static String refusedOle2;
	public static String refusedText;
	public static String refusedOtherFormat;
	public static String refusedUnknownBinary;
	public static String refusedDamaged;
	public static String refusedZipBomb;
	public static String refusedNotSpreadsheet;
	public static String refusedUnreadable;
	public static String refusedTooShort;
	public static String refusedTruncated;
	public static String refusedEncryptedEntry;
	public static String refusedCompression;
	public static String refusedCrc;
	public static String refusedEntryDamaged;
	public static String refusedPartXml;
	public static String refusedSheetXml;
	public static String refusedNoWorkbook;
	public static String refusedMissingSheetPart;
	public static String refusedOtherOfficeDocument;
	public static String reasonDirectory;
	public static String reasonTooManyParts;
	public static String reasonEntryTooLarge;
	public static String reasonRatio;
	public static String reasonTotalTooLarge;
	public static String reasonStructure;
	public static String expectedSheet;
	public static String expectedHeader;
	public static String expectedHeaderRow;
	public static String expectedContractColumns;
	public static String expectedKnownContract;
	public static String expectedKnownContractId;
	public static String expectedUniqueContract;
	public static String expectedOneColumn;
	public static String expectedCheckPointOfPart;
	public static String expectedIdOrNumber;
	public static String expectedOnce;
	public static String foundAlsoOnRow;
	public static String expectedNoFormula;
	public static String expectedShortText;
	public static String foundCharacters;
	public static String expectedValue;
	public static String expectedOneText;
	public static String expectedResponsibility;
	public static String expectedKnownParty;
	public static String expectedInitialCheck;
	public static String expectedDate;
	public static String expectedDateRange;
	public static String expectedRowNumber;
	public static String expectedCellReference;
	public static String expectedKnownKey;
	public static String foundRow;
	public static String expectedAssessment;
	public static String expectedText;
	public static String foundNumber;
	public static String foundBoolean;
	public static String foundError;
	public static String commandLabel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of refusals and problems of a reply, in the workbench's language. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.vendor.internal.messages"; //$NON-NLS-1$

	public static String refused;
	public static String refusedNotARequest;
	public static String refusedUnknownFormat;
	public static String refusedOtherEngagement;
	public static String refusedUnknownRequest;
	public static String refusedOtherVendor;
	public static String refusedNotExpectedVendor;
	public static String refusedTampered;
	public static String refusedNoChecksSheet;
	public static String refusedUnreadable;
	public static String problemMissingColumn;
	public static String problemUnknownRow;
	public static String problemDuplicateRow;
	public static String problemFormula;
	public static String expectedChoice;
	public static String expectedDate;
	public static String expectedText;
	public static String expectedRow;
	public static String expectedOnce;
	public static String expectedValue;
	public static String expectedHeader;
	public static String foundLength;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

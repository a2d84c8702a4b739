/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line tool; Japanese in messages_ja.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.cli.internal.messages"; //$NON-NLS-1$

	public static String toolHelp;
	public static String toolHelpFooter;
	public static String catalogSummary;
	public static String catalogHelp;
	public static String exportCatalogSummary;
	public static String exportCatalogHelp;
	public static String exportSummary;
	public static String exportHelp;
	public static String validateSummary;
	public static String validateHelp;
	public static String validateTotal;
	public static String usageMissingEngagement;
	public static String usageBadValidateFormat;
	public static String usageUnknownCommand;
	public static String usageUnknownOption;
	public static String usageUnexpectedArgument;
	public static String usageMissingValue;
	public static String usageRepeatedOption;
	public static String usageMissingOption;
	public static String usageBadFormat;
	public static String usageBadLang;
	public static String usageSeeHelp;
	public static String cannotWrite;
	public static String internalError;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

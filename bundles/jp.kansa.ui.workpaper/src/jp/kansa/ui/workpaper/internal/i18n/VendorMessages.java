/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** Texts of the vendors' round wizards (事業者への依頼, 回答の取込); Japanese in messages-vendor_ja.properties. */
public final class VendorMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.ui.workpaper.internal.i18n.messages-vendor"; //$NON-NLS-1$

	public static String RequestWizard_title;
	public static String RequestPage_title;
	public static String RequestPage_description;
	public static String RequestPage_vendor;
	public static String RequestPage_due;
	public static String RequestPage_subcontractors;
	public static String RequestPage_contact;
	public static String RequestPage_output;
	public static String RequestPage_contracts;
	public static String RequestPage_noVendor;
	public static String RequestPage_noContracts;
	public static String RequestPage_badDate;
	public static String RequestPage_noOutput;
	public static String RequestPage_exists;
	public static String RequestWizard_writeFailed;
	public static String RequestWizard_command;
	public static String ReplyWizard_title;
	public static String ReplyFilePage_title;
	public static String ReplyFilePage_description;
	public static String ReplyFilePage_file;
	public static String ReplyFilePage_vendor;
	public static String ReplyFilePage_anyVendor;
	public static String ReplyFilePage_noFile;
	public static String ReplyFilePage_missing;
	public static String ReplyWizard_readFailed;
	public static String ReplyPreviewPage_title;
	public static String ReplyPreviewPage_description;
	public static String ReplyPreviewPage_summary;
	public static String ReplyPreviewPage_problems;
	public static String ReplyPreviewPage_nothing;
	public static String ReplyPreviewPage_receivedOnly;
	public static String Preview_cell;
	public static String Preview_check;
	public static String Preview_field;
	public static String Preview_previous;
	public static String Preview_answer;
	public static String Preview_institution;
	public static String Preview_sheet;
	public static String Preview_expected;
	public static String Preview_found;
	public static String Preview_empty;
	public static String Wizard_browse;

	static {
		NLS.initializeMessages(BUNDLE_NAME, VendorMessages.class);
	}

	private VendorMessages() {
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** Visible strings of the workpaper wizards and the coverage view; messages_ja.properties is Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.ui.workpaper.internal.i18n.messages"; //$NON-NLS-1$

	public static String Assessment_conforming;
	public static String Assessment_nonConforming;
	public static String Assessment_notApplicable;
	public static String Assessment_notAssessed;
	public static String Assessment_partiallyConforming;
	public static String CoverageView_drillDown;
	public static String CoverageView_hint;
	public static String CoverageView_noChecks;
	public static String CoverageView_status;
	public static String CoverageView_statusSeparator;
	public static String CoverageView_target;
	public static String ExportJob_name;
	public static String ExportJob_stepPrepare;
	public static String ExportJob_stepRows;
	public static String ExportJob_stepSave;
	public static String ExportJob_stepSummary;
	public static String ExportJob_unexpected;
	public static String ExportPage_comparison;
	public static String ExportPage_compare;
	public static String ExportPage_compareHint;
	public static String ExportPage_compareNoFile;
	public static String ExportPage_compareChooserTitle;
	public static String ExportPage_compareMissing;
	public static String ExportPage_compareUnreadable;
	public static String ExportPage_description;
	public static String ExportPage_english;
	public static String ExportPage_file;
	public static String ExportPage_japanese;
	public static String ExportPage_language;
	public static String ExportPage_noFile;
	public static String ExportPage_noFolder;
	public static String ExportPage_notXlsx;
	public static String ExportPage_title;
	public static String ExportWizard_canceled;
	public static String ExportWizard_done;
	public static String ExportWizard_failed;
	public static String ExportWizard_overwrite;
	public static String ExportWizard_title;
	public static String ImportFilePage_description;
	public static String ImportFilePage_file;
	public static String ImportFilePage_hint;
	public static String ImportFilePage_missing;
	public static String ImportFilePage_noFile;
	public static String ImportFilePage_title;
	public static String ImportPreviewPage_description;
	public static String ImportPreviewPage_nothing;
	public static String ImportPreviewPage_problems;
	public static String ImportPreviewPage_summary;
	public static String ImportPreviewPage_title;
	public static String ImportPreviewPage_validOnly;
	public static String ImportSession_reading;
	public static String ImportWizard_applyFailed;
	public static String ImportWizard_canceled;
	public static String ImportWizard_readFailed;
	public static String ImportWizard_title;
	public static String Preview_cell;
	public static String Preview_checkPoint;
	public static String Preview_contract;
	public static String Preview_empty;
	public static String Preview_expected;
	public static String Preview_field;
	public static String Preview_found;
	public static String Preview_new;
	public static String Preview_old;
	public static String Preview_sheet;
	public static String Wizard_browse;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

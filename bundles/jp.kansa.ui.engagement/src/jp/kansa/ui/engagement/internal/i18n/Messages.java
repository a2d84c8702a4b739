/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** Visible strings of the engagement editor; messages.properties is English, messages_ja.properties Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.ui.engagement.internal.i18n.messages"; //$NON-NLS-1$

	public static String Action_undo;
	public static String Action_redo;
	public static String Action_undoWithLabel;
	public static String Annotation_add;
	public static String Annotation_author;
	public static String Annotation_text;
	public static String Annotation_tickmark;
	public static String Annotation_time;
	public static String Assessment_all;
	public static String Assessment_annotations;
	public static String Assessment_assessment;
	public static String Assessment_checkPoint;
	public static String Assessment_contract;
	public static String Assessment_count;
	public static String Assessment_evidence;
	public static String Assessment_filterContract;
	public static String Assessment_filterParty;
	public static String Assessment_filterStatus;
	public static String Assessment_filterUnassigned;
	public static String Assessment_noSelection;
	public static String Assessment_responsibility;
	public static String Assessment_signOff;
	public static String Button_add;
	public static String Button_remove;
	public static String Clause_heading;
	public static String Clause_newNumber;
	public static String Clause_number;
	public static String Command_addContract;
	public static String Command_assign;
	public static String Command_linkEvidence;
	public static String Contracts_clauses;
	public static String Contracts_kind;
	public static String Contracts_name;
	public static String Contracts_newContract;
	public static String Contracts_title;
	public static String Detail_title;
	public static String Editor_openFailed;
	public static String Editor_openFailedTitle;
	public static String Editor_chooserTitle;
	public static String Editor_saveAsTitle;
	public static String AssessmentPage_evidenceChooserTitle;
	public static String Editor_saveFailed;
	public static String Editor_saveFailedTitle;
	public static String Editor_unsupportedInput;
	public static String Evidence_addFile;
	public static String Evidence_changed;
	public static String Evidence_chooseMessage;
	public static String Evidence_kind;
	public static String Evidence_link;
	public static String Evidence_matches;
	public static String Evidence_missing;
	public static String Evidence_notAFile;
	public static String Evidence_notRecorded;
	public static String Evidence_sha256;
	public static String Evidence_title;
	public static String Evidence_unlink;
	public static String Evidence_unreadable;
	public static String Finding_due;
	public static String Finding_new;
	public static String Finding_owner;
	public static String Finding_severity;
	public static String Finding_status;
	public static String Finding_title;
	public static String Form_choose;
	public static String LoadProblem_heading;
	public static String LoadProblem_noPosition;
	public static String LoadProblem_position;
	public static String LoadProblem_text;
	public static String LoadProblem_title;
	public static String Matrix_allParties;
	public static String Matrix_checkPoint;
	public static String Matrix_group;
	public static String Matrix_groupLabel;
	public static String Matrix_hint;
	public static String Matrix_legendGap;
	public static String Matrix_legendNotApplicable;
	public static String Matrix_legendOther;
	public static String Matrix_legendOverlap;
	public static String Matrix_outOfScope;
	public static String Overview_general;
	public static String Overview_newMember;
	public static String Overview_percentAssessed;
	public static String Overview_vendorRound;
	public static String VendorAnswer_line;
	public static String VendorAnswer_responsibility;
	public static String VendorAnswer_initialCheck;
	public static String VendorAnswer_completion;
	public static String VendorAnswer_evidence;
	public static String VendorAnswer_disagreement;
	public static String Overview_vendor;
	public static String Overview_vendorStatus;
	public static String Overview_vendorDue;
	public static String Overview_vendorRequest;
	public static String Overview_vendorAnswers;
	public static String Overview_vendorDisagreements;
	public static String Overview_progressByContract;
	public static String Overview_progressByPart;
	public static String Overview_progressName;
	public static String Overview_team;
	public static String Overview_teamName;
	public static String Overview_teamRole;
	public static String Overview_validation;
	public static String Overview_validationCounts;
	public static String Page_assessment;
	public static String Page_findings;
	public static String Page_matrix;
	public static String Page_overview;
	public static String Page_partiesContracts;
	public static String Parties_kind;
	public static String Parties_name;
	public static String Parties_newParty;
	public static String Parties_title;
	public static String Sample_failedTitle;
	public static String SignOff_asPreparer;
	public static String SignOff_asReviewer;
	public static String SignOff_entry;
	public static String SignOff_none;
	public static String Validation_element;
	public static String Validation_error;
	public static String Validation_info;
	public static String Validation_jobName;
	public static String Validation_message;
	public static String Validation_noEditor;
	public static String Validation_rule;
	public static String Validation_severity;
	public static String Validation_summary;
	public static String Validation_warning;
	public static String Validation_cancel;
	public static String Validation_checkingEvidence;
	public static String Wizard_browse;
	public static String Wizard_dateInvalid;
	public static String Wizard_description;
	public static String Wizard_file;
	public static String Wizard_fileExists;
	public static String Wizard_fileInvalid;
	public static String Wizard_institution;
	public static String Wizard_institutionMissing;
	public static String Wizard_name;
	public static String Wizard_nameMissing;
	public static String Wizard_preparer;
	public static String Wizard_referenceDate;
	public static String Wizard_reviewer;
	public static String Wizard_title;
	public static String Wizard_windowTitle;

	// assessment page
	public static String AssessmentPage_countHeld;
	public static String AssessmentPage_evidenceHint;
	public static String AssessmentPage_openTitle;
	public static String AssessmentPage_openMissing;
	public static String AssessmentPage_openFailed;
	public static String AssessmentPage_signScope;
	public static String AssessmentPage_signCovers;
	public static String AssessmentPage_signCoveredCheck;
	public static String AssessmentPage_signCoverageUnknown;
	public static String AssessmentPage_signChanged;
	public static String AssessmentPage_signDeletedCheck;
	public static String AssessmentPage_signNotAssessedNow;
	public static String AssessmentPage_signRefused;
	public static String AssessmentPage_signSamePerson;
	public static String AssessmentPage_signNothing;
	public static String AssessmentPage_signNoSigner;
	public static String AssessmentPage_signNotAssessedTitle;
	public static String AssessmentPage_signNotAssessed;
	public static String AssessmentPage_signAnyway;
	public static String AssessmentPage_cancel;
	public static String AssessmentPage_close;
	public static String EvidenceDialog_title;
	public static String EvidenceDialog_message;
	public static String EvidenceDialog_name;
	public static String EvidenceDialog_provider;
	public static String EvidenceDialog_noProvider;
	public static String EvidenceDialog_effective;
	public static String EvidenceDialog_expiry;
	public static String EvidenceDialog_dateHint;
	public static String EvidenceDialog_add;
	public static String EvidenceDialog_titleMissing;
	public static String EvidenceDialog_dateInvalid;
	public static String EvidenceDialog_expiryBeforeEffective;
	// matrix, findings, wizard
	public static String CheckPointChooser_content;
	public static String CheckPointChooser_filter;
	public static String CheckPointChooser_item;
	public static String CheckPointChooser_message;
	public static String CheckPointChooser_number;
	public static String CheckPointChooser_title;
	public static String Finding_addCheckPoints;
	public static String Finding_checkPoints;
	public static String Finding_unknownCheckPoint;
	public static String Matrix_checkPointNumber;
	public static String Matrix_copy;
	public static String Matrix_copyKey;
	public static String Overview_fileLocation;
	public static String Properties_fileLocation;
	public static String Properties_fileLocationDescription;
	// evidence states read in the background
	public static String Evidence_checking;
	public static String Evidence_checkJob;
	public static String Evidence_notRegular;
	public static String Evidence_outside;
	// a recovered copy of an interrupted save
	public static String Overview_openRecoveredCopy;
	public static String Overview_recoveredCopy;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

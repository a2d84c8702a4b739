/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** Visible strings of the catalog views; messages.properties is English, messages_ja.properties Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.ui.internal.i18n.messages"; //$NON-NLS-1$

	public static String Part_label;
	public static String Section_untitled;
	public static String Section_titleStatus;

	public static String Term_definitionNotConfirmed;

	public static String Navigator_searchHint;

	public static String Detail_empty;
	public static String Detail_item;
	public static String Detail_content;
	public static String Detail_risk;
	public static String Detail_recommendation;
	public static String Detail_references;
	public static String Detail_referenceTooltip;
	public static String Detail_terms;
	public static String Detail_noReferences;

	public static String CrossReference_name;
	public static String CrossReference_count;
	public static String CrossReference_citedOnly;
	public static String CrossReference_citedOnlyTooltip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.views;

import org.eclipse.osgi.util.NLS;

/** Visible strings of 比較 (view and commands); Japanese in messages-compare_ja.properties. */
public final class CompareMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.ui.engagement.internal.views.messages-compare"; //$NON-NLS-1$

	public static String Comparison_empty;
	public static String Comparison_heading;
	public static String Comparison_kind;
	public static String Comparison_allKinds;
	public static String Comparison_added;
	public static String Comparison_removed;
	public static String Comparison_changed;
	public static String Comparison_element;
	public static String Comparison_allElements;
	public static String Comparison_checkPoint;
	public static String Comparison_search;
	public static String Comparison_searchHint;
	public static String Comparison_count;
	public static String Comparison_colKind;
	public static String Comparison_colElement;
	public static String Comparison_colPath;
	public static String Comparison_colField;
	public static String Comparison_colOld;
	public static String Comparison_colNew;
	public static String Compare_noEngagement;
	public static String Compare_noPrior;
	public static String Compare_priorMissing;
	public static String Compare_cannotOpen;
	public static String Compare_title;
	public static String Compare_priorName;
	public static String Compare_chooserTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, CompareMessages.class);
	}

	private CompareMessages() {
	}
}

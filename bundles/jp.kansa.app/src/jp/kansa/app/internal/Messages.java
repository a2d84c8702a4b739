/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the application window; Japanese in messages_ja.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.app.internal.messages"; //$NON-NLS-1$

	public static String windowTitle;
	public static String menuFile;
	public static String menuNew;
	public static String menuNewOther;
	public static String menuEdit;
	public static String menuWindow;
	public static String menuShowView;
	public static String menuHelp;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

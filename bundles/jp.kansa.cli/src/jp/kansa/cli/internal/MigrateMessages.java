/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the migrate command; Japanese in messages-migrate_ja.properties. */
public final class MigrateMessages extends NLS {

	private static final String BUNDLE_NAME = "jp.kansa.cli.internal.messages-migrate"; //$NON-NLS-1$

	public static String summary;
	public static String help;
	public static String written;
	public static String noCatalog;
	public static String badCatalog;
	public static String notCatalog;

	static {
		NLS.initializeMessages(BUNDLE_NAME, MigrateMessages.class);
	}

	private MigrateMessages() {
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.startprobe.internal;

import org.eclipse.osgi.util.NLS;

/** The probe's text; Japanese in messages_ja.properties. */
public final class Messages extends NLS {

	static final String BUNDLE_NAME = "jp.kansa.startprobe.internal.messages"; //$NON-NLS-1$

	public static String windowTitle;
	public static String partText;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

/** The command line cannot be understood; the message says why, for the user. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}

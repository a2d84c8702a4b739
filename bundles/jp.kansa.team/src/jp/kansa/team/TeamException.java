/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

/** Sharing or syncing could not be done; the message says why in the auditor's language. */
public class TeamException extends Exception {

	private static final long serialVersionUID = 1L;

	public TeamException(String message, Throwable cause) {
		super(message, cause);
	}

	public TeamException(String message) {
		super(message);
	}
}

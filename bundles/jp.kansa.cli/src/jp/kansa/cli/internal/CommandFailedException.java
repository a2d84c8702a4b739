/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

/** A user-level failure (a file that cannot be written, …): printed without a stack trace. */
public final class CommandFailedException extends Exception {

	private static final long serialVersionUID = 1L;

	public CommandFailedException(String message, Throwable cause) {
		super(message, cause);
	}
}

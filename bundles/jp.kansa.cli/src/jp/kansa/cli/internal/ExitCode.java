/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

/** Exit codes of every command, so scripts can tell findings from failures. */
public final class ExitCode {

	public static final int OK = 0;
	/** The command ran and found something (validate); none of today's commands return it. */
	public static final int FINDINGS = 1;
	/** Usage error, unreadable input, unwritable output, or an internal failure. */
	public static final int ERROR = 2;

	private ExitCode() {
	}
}

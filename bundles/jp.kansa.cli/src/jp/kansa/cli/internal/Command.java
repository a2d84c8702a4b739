/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.PrintStream;
import java.util.Set;

/** One sub-command of the tool. */
public interface Command {

	String name();

	/** One line for the tool's --help. */
	String summary();

	/** The command's --help. */
	String help();

	/** Options that take a value, without the leading dashes. */
	Set<String> options();

	/** How many plain arguments (e.g. the .kansa file) the command takes. */
	default int arguments() {
		return 0;
	}

	/** @return an {@link ExitCode} */
	int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException;
}

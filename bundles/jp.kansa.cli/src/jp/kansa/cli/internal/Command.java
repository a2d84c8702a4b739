/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.PrintStream;
import java.util.List;
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

	/** Options that take no value (switches such as --dry-run), without the leading dashes. */
	default Set<String> flags() {
		return Set.of();
	}

	/** Names of the positional arguments, in order; the command checks that all are given. */
	default List<String> arguments() {
		return List.of();
	}

	/** @return an {@link ExitCode} */
	int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException;
}

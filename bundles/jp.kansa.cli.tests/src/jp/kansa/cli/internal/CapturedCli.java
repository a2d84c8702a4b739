/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the command-line tests run: the tool in the test's JVM, its standard output and error
 * captured in UTF-8 as a terminal shows them. The runs of one test add up; {@link #reset()}
 * forgets what the earlier ones printed.
 */
abstract class CapturedCli {

	final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
	final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	/** @return the exit code ({@link ExitCode}) */
	int run(String... args) {
		return new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8)).run(args);
	}

	void reset() {
		stdout.reset();
		stderr.reset();
	}

	String out() {
		return stdout.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return stderr.toString(StandardCharsets.UTF_8);
	}
}

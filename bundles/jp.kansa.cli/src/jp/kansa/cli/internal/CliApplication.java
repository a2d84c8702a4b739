/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application jp.kansa.cli.app. Equinox hands it the arguments it did not consume
 * itself; the returned Integer becomes the process exit code.
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		context.applicationRunning();
		Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		// UTF-8 whatever the locale: System.out would turn Japanese into '?' under C/POSIX.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int code = new Cli(out, err).run(args instanceof String[] strings ? strings : new String[0]);
		out.flush();
		err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands are short and write to a temporary file first: nothing to interrupt
	}
}

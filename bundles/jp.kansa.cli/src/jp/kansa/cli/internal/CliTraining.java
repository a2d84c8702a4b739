/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run from which releng/kansa-cli-cache.sh builds the JVM's AOT cache: the commands
 * a batch user runs most, on the given engagement, in one JVM (the cache records one run), their
 * output thrown away. The cache then holds these classes loaded and linked and their methods'
 * profiles, so a later {@link CliMain} start skips that work.
 * Arguments: ENGAGEMENT OUTPUT-FOLDER.
 */
public final class CliTraining {

	private static final int EXPORT_RUNS = 3;

	private CliTraining() {
	}

	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: CliTraining ENGAGEMENT OUTPUT-FOLDER"); //$NON-NLS-1$
			System.exit(ExitCode.ERROR);
		}
		CliMain.applyLanguage();
		String engagement = args[0];
		Path folder = Path.of(args[1]);
		PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
		Cli cli = new Cli(nowhere, nowhere);
		int failures = 0;
		List<List<String>> lines = List.of(List.of("--help"), List.of("export", "--help"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of("validate", engagement), List.of("validate", engagement, "--format", "json"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				List.of("diff", engagement, engagement), //$NON-NLS-1$
				List.of("catalog", "--format", "json", "--output", folder.resolve("catalog.json").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (List<String> line : lines) {
			failures += cli.run(line.toArray(String[]::new)) == ExitCode.ERROR ? 1 : 0;
		}
		for (int i = 0; i < EXPORT_RUNS; i++) {
			String output = folder.resolve("training-" + i + ".xlsx").toString(); //$NON-NLS-1$ //$NON-NLS-2$
			failures += cli.run(new String[] { "export", engagement, "--output", output }) == ExitCode.OK ? 0 : 1; //$NON-NLS-1$ //$NON-NLS-2$
		}
		System.exit(failures == 0 ? ExitCode.OK : ExitCode.ERROR);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training runs from which releng/kansa-cli-cache.sh builds the JVM's AOT caches: commands run
 * on the given engagement in one JVM (a cache records one run), their output thrown away. A cache
 * then holds these classes loaded and linked and their methods' profiles, so a later
 * {@link CliMain} start skips that work.
 * <p>
 * One cache per kind of command line, because a JDK 25 cache loads every class it holds when the
 * JVM starts: {@code --help} would otherwise load POI and EMF's 4,700 classes to print a page of
 * text, and {@code validate} the 1,400 of POI it never uses. Profiles: {@code help} (the tool's and
 * every command's help), {@code validate} (text and JSON), {@code export} (three exports, so that
 * the profiles are those of a warm exporter) and {@code all} (the commands a batch user runs
 * most, for every other command line).
 * Arguments: PROFILE ENGAGEMENT OUTPUT-FOLDER.
 */
public final class CliTraining {

	private static final int EXPORT_RUNS = 3;

	private CliTraining() {
	}

	public static void main(String[] args) {
		if (args.length != 3 || lines(args[0], args[1], Path.of(args[2])).isEmpty()) {
			System.err.println("usage: CliTraining help|validate|export|all ENGAGEMENT OUTPUT-FOLDER"); //$NON-NLS-1$
			System.exit(ExitCode.ERROR);
		}
		CliMain.applyLanguage();
		PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
		Cli cli = new Cli(nowhere, nowhere);
		int failures = 0;
		for (List<String> line : lines(args[0], args[1], Path.of(args[2]))) {
			failures += cli.run(line.toArray(String[]::new)) == ExitCode.ERROR ? 1 : 0;
		}
		System.exit(failures == 0 ? ExitCode.OK : ExitCode.ERROR);
	}

	/** The command lines of a profile; empty for an unknown one. */
	static List<List<String>> lines(String profile, String engagement, Path folder) {
		List<List<String>> lines = new ArrayList<>();
		switch (profile) {
		case "help" -> { //$NON-NLS-1$
			lines.add(List.of("--help")); //$NON-NLS-1$
			for (String command : new Cli(System.out, System.err).commandNames()) {
				lines.add(List.of(command, "--help")); //$NON-NLS-1$
			}
		}
		case "validate" -> { //$NON-NLS-1$
			lines.add(List.of("validate", engagement)); //$NON-NLS-1$
			lines.add(List.of("validate", engagement, "--format", "json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		case "export" -> exports(lines, engagement, folder); //$NON-NLS-1$
		case "all" -> { //$NON-NLS-1$
			lines.add(List.of("--help")); //$NON-NLS-1$
			lines.add(List.of("export", "--help")); //$NON-NLS-1$ //$NON-NLS-2$
			lines.add(List.of("validate", engagement)); //$NON-NLS-1$
			lines.add(List.of("validate", engagement, "--format", "json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			lines.add(List.of("diff", engagement, engagement)); //$NON-NLS-1$
			lines.add(List.of("catalog", "--format", "json", "--output", folder.resolve("catalog.json").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			exports(lines, engagement, folder);
		}
		default -> {
			// unknown: no lines
		}
		}
		return lines;
	}

	private static void exports(List<List<String>> lines, String engagement, Path folder) {
		for (int i = 0; i < EXPORT_RUNS; i++) {
			lines.add(List.of("export", engagement, "--output", folder.resolve("training-" + i + ".xlsx").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}
}

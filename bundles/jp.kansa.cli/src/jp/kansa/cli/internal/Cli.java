/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * Dispatches a command line to its command and turns every outcome into an exit code and a
 * message. User errors are one line on stderr; only a bug prints a stack trace.
 */
public final class Cli {

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, Command> commands = new LinkedHashMap<>();

	public Cli(PrintStream out, PrintStream err) {
		this(out, err, List.of(new CatalogCommand(), new ExportCatalogCommand(), new ExportCommand(), new ValidateCommand(),
				new ImportCommand(), new DiffCommand(), new MergeCommand(), new RollForwardCommand(),
				new MigrateCommand(), new VerifyCommand(), new VendorRequestCommand(), new VendorReplyCommand(),
				new SyncCommand(), new LogCommand()));
	}

	Cli(PrintStream out, PrintStream err, List<Command> commands) {
		this.out = out;
		this.err = err;
		commands.forEach(c -> this.commands.put(c.name(), c));
	}

	public int run(String[] args) {
		Map<String, Set<String>> valued = new LinkedHashMap<>();
		Map<String, Set<String>> flags = new LinkedHashMap<>();
		Map<String, Integer> arguments = new LinkedHashMap<>();
		commands.values().forEach(c -> {
			valued.put(c.name(), c.options());
			flags.put(c.name(), c.flags());
			arguments.put(c.name(), c.arguments().size());
		});
		try {
			CommandLine line = CommandLine.parse(args, valued, flags, arguments);
			if (line.help()) {
				out.print(line.command() == null ? toolHelp() : commands.get(line.command()).help());
				out.flush();
				return ExitCode.OK;
			}
			int code = commands.get(line.command()).run(line, out);
			out.flush();
			return code;
		} catch (UsageException e) {
			err.println("kansa: " + e.getMessage());
			err.println(Messages.usageSeeHelp);
			return ExitCode.ERROR;
		} catch (CommandFailedException e) {
			err.println("kansa: " + e.getMessage());
			return ExitCode.ERROR;
		} catch (RuntimeException e) {
			err.println("kansa: " + NLS.bind(Messages.internalError, e));
			e.printStackTrace(err);
			return ExitCode.ERROR;
		}
	}

	/** The commands' names, in the order the tool's help lists them. */
	List<String> commandNames() {
		return List.copyOf(commands.keySet());
	}

	String toolHelp() {
		StringBuilder help = new StringBuilder(Messages.toolHelp).append(System.lineSeparator());
		commands.values().forEach(c -> help.append(String.format("  %-16s %s%n", c.name(), c.summary())));
		help.append(Messages.toolHelpFooter).append(System.lineSeparator());
		return help.toString();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * A parsed command line: {@code [--help] <command> [--name value | --name=value | --help]...}.
 * Which options a command takes is the command's business; this class only refuses what no
 * command could mean (a missing value, an option given twice, a stray word).
 */
public record CommandLine(String command, Map<String, String> options, boolean help, List<String> arguments) {

	private static final Set<String> HELP = Set.of("--help", "-h", "-?");

	public CommandLine {
		options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
		arguments = List.copyOf(arguments);
	}

	public CommandLine(String command, Map<String, String> options, boolean help) {
		this(command, options, help, List.of());
	}

	/**
	 * @param valued options that take a value, per command name
	 */
	public static CommandLine parse(String[] args, Map<String, Set<String>> valued) throws UsageException {
		return parse(args, valued, Map.of());
	}

	/**
	 * @param valued     options that take a value, per command name
	 * @param positional how many plain arguments (e.g. the .kansa file) a command takes; none if absent
	 */
	public static CommandLine parse(String[] args, Map<String, Set<String>> valued, Map<String, Integer> positional)
			throws UsageException {
		if (args.length == 0) {
			return new CommandLine(null, Map.of(), true);
		}
		if (HELP.contains(args[0]) || "help".equals(args[0])) {
			return new CommandLine(args.length > 1 ? command(args[1], valued) : null, Map.of(), true);
		}
		String command = command(args[0], valued);
		Set<String> allowed = valued.get(command);
		Map<String, String> options = new LinkedHashMap<>();
		List<String> arguments = new ArrayList<>();
		int maxArguments = positional.getOrDefault(command, Integer.valueOf(0)).intValue();
		boolean help = false;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (HELP.contains(arg)) {
				help = true;
				continue;
			}
			if (!arg.startsWith("-") && arguments.size() < maxArguments) {
				arguments.add(arg);
				continue;
			}
			if (!arg.startsWith("--") || arg.length() == 2) {
				throw new UsageException(NLS.bind(Messages.usageUnexpectedArgument, arg, command));
			}
			int equals = arg.indexOf('=');
			String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
			if (!allowed.contains(name)) {
				throw new UsageException(NLS.bind(Messages.usageUnknownOption, "--" + name, command));
			}
			String value;
			if (equals >= 0) {
				value = arg.substring(equals + 1);
			} else if (i + 1 < args.length && !HELP.contains(args[i + 1])) {
				value = args[++i];
			} else {
				throw new UsageException(NLS.bind(Messages.usageMissingValue, "--" + name));
			}
			if (options.put(name, value) != null) {
				throw new UsageException(NLS.bind(Messages.usageRepeatedOption, "--" + name));
			}
		}
		return new CommandLine(command, options, help, arguments);
	}

	private static String command(String name, Map<String, Set<String>> valued) throws UsageException {
		if (!valued.containsKey(name)) {
			throw new UsageException(NLS.bind(Messages.usageUnknownCommand, name));
		}
		return name;
	}

	public String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}
}

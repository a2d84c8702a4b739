/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import jp.kansa.team.EngagementHistory;
import jp.kansa.team.HistoryEntry;
import jp.kansa.team.TeamException;

/**
 * {@code log FILE [--check-point ID]}: the engagement's versions in the shared history, newest
 * first — who, when (UTC), the commit's subject, then each change as {@code kansa diff} prints it.
 * With --check-point (or any element id: a contract check {@code C-2/2-A-9-①}, a finding
 * {@code F-3}) only the versions that changed it, and only its changes.
 */
public final class LogCommand implements Command {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	@Override
	public String name() {
		return "log"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return TeamMessages.logSummary;
	}

	@Override
	public String help() {
		return TeamMessages.logHelp + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("check-point", "lang"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<String> arguments() {
		return List.of("engagement.kansa"); //$NON-NLS-1$
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		Path file = EngagementInput.path(line, name());
		String lang = line.option("lang", Locale.getDefault().getLanguage()); //$NON-NLS-1$
		Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.JAPANESE; //$NON-NLS-1$
		try {
			List<HistoryEntry> entries = new EngagementHistory(locale).of(file, line.option("check-point", null)); //$NON-NLS-1$
			for (HistoryEntry entry : entries) {
				out.println(NLS.bind(TeamMessages.logVersion, new Object[] { entry.commit().substring(0, 10),
						WHEN.format(entry.when()), entry.author(), entry.email(), entry.subject() }));
				entry.lines().forEach(l -> out.println("    " + l)); //$NON-NLS-1$
			}
			if (entries.isEmpty()) {
				out.println(TeamMessages.logEmpty);
			}
			return ExitCode.OK;
		} catch (TeamException e) {
			throw new CommandFailedException(e.getMessage(), e);
		}
	}
}

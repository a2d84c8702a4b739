/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.osgi.util.NLS;

import jp.kansa.team.Identity;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamException;
import jp.kansa.team.TeamRepository;
import jp.kansa.team.TeamSync;

/**
 * {@code sync DIR [--name N --email E]}: the workbench's 同期 without it. Who commits: the options,
 * else git's {@code user.name}/{@code user.email}. Exit 0 synced (or nothing to do), 1 conflicts
 * left to decide or the shared repository out of reach (the work is committed here), 2 error.
 */
public final class SyncCommand implements Command {

	@Override
	public String name() {
		return "sync"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return TeamMessages.syncSummary;
	}

	@Override
	public String help() {
		return TeamMessages.syncHelp + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("name", "email"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<String> arguments() {
		return List.of("folder"); //$NON-NLS-1$
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		if (line.arguments().isEmpty()) {
			throw new UsageException(NLS.bind(TeamMessages.usageMissingFolder, name()));
		}
		Path folder = Path.of(line.arguments().get(0)).toAbsolutePath().normalize();
		if (Files.isRegularFile(folder)) {
			folder = folder.getParent();
		}
		Path root = TeamRepository.rootOf(folder);
		if (root == null) {
			throw new CommandFailedException(NLS.bind(TeamMessages.notShared, folder), null);
		}
		Identity who = identity(line, root);
		try {
			SyncReport report = new TeamSync(who, null, Locale.getDefault()).sync(folder, null);
			out.println(report.summary());
			return report.conflicts().isEmpty() && report.offline() == null ? ExitCode.OK : ExitCode.FINDINGS;
		} catch (TeamException e) {
			throw new CommandFailedException(e.getMessage(), e);
		}
	}

	private static Identity identity(CommandLine line, Path root) throws CommandFailedException {
		String name = line.option("name", null); //$NON-NLS-1$
		String email = line.option("email", null); //$NON-NLS-1$
		if (name == null || email == null) {
			try (var repository = new FileRepositoryBuilder().setWorkTree(root.toFile()).readEnvironment().build()) {
				Config config = repository.getConfig();
				name = name != null ? name : config.getString("user", null, "name"); //$NON-NLS-1$ //$NON-NLS-2$
				email = email != null ? email : config.getString("user", null, "email"); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (java.io.IOException e) {
				throw new CommandFailedException(e.getMessage(), e);
			}
		}
		Identity who = new Identity(name, email);
		if (!who.isComplete()) {
			throw new CommandFailedException(TeamMessages.syncNoIdentity, null);
		}
		return who;
	}
}

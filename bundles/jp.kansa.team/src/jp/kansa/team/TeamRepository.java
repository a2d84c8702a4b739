/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;

import jp.kansa.team.internal.HostKeyRefusedException;
import jp.kansa.team.internal.Messages;

/**
 * Puts an engagement folder (the {@code .kansa} file and its {@code evidence/}) under Git, or
 * clones one. The folder gets a {@code .gitattributes} that makes command-line git hand
 * {@code .kansa} files to the model merge ({@code merge=kansa}) and never merge them as text, a
 * {@code .gitignore} for what is local to one machine (backups, temporary files of a save, the
 * list of conflicts still to decide) and, in its own configuration, the merge driver itself.
 */
public final class TeamRepository {

	static {
		jp.kansa.team.internal.QuietLogging.apply();
		TeamSsh.ensureInstalled();
	}

	public static final String BRANCH = "main"; //$NON-NLS-1$
	public static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;
	public static final String ATTRIBUTES_LINE = "*.kansa merge=kansa"; //$NON-NLS-1$
	/** Machine-local files: the save's backup and temporary files, conflicts not yet decided. */
	public static final String[] IGNORED = { "*.kansa.bak", ".*.tmp", "*.conflicts.json" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private TeamRepository() {
	}

	/** The folder holding the repository this file or folder is in, or {@code null}. */
	public static Path rootOf(Path fileOrFolder) {
		for (Path p = fileOrFolder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve(Constants.DOT_GIT))) {
				return p;
			}
		}
		return null;
	}

	public static boolean isShared(Path fileOrFolder) {
		return rootOf(fileOrFolder) != null;
	}

	/**
	 * 共有: a new repository in {@code folder} with everything in it as the first version. With a
	 * {@code remote} (a path or URL of a bare repository; a local path that does not exist yet is
	 * created as one), the first version is sent there and later syncs go through it.
	 */
	public static void share(Path folder, String remote, Identity who, String mergeDriver, CredentialsProvider credentials,
			ProgressMonitor monitor) throws TeamException {
		requireIdentity(who);
		if (Files.isDirectory(folder.resolve(Constants.DOT_GIT))) {
			throw new TeamException(NLS.bind(Messages.alreadyShared, folder));
		}
		try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch(BRANCH).call()) {
			writeHouseFiles(folder);
			configure(git.getRepository(), mergeDriver);
			git.add().addFilepattern(".").call(); //$NON-NLS-1$
			git.commit().setAuthor(who.person()).setCommitter(who.person()).setSign(Boolean.FALSE)
					.setMessage(Messages.firstVersion).call();
			if (remote != null && !remote.isBlank()) {
				connect(git.getRepository(), remote.strip());
				git.push().setRemote(REMOTE).add(BRANCH).setCredentialsProvider(credentials)
						.setProgressMonitor(monitor).call();
			}
		} catch (GitAPIException | IOException | java.net.URISyntaxException e) {
			throw new TeamException(NLS.bind(Messages.shareFailed, folder, describe(e)), e);
		}
	}

	/**
	 * Clones a shared engagement (path, file://, ssh:// or https:// URL) into {@code folder},
	 * which must not exist or be empty, and configures the model merge for it.
	 */
	public static void clone(String uri, Path folder, String mergeDriver, CredentialsProvider credentials,
			ProgressMonitor monitor) throws TeamException {
		try (Git git = Git.cloneRepository().setURI(uri).setDirectory(folder.toFile())
				.setCredentialsProvider(credentials).setProgressMonitor(monitor).call()) {
			configure(git.getRepository(), mergeDriver);
			if (git.getRepository().resolve(Constants.HEAD) == null) {
				// an empty shared repository: the first sync creates the branch
				git.getRepository().updateRef(Constants.HEAD).link(Constants.R_HEADS + BRANCH);
			}
		} catch (GitAPIException | IOException e) {
			throw new TeamException(NLS.bind(Messages.cloneFailed, uri, describe(e)), e);
		}
	}

	/**
	 * The repository's own configuration: the model merge as git's merge driver (it is per clone;
	 * git never runs a command from a cloned file), the branch tracking the shared repository.
	 */
	public static void configure(Repository repository, String mergeDriver) throws IOException {
		StoredConfig config = repository.getConfig();
		config.setString("merge", "kansa", "name", "Kansa model merge"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (mergeDriver != null) {
			config.setString("merge", "kansa", "driver", mergeDriver); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		config.setBoolean(ConfigConstants.CONFIG_COMMIT_SECTION, null, ConfigConstants.CONFIG_KEY_GPGSIGN, false);
		config.save();
	}

	static void connect(Repository repository, String remote) throws IOException, java.net.URISyntaxException, GitAPIException {
		String uri = remote;
		if (!remote.contains("://") && !remote.matches("^[^/]+@[^/]+:.*")) { //$NON-NLS-1$ //$NON-NLS-2$
			Path bare = Path.of(remote).toAbsolutePath().normalize();
			if (!Files.exists(bare)) {
				Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch(BRANCH).call().close();
			}
			uri = bare.toString();
		}
		StoredConfig config = repository.getConfig();
		config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL,
				new URIish(uri).toString());
		config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, "fetch", //$NON-NLS-1$
				"+refs/heads/*:refs/remotes/" + REMOTE + "/*"); //$NON-NLS-1$ //$NON-NLS-2$
		config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_REMOTE, REMOTE);
		config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_MERGE,
				Constants.R_HEADS + BRANCH);
		config.save();
	}

	/** Adds what is missing to .gitattributes and .gitignore, keeping what a team already wrote. */
	static void writeHouseFiles(Path folder) throws IOException {
		appendMissing(folder.resolve(Constants.DOT_GIT_ATTRIBUTES), ATTRIBUTES_LINE);
		for (String pattern : IGNORED) {
			appendMissing(folder.resolve(Constants.DOT_GIT_IGNORE), pattern);
		}
	}

	private static void appendMissing(Path file, String line) throws IOException {
		String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
		if (text.lines().anyMatch(l -> l.strip().equals(line))) {
			return;
		}
		String prefix = text.isEmpty() || text.endsWith("\n") ? "" : "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Files.writeString(file, text + prefix + line + "\n", StandardCharsets.UTF_8); //$NON-NLS-1$
	}

	static void requireIdentity(Identity who) throws TeamException {
		if (who == null || !who.isComplete()) {
			throw new TeamException(Messages.identityMissing);
		}
	}

	/**
	 * The cause for people: what the SSH or HTTPS layer refused, in the auditor's words (naming the
	 * server), else the innermost message along the chain of causes (the most specific).
	 */
	public static String describe(Throwable e) {
		String message = null;
		String server = null;
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof HostKeyRefusedException) {
				return t.getMessage();
			}
			if (server == null && t.getMessage() != null) {
				server = serverOf(t.getMessage());
			}
			if (t instanceof javax.net.ssl.SSLHandshakeException || t instanceof java.security.cert.CertificateException
					|| t instanceof java.security.cert.CertPathValidatorException) {
				return NLS.bind(Messages.httpsUntrusted, server == null ? "?" : server); //$NON-NLS-1$
			}
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				message = t.getMessage();
			}
		}
		if (message != null && server != null) {
			// JGit's words once the server refused every password offered
			if (message.endsWith("not authorized")) { //$NON-NLS-1$
				return NLS.bind(Messages.httpsNotAuthorized, server);
			}
			if (message.contains("No more authentication methods available") && server.startsWith("ssh://")) { //$NON-NLS-1$ //$NON-NLS-2$
				URIish uri = uriOf(server);
				return NLS.bind(Messages.sshAuthFailed, new Object[] { uri == null ? server : uri.getHost(),
						TeamSsh.sshDirectory(), uri == null || uri.getUser() == null ? System.getProperty("user.name") : uri.getUser() }); //$NON-NLS-1$
			}
		}
		return message == null ? e.getClass().getSimpleName() : message;
	}

	/** JGit's transport errors start with the URL they concern: {@code ssh://host/path: reason}. */
	private static String serverOf(String message) {
		int scheme = message.indexOf("://"); //$NON-NLS-1$
		if (scheme <= 0 || scheme > 8) {
			return null;
		}
		int end = message.indexOf(": ", scheme); //$NON-NLS-1$
		return end < 0 ? null : message.substring(0, end);
	}

	private static URIish uriOf(String text) {
		try {
			return new URIish(text);
		} catch (java.net.URISyntaxException e) {
			return null;
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.IdentityPasswordProvider;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

import jp.kansa.team.internal.KnownHosts;

/**
 * ssh:// URLs inside the product, through JGit's Apache MINA sshd transport (no OpenSSH client
 * needed): the auditor's keys and {@code config} from {@code ~/.ssh}, the servers trusted in
 * {@code ~/.ssh/known_hosts} ({@link KnownHosts}: an unknown server is asked about, a changed key
 * refused). A key's passphrase and a server password go through the operation's credentials
 * provider — the same path as HTTPS passwords, kept only in secure storage
 * ({@link TeamCredentials}). A {@code GIT_SSH} in the environment still takes precedence (JGit's
 * rule), for teams that want their own OpenSSH client and agent.
 */
public final class TeamSsh {

	private static Path home;
	private static Path sshDirectory;
	private static SshdSessionFactory built;

	private TeamSsh() {
	}

	/** The auditor's own ~/.ssh, once per JVM. */
	public static synchronized void ensureInstalled() {
		if (sshDirectory == null) {
			Path userHome = Path.of(System.getProperty("user.home")); //$NON-NLS-1$
			install(userHome, userHome.resolve(".ssh")); //$NON-NLS-1$
		}
	}

	/**
	 * Uses {@code sshDirectory} for keys, config and known_hosts (tests use their own). The SSH
	 * library is loaded on the first ssh:// connection only: a sync over a path, git:// or https
	 * (and every other command of the command line) does not pay for it.
	 */
	public static synchronized void install(Path homeDirectory, Path sshDirectory) {
		SshdSessionFactory previous = built;
		TeamSsh.home = homeDirectory;
		TeamSsh.sshDirectory = sshDirectory;
		built = null;
		SshSessionFactory.setInstance(new SshSessionFactory() {
			@Override
			public RemoteSession getSession(URIish uri, CredentialsProvider credentials, FS fs, int timeout)
					throws TransportException {
				return factory().getSession(uri, credentials, fs, timeout);
			}

			@Override
			public String getType() {
				return "kansa-sshd"; //$NON-NLS-1$
			}
		});
		if (previous != null) {
			previous.close(); // drops the previous keys cache and sessions
		}
	}

	private static synchronized SshdSessionFactory factory() {
		if (built == null) {
			Path knownHosts = sshDirectory.resolve("known_hosts"); //$NON-NLS-1$
			built = new SshdSessionFactoryBuilder() //
					.setHomeDirectory(home.toFile()) //
					.setSshDirectory(sshDirectory.toFile()) //
					.setPreferredAuthentications("publickey,keyboard-interactive,password") //$NON-NLS-1$
					.setServerKeyDatabase((h, ssh) -> new KnownHosts(knownHosts)) //
					.setKeyPasswordProvider(RetryAwarePasswords::new) //
					.build(new JGitKeyCache());
		}
		return built;
	}

	/** Where keys, config and known_hosts are read from. */
	public static synchronized Path sshDirectory() {
		ensureInstalled();
		return sshDirectory;
	}

	/**
	 * JGit asks again for a passphrase or password the server or key refused without telling the
	 * provider: say so through {@link CredentialsProvider#reset}, as HTTPS does, so that a stored
	 * one is dropped and the auditor is asked (with "refused" shown) instead of retried silently.
	 */
	private static final class RetryAwarePasswords extends IdentityPasswordProvider {

		RetryAwarePasswords(CredentialsProvider provider) {
			super(provider);
		}

		@Override
		protected char[] getPassword(URIish uri, int attempt, State state) throws IOException {
			if (state.getCount() > 0 && getCredentialsProvider() != null) {
				getCredentialsProvider().reset(uri);
			}
			return super.getPassword(uri, attempt, state);
		}
	}
}

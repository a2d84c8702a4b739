/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.IdentityPasswordProvider;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

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

	private static SshdSessionFactory installed;
	private static Path sshDirectory;

	private TeamSsh() {
	}

	/** The auditor's own ~/.ssh, once per JVM. */
	public static synchronized void ensureInstalled() {
		if (installed == null) {
			Path home = Path.of(System.getProperty("user.home")); //$NON-NLS-1$
			install(home, home.resolve(".ssh")); //$NON-NLS-1$
		}
	}

	/** Uses {@code sshDirectory} for keys, config and known_hosts (tests use their own). */
	public static synchronized void install(Path home, Path sshDirectory) {
		SshdSessionFactory factory = new SshdSessionFactoryBuilder() //
				.setHomeDirectory(home.toFile()) //
				.setSshDirectory(sshDirectory.toFile()) //
				.setPreferredAuthentications("publickey,keyboard-interactive,password") //$NON-NLS-1$
				.setServerKeyDatabase((h, ssh) -> new KnownHosts(sshDirectory.resolve("known_hosts"))) //$NON-NLS-1$
				.setKeyPasswordProvider(RetryAwarePasswords::new) //
				.build(new JGitKeyCache());
		SshdSessionFactory previous = installed;
		installed = factory;
		TeamSsh.sshDirectory = sshDirectory;
		SshSessionFactory.setInstance(factory);
		if (previous != null) {
			previous.close(); // drops the previous keys cache and sessions
		}
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

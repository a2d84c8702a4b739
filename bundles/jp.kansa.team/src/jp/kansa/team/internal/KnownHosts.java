/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.config.hosts.KnownHostHashValue;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.osgi.util.NLS;

/**
 * The SSH servers this auditor trusts: OpenSSH's {@code known_hosts} (the user's file, and the
 * machine's {@code /etc/ssh/ssh_known_hosts} read only). A key recorded for the host is accepted;
 * a different key for a known host is refused (someone may be in the middle); an unknown host is
 * asked about through the operation's credentials provider ({@link HostKeyQuestion}) and
 * recorded when trusted, else refused — never accepted silently, whatever ~/.ssh/config says.
 */
public final class KnownHosts implements ServerKeyDatabase {

	private static final Path GLOBAL = Path.of("/etc/ssh/ssh_known_hosts"); //$NON-NLS-1$
	private static final String REVOKED = "revoked"; //$NON-NLS-1$

	private final Path userFile;

	public KnownHosts(Path userFile) {
		this.userFile = userFile;
	}

	@Override
	public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
		List<PublicKey> keys = new ArrayList<>();
		for (KnownHostEntry entry : matching(connectAddress)) {
			PublicKey key = key(entry);
			if (key != null && entry.getMarker() == null) {
				keys.add(key);
			}
		}
		return keys;
	}

	@Override
	public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
			Configuration config, CredentialsProvider provider) {
		String fingerprint = KeyUtils.getFingerPrint(serverKey);
		String type = KeyUtils.getKeyType(serverKey);
		boolean known = false;
		for (KnownHostEntry entry : matching(connectAddress)) {
			PublicKey key = key(entry);
			if (key == null) {
				continue;
			}
			boolean same = KeyUtils.compareKeys(key, serverKey);
			if (REVOKED.equals(entry.getMarker())) {
				if (same) {
					throw new HostKeyRefusedException(NLS.bind(Messages.sshHostRevoked, connectAddress, fingerprint));
				}
				continue;
			}
			if (entry.getMarker() != null) {
				continue; // @cert-authority: host certificates are not used by our servers
			}
			if (same) {
				return true;
			}
			known = true;
		}
		if (known) {
			throw new HostKeyRefusedException(NLS.bind(Messages.sshHostChanged,
					new Object[] { connectAddress, type, fingerprint, userFile }));
		}
		HostKeyQuestion question = new HostKeyQuestion(connectAddress, type, fingerprint);
		if (provider != null && ask(provider, connectAddress, question) && question.trusted()) {
			remember(connectAddress, serverKey);
			return true;
		}
		throw new HostKeyRefusedException(NLS.bind(Messages.sshHostUnknown,
				new Object[] { connectAddress, type, fingerprint, userFile }));
	}

	private static boolean ask(CredentialsProvider provider, String connectAddress, HostKeyQuestion question) {
		try {
			URIish uri = new URIish().setScheme("ssh").setHost(host(connectAddress)).setPort(port(connectAddress)); //$NON-NLS-1$
			return provider.supports(question) && provider.get(uri, question);
		} catch (RuntimeException e) {
			return false; // a provider that cannot ask: refused like an unanswered question
		}
	}

	/** Appends the trusted key in OpenSSH's format, so that command-line ssh trusts it too. */
	private void remember(String connectAddress, PublicKey key) {
		try {
			Files.createDirectories(userFile.getParent());
			StringBuilder line = new StringBuilder(connectAddress).append(' ');
			PublicKeyEntry.appendPublicKeyEntry(line, key);
			String existing = Files.exists(userFile) ? Files.readString(userFile, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
			String prefix = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Files.writeString(userFile, prefix + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, //$NON-NLS-1$
					StandardOpenOption.APPEND);
		} catch (IOException e) {
			// trusted for this connection; the next one asks again
		}
	}

	private List<KnownHostEntry> matching(String connectAddress) {
		String host = host(connectAddress);
		int port = port(connectAddress);
		List<KnownHostEntry> found = new ArrayList<>();
		for (Path file : List.of(userFile, GLOBAL)) {
			if (!Files.isRegularFile(file)) {
				continue;
			}
			try {
				for (KnownHostEntry entry : KnownHostEntry.readKnownHostEntries(file)) {
					if (entry.isHostMatch(host, port)) {
						found.add(entry);
					}
				}
			} catch (IOException | RuntimeException e) {
				// an unreadable file trusts nothing: the host is asked about or refused
			}
		}
		return found;
	}

	private static PublicKey key(KnownHostEntry entry) {
		try {
			return entry.getKeyEntry() == null ? null
					: entry.getKeyEntry().resolvePublicKey(null, null, PublicKeyEntryResolver.IGNORING);
		} catch (IOException | GeneralSecurityException | RuntimeException e) {
			return null;
		}
	}

	/** {@code host} or {@code [host]:port}, as {@link KnownHostHashValue#createHostPattern} writes it. */
	static String host(String connectAddress) {
		if (connectAddress.startsWith("[")) { //$NON-NLS-1$
			return connectAddress.substring(1, connectAddress.indexOf(']'));
		}
		return connectAddress;
	}

	static int port(String connectAddress) {
		int close = connectAddress.indexOf("]:"); //$NON-NLS-1$
		return connectAddress.startsWith("[") && close > 0 ? Integer.parseInt(connectAddress.substring(close + 2)) : 22; //$NON-NLS-1$
	}
}

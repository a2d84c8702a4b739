/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

import jp.kansa.team.internal.HostKeyQuestion;

/**
 * User names and passwords of shared repositories, kept only in Eclipse secure storage (the
 * password encrypted), never in the repository's configuration or any plain file. One node per
 * host and path, so two repositories on one server can use different accounts.
 */
public final class TeamCredentials {

	static final String NODE = "jp.kansa.team/credentials"; //$NON-NLS-1$
	static final String USER = "user"; //$NON-NLS-1$
	static final String PASSWORD = "password"; //$NON-NLS-1$

	/** Asks the auditor when nothing is stored, or when what is stored was refused. */
	public interface Prompt {
		/** @return user and password, or {@code null} when the auditor cancelled */
		String[] ask(URIish uri, String storedUser);

		/**
		 * Like {@link #ask(URIish, String)}; {@code refused} when the server refused the password
		 * stored or typed before (the dialog says so).
		 */
		default String[] ask(URIish uri, String storedUser, boolean refused) {
			return ask(uri, storedUser);
		}

		/**
		 * The passphrase of an SSH key file ({@code refused}: the one before did not open it).
		 * @return the passphrase, or {@code null} when the auditor cancelled (the default: SSH keys
		 *         with a passphrase need a prompt)
		 */
		default char[] passphrase(String keyFile, boolean refused) {
			return null;
		}

		/**
		 * An SSH server not yet in known_hosts: {@code true} trusts its key (recorded), {@code false}
		 * refuses the connection. The default refuses: an unknown key is never accepted silently.
		 */
		default boolean trustHostKey(String host, String keyType, String fingerprint) {
			return false;
		}
	}

	private final ISecurePreferences root;

	public TeamCredentials(ISecurePreferences root) {
		this.root = root;
	}

	public void store(String uri, String user, char[] password) throws StorageException {
		ISecurePreferences node = node(uri);
		node.put(USER, user, false);
		node.put(PASSWORD, new String(password), true);
		try {
			node.flush();
		} catch (java.io.IOException e) {
			throw new StorageException(StorageException.INTERNAL_ERROR, e);
		}
	}

	/** user and password, or {@code null} when nothing is stored for the URI. */
	public String[] lookup(String uri) throws StorageException {
		String key = key(uri);
		if (!root.nodeExists(NODE + "/" + key)) { //$NON-NLS-1$
			return null;
		}
		ISecurePreferences node = root.node(NODE + "/" + key); //$NON-NLS-1$
		String user = node.get(USER, null);
		String password = node.get(PASSWORD, null);
		return user == null || password == null ? null : new String[] { user, password };
	}

	/** Drops what is stored for the URI, on disk too: a refused password must not come back next session. */
	public void forget(String uri) {
		String key = key(uri);
		if (root.nodeExists(NODE + "/" + key)) { //$NON-NLS-1$
			root.node(NODE + "/" + key).removeNode(); //$NON-NLS-1$
			try {
				root.flush();
			} catch (java.io.IOException e) {
				// removed in this session; the next password stored is written over it
			}
		}
	}

	/**
	 * For JGit: what is stored, else what the prompt returns (then stored). JGit says a password
	 * was refused by {@link CredentialsProvider#reset} (HTTPS after a 401, SSH through
	 * {@link TeamSsh} after a failed key or password): the stored one is dropped and the prompt
	 * asks again, saying it was refused. SSH key passphrases are kept the same way, under the key
	 * file; an unknown SSH server's key is put to the prompt ({@link HostKeyQuestion}).
	 */
	public CredentialsProvider provider(Prompt prompt) {
		return new CredentialsProvider() {
			private final java.util.Set<String> refused = new java.util.HashSet<>();

			@Override
			public boolean isInteractive() {
				return prompt != null;
			}

			@Override
			public boolean supports(CredentialItem... items) {
				for (CredentialItem item : items) {
					if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
							|| item instanceof CredentialItem.InformationalMessage || item instanceof HostKeyQuestion)) {
						return false;
					}
				}
				return true;
			}

			@Override
			public void reset(URIish uri) {
				String key = storageKey(uri);
				refused.add(key);
				forget(key);
			}

			@Override
			public boolean get(URIish uri, CredentialItem... items) {
				for (CredentialItem item : items) {
					if (item instanceof HostKeyQuestion question) {
						question.setTrusted(prompt != null
								&& prompt.trustHostKey(question.host(), question.keyType(), question.fingerprint()));
						return true;
					}
				}
				boolean passphrase = isKeyPassphrase(uri, items);
				String key = storageKey(uri);
				boolean wasRefused = refused.contains(key);
				String[] found = null;
				try {
					found = wasRefused ? null : lookup(key);
				} catch (StorageException e) {
					found = null;
				}
				if (found == null && prompt != null) {
					if (passphrase) {
						char[] typed = prompt.passphrase(uri.getPath(), wasRefused);
						found = typed == null ? null : new String[] { "", new String(typed) }; //$NON-NLS-1$
					} else {
						found = prompt.ask(uri, uri.getUser(), wasRefused);
					}
					if (found != null) {
						refused.remove(key);
						try {
							store(key, found[0], found[1].toCharArray());
						} catch (StorageException e) {
							// still usable for this operation; the next one asks again
						}
					}
				}
				if (found == null) {
					return false;
				}
				for (CredentialItem item : items) {
					if (item instanceof CredentialItem.Username u) {
						u.setValue(found[0]);
					} else if (item instanceof CredentialItem.Password p) {
						p.setValue(found[1].toCharArray());
					}
				}
				return true;
			}
		};
	}

	/**
	 * JGit asks for an SSH key's passphrase with the key file as URI (no host) and no user item;
	 * a server's password always comes with a host.
	 */
	private static boolean isKeyPassphrase(URIish uri, CredentialItem... items) {
		if (uri.getHost() != null && !uri.getHost().isEmpty()) {
			return false;
		}
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.Username) {
				return false;
			}
		}
		return true;
	}

	/** Server accounts by host and path; SSH key passphrases by key file. */
	private static String storageKey(URIish uri) {
		return uri.getHost() == null || uri.getHost().isEmpty() ? "ssh-key:" + uri.getPath() : uri.toString(); //$NON-NLS-1$
	}

	private ISecurePreferences node(String uri) {
		return root.node(NODE + "/" + key(uri)); //$NON-NLS-1$
	}

	/** host and path without user or password: what identifies the account's repository. */
	static String key(String uri) {
		String normalised = uri;
		try {
			URIish u = new URIish(uri);
			normalised = (u.getScheme() == null ? "" : u.getScheme() + "://") + (u.getHost() == null ? "" : u.getHost()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getPath(); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (java.net.URISyntaxException e) {
			// not a URI git knows: the text itself is the key
		}
		return URLEncoder.encode(normalised, StandardCharsets.UTF_8);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.internal;

import org.eclipse.jgit.transport.CredentialItem;

/**
 * "Trust this SSH server's key?", asked through the operation's credentials provider so that the
 * workbench shows it in Japanese with the host and the key's fingerprint. Providers that do not
 * know it leave it unanswered: the key is then refused, never silently accepted.
 */
public final class HostKeyQuestion extends CredentialItem {

	private final String host;
	private final String keyType;
	private final String fingerprint;
	private boolean trusted;

	public HostKeyQuestion(String host, String keyType, String fingerprint) {
		super(host + " " + keyType + " " + fingerprint, false); //$NON-NLS-1$ //$NON-NLS-2$
		this.host = host;
		this.keyType = keyType;
		this.fingerprint = fingerprint;
	}

	public String host() {
		return host;
	}

	public String keyType() {
		return keyType;
	}

	public String fingerprint() {
		return fingerprint;
	}

	public boolean trusted() {
		return trusted;
	}

	public void setTrusted(boolean trusted) {
		this.trusted = trusted;
	}

	@Override
	public void clear() {
		trusted = false;
	}
}

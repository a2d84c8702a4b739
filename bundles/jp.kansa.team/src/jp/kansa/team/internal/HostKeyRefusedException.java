/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.internal;

/**
 * An SSH server's key was not trusted: unknown and not accepted by the auditor, or different from
 * the one recorded for the host. Thrown from inside the SSH handshake so that the reason, naming
 * the host, reaches the auditor instead of a generic "key did not validate".
 */
public final class HostKeyRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public HostKeyRefusedException(String message) {
		super(message);
	}
}

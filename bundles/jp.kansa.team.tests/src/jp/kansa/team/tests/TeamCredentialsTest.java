/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.team.TeamCredentials;

/**
 * Server passwords go into Eclipse secure storage, encrypted, and only there; JGit gets them from
 * it, and the prompt is asked when nothing is stored or the stored password was refused.
 */
class TeamCredentialsTest {

	@TempDir
	Path root;

	@Test
	void passwordIsStoredEncryptedAndHandedToJGit() throws Exception {
		Path file = root.resolve("secure_storage");
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master-of-test".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		ISecurePreferences storage = SecurePreferencesFactory.open(file.toUri().toURL(), options);
		TeamCredentials credentials = new TeamCredentials(storage);
		String uri = "https://git.example.org/audit/minato.git";
		assertNull(credentials.lookup(uri));

		AtomicInteger asked = new AtomicInteger();
		CredentialsProvider provider = credentials.provider((u, user) -> {
			asked.incrementAndGet();
			return new String[] { "hanako", "秘密のパスワード-123" };
		});
		CredentialItem.Username user = new CredentialItem.Username();
		CredentialItem.Password password = new CredentialItem.Password();
		assertTrue(provider.get(new URIish(uri), user, password));
		assertEquals("hanako", user.getValue());
		assertArrayEquals("秘密のパスワード-123".toCharArray(), password.getValue());
		assertEquals(1, asked.get(), "asked once, then stored");

		String onDisk = Files.readString(file, StandardCharsets.ISO_8859_1);
		assertTrue(onDisk.contains("hanako") || onDisk.contains("jp.kansa.team"), "the storage file was written");
		assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("秘密のパスワード-123"), "never in clear text");
		assertFalse(onDisk.contains("-123"), "never in clear text");

		// a new session reads it back without asking
		TeamCredentials again = new TeamCredentials(SecurePreferencesFactory.open(file.toUri().toURL(), options));
		assertArrayEquals(new String[] { "hanako", "秘密のパスワード-123" }, again.lookup(uri));
		CredentialsProvider second = again.provider((u, x) -> {
			asked.incrementAndGet();
			return new String[] { "hanako", "新しいパスワード" };
		});
		assertTrue(second.get(new URIish(uri), new CredentialItem.Username(), new CredentialItem.Password()));
		assertEquals(1, asked.get(), "the stored password is used first");
		assertTrue(second.get(new URIish(uri), new CredentialItem.Username(), new CredentialItem.Password()));
		assertEquals(1, asked.get(), "a second connection of the same operation takes the stored password too");
		// JGit's way of saying the server refused it (HTTPS after a 401, SSH through TeamSsh)
		second.reset(new URIish(uri));
		assertNull(again.lookup(uri), "a refused password is not kept");
		CredentialItem.Password retried = new CredentialItem.Password();
		assertTrue(second.get(new URIish(uri), new CredentialItem.Username(), retried));
		assertEquals(2, asked.get(), "a refused password is asked for again");
		assertArrayEquals("新しいパスワード".toCharArray(), retried.getValue());
		assertArrayEquals(new String[] { "hanako", "新しいパスワード" }, again.lookup(uri));
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import static jp.kansa.team.tests.TeamFixture.PREPARER;
import static jp.kansa.team.tests.TeamFixture.REVIEWER;
import static jp.kansa.team.tests.TeamFixture.check;
import static jp.kansa.team.tests.TeamFixture.edit;
import static jp.kansa.team.tests.TeamFixture.engagementFolder;
import static jp.kansa.team.tests.TeamFixture.load;
import static jp.kansa.team.tests.TeamFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamCredentials;
import jp.kansa.team.TeamException;
import jp.kansa.team.TeamRepository;
import jp.kansa.team.TeamSsh;
import jp.kansa.team.TeamSync;

/**
 * ssh:// inside the product (JGit's sshd transport) against Debian's OpenSSH server started on
 * 127.0.0.1: the reviewer clones and syncs over SSH with a key from its ~/.ssh, the preparer
 * through the bare repository the server serves, and both see each other's work; an unknown
 * server key is asked about (and refused when not trusted or when nobody can be asked), a
 * changed one refused without asking, a key the server does not know named in a clear message,
 * a key's passphrase asked through the credentials path and kept only in secure storage.
 */
class SshSyncTest {

	@TempDir
	Path root;

	private Path clientSsh;
	private Path bare;
	private OpenSshServer server;

	@BeforeEach
	void startServer() throws Exception {
		clientSsh = root.resolve("home/.ssh");
		String publicKey = OpenSshServer.keygen(clientSsh.resolve("id_ed25519"), "");
		server = OpenSshServer.start(root.resolve("sshd"), publicKey);
		TeamSsh.install(root.resolve("home"), clientSsh);
		bare = root.resolve("served/minato.git");
	}

	@AfterEach
	void stopServer() throws Exception {
		server.close();
		Path home = Path.of(System.getProperty("user.home"));
		TeamSsh.install(home, home.resolve(".ssh"));
	}

	/** Records what the auditor was asked; trusts host keys when told to. */
	static final class Asked implements TeamCredentials.Prompt {
		final List<String> hostKeys = new ArrayList<>();
		final List<Boolean> passphrases = new ArrayList<>();
		final boolean trust;
		final List<String> passphraseAnswers;

		Asked(boolean trust, String... passphraseAnswers) {
			this.trust = trust;
			this.passphraseAnswers = new ArrayList<>(List.of(passphraseAnswers));
		}

		@Override
		public String[] ask(URIish uri, String storedUser) {
			throw new AssertionError("no server password is asked over SSH with keys: " + uri);
		}

		@Override
		public char[] passphrase(String keyFile, boolean refused) {
			passphrases.add(Boolean.valueOf(refused));
			return passphraseAnswers.isEmpty() ? null : passphraseAnswers.remove(0).toCharArray();
		}

		@Override
		public boolean trustHostKey(String host, String keyType, String fingerprint) {
			hostKeys.add(host + " " + keyType + " " + fingerprint);
			return trust;
		}
	}

	private ISecurePreferences storage() throws Exception {
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master-of-test".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		return SecurePreferencesFactory.open(root.resolve("secure_storage").toUri().toURL(), options);
	}

	private String hostPattern() {
		return "[127.0.0.1]:" + server.port;
	}

	@Test
	void reviewerClonesAndSyncsOverSshAfterTrustingTheServerOnce() throws Exception {
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);

		Asked asked = new Asked(true);
		CredentialsProvider credentials = new TeamCredentials(storage()).provider(asked);
		Path reviewer = root.resolve("reviewer");
		TeamRepository.clone(server.url(bare.toString()), reviewer, null, credentials, null);
		assertEquals(List.of(hostPattern() + " ssh-ed25519 " + server.fingerprint()), asked.hostKeys,
				"the unknown server is put to the auditor once, with its fingerprint as OpenSSH prints it");
		String knownHosts = Files.readString(clientSsh.resolve("known_hosts"), StandardCharsets.UTF_8);
		String serverKey = Files.readString(Path.of(server.hostKey + ".pub"), StandardCharsets.UTF_8).split(" ")[1];
		assertTrue(knownHosts.startsWith(hostPattern() + " ssh-ed25519 " + serverKey), knownHosts);

		edit(reviewer, e -> check(e, "C-3/2-A-9-①").setConclusion("SSH で査閲済み"));
		SyncReport sent = new TeamSync(REVIEWER, credentials, Locale.JAPANESE).sync(reviewer, null);
		assertTrue(sent.sent(), sent.summary());
		assertTrue(sync(preparer, PREPARER).received() >= 1);
		assertEquals("SSH で査閲済み", check(load(preparer), "C-3/2-A-9-①").getConclusion());

		edit(preparer, e -> check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING));
		assertTrue(sync(preparer, PREPARER).sent());
		CredentialsProvider later = new TeamCredentials(storage()).provider(asked);
		SyncReport received = new TeamSync(REVIEWER, later, Locale.JAPANESE).sync(reviewer, null);
		assertTrue(received.sent() && received.received() == 1, received.summary());
		assertEquals(AssessmentStatus.CONFORMING, check(load(reviewer), "C-2/2-A-9-①").getAssessment());
		assertEquals(1, asked.hostKeys.size(), "a server in known_hosts is not asked about again");
		assertTrue(server.log().contains("Accepted publickey for " + System.getProperty("user.name")), server.log());
	}

	@Test
	void unknownServerKeyIsRefusedNamingTheServerWhenNotTrusted() throws Exception {
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		String url = server.url(bare.toString());

		// nobody to ask (kansa sync on the command line)
		TeamException headless = assertThrows(TeamException.class,
				() -> TeamRepository.clone(url, root.resolve("a"), null, null, null));
		assertTrue(headless.getMessage().contains(hostPattern()) && headless.getMessage().contains(server.fingerprint()),
				headless.getMessage());

		// the auditor says no
		Asked no = new Asked(false);
		TeamException refused = assertThrows(TeamException.class, () -> TeamRepository.clone(url, root.resolve("b"),
				null, new TeamCredentials(storage()).provider(no), null));
		assertEquals(1, no.hostKeys.size());
		assertTrue(refused.getMessage().contains(hostPattern()), refused.getMessage());
		assertFalse(Files.exists(clientSsh.resolve("known_hosts")), "a refused key is not recorded");
		assertFalse(server.log().contains("Accepted publickey"), "no connection went past the server key");
	}

	@Test
	void changedServerKeyIsRefusedWithoutAsking() throws Exception {
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		String impostor = OpenSshServer.keygen(root.resolve("other/key"), "");
		Files.writeString(clientSsh.resolve("known_hosts"), hostPattern() + " " + impostor + "\n", StandardCharsets.UTF_8);

		Asked asked = new Asked(true);
		TeamException e = assertThrows(TeamException.class, () -> TeamRepository.clone(server.url(bare.toString()),
				root.resolve("reviewer"), null, new TeamCredentials(storage()).provider(asked), null));
		assertEquals(List.of(), asked.hostKeys, "a changed key is never put to the auditor as if it were new");
		assertTrue(e.getMessage().contains(hostPattern()) && e.getMessage().contains(server.fingerprint())
				&& e.getMessage().contains(clientSsh.resolve("known_hosts").toString()), e.getMessage());
		assertEquals(hostPattern() + " " + impostor + "\n",
				Files.readString(clientSsh.resolve("known_hosts"), StandardCharsets.UTF_8), "known_hosts unchanged");
	}

	@Test
	void keyTheServerDoesNotKnowGivesAClearMessage() throws Exception {
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		Path otherSsh = root.resolve("stranger/.ssh");
		OpenSshServer.keygen(otherSsh.resolve("id_ed25519"), "");
		String serverKey = Files.readString(Path.of(server.hostKey + ".pub"), StandardCharsets.UTF_8);
		Files.writeString(otherSsh.resolve("known_hosts"), hostPattern() + " " + serverKey, StandardCharsets.UTF_8);
		TeamSsh.install(root.resolve("stranger"), otherSsh);

		TeamException e = assertThrows(TeamException.class, () -> TeamRepository.clone(server.url(bare.toString()),
				root.resolve("reviewer"), null, new TeamCredentials(storage()).provider(new Asked(false)), null));
		assertTrue(e.getMessage().contains("127.0.0.1") && e.getMessage().contains(otherSsh.toString())
				&& e.getMessage().contains(System.getProperty("user.name")), e.getMessage());
	}

	@Test
	void passphraseOfTheKeyIsAskedAgainWhenWrongAndKeptOnlyInSecureStorage() throws Exception {
		String passphrase = "kagi-" + Long.toHexString(new java.security.SecureRandom().nextLong());
		Path lockedSsh = root.resolve("locked/.ssh");
		String publicKey = OpenSshServer.keygen(lockedSsh.resolve("id_ed25519"), passphrase);
		Files.writeString(server.authorizedKeys, publicKey + "\n", StandardCharsets.UTF_8);
		String serverKey = Files.readString(Path.of(server.hostKey + ".pub"), StandardCharsets.UTF_8);
		Files.writeString(lockedSsh.resolve("known_hosts"), hostPattern() + " " + serverKey, StandardCharsets.UTF_8);
		TeamSsh.install(root.resolve("locked"), lockedSsh);
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);

		Asked asked = new Asked(false, "machigai", passphrase);
		Path reviewer = root.resolve("reviewer");
		TeamRepository.clone(server.url(bare.toString()), reviewer, null, new TeamCredentials(storage()).provider(asked),
				null);
		assertEquals(List.of(Boolean.FALSE, Boolean.TRUE), asked.passphrases, "asked, then asked again saying it was refused");

		// a new session (no key cached in memory) takes the passphrase from secure storage
		TeamSsh.install(root.resolve("locked"), lockedSsh);
		Asked later = new Asked(false);
		edit(reviewer, e -> check(e, "C-3/2-A-9-①").setConclusion("合言葉つきの鍵で同期"));
		SyncReport report = new TeamSync(REVIEWER, new TeamCredentials(storage()).provider(later), Locale.JAPANESE)
				.sync(reviewer, null);
		assertTrue(report.sent(), report.summary());
		assertEquals(List.of(), later.passphrases, "the stored passphrase is used");

		String stored = Files.readString(root.resolve("secure_storage"), StandardCharsets.ISO_8859_1);
		assertFalse(stored.contains(passphrase), "encrypted in secure storage");
		PlainFiles.assertNowhere(passphrase, root, Path.of(System.getProperty("user.home")));
	}
}

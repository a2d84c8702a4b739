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
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamCredentials;
import jp.kansa.team.TeamException;
import jp.kansa.team.TeamRepository;
import jp.kansa.team.TeamSync;
import jp.kansa.team.internal.Messages;

/**
 * Signing in to a real HTTPS Git server (Debian's git http-backend behind the JDK's HTTPS server
 * on 127.0.0.1, Basic authentication for fetch and push, a certificate of the hospital's own CA
 * made by the test). The product trusts such a server only through Java's trust store, where
 * the hospital's CA is added (here: the JDK's cacerts plus the test's certificate, as keytool
 * -importcert would make it); before that the connection is refused with a clear message and no
 * password leaves the machine. A wrong password is asked again, saying it was refused; the right
 * one is kept in secure storage, encrypted, and in no plain file of the workspace, the
 * repository or the home folder.
 */
class HttpsSyncTest {

	private static final String USER = "minato-auditor";

	@TempDir
	Path root;

	private String password;
	private GitHttpsServer server;
	private SSLSocketFactory previousDefault;

	@BeforeEach
	void startServer() throws Exception {
		password = "pw-" + Long.toHexString(new SecureRandom().nextLong());
		Path served = Files.createDirectories(root.resolve("served"));
		server = GitHttpsServer.start(root.resolve("tls"), served, USER, password);
		previousDefault = HttpsURLConnection.getDefaultSSLSocketFactory();
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, served.resolve("minato.git").toString(), PREPARER, null, null, null);
	}

	@AfterEach
	void stopServer() {
		HttpsURLConnection.setDefaultSSLSocketFactory(previousDefault);
		server.close();
	}

	/** Java's trust store with the hospital's CA added: what the README tells the auditor to do. */
	private void trustTheHospitalCa() throws Exception {
		KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
		try (InputStream in = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"))) {
			trusted.load(in, "changeit".toCharArray());
		}
		trusted.setCertificateEntry("minato-hospital-ca", server.certificate);
		TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		tmf.init(trusted);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, tmf.getTrustManagers(), null);
		HttpsURLConnection.setDefaultSSLSocketFactory(tls.getSocketFactory());
	}

	private ISecurePreferences storage() throws Exception {
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master-of-test".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		return SecurePreferencesFactory.open(root.resolve("secure_storage").toUri().toURL(), options);
	}

	/** The sign-in dialog's answers in order; records whether each question said "refused". */
	static final class SignIn implements TeamCredentials.Prompt {
		final List<Boolean> refusedFlags = new ArrayList<>();
		final List<String[]> answers;

		SignIn(String[]... answers) {
			this.answers = new ArrayList<>(List.of(answers));
		}

		@Override
		public String[] ask(URIish uri, String storedUser) {
			throw new AssertionError("the refusal flag is always passed");
		}

		@Override
		public String[] ask(URIish uri, String storedUser, boolean refused) {
			refusedFlags.add(Boolean.valueOf(refused));
			return answers.isEmpty() ? null : answers.remove(0);
		}
	}

	@Test
	void serverOfAnUntrustedCaIsRefusedBeforeAnyPasswordIsSent() throws Exception {
		SignIn signIn = new SignIn(new String[] { USER, password });
		String url = server.url("minato.git");
		TeamException e = assertThrows(TeamException.class, () -> TeamRepository.clone(url, root.resolve("reviewer"),
				null, new TeamCredentials(storage()).provider(signIn), null));
		assertTrue(e.getMessage().contains(NLS.bind(Messages.httpsUntrusted, url)), e.getMessage());
		assertEquals(List.of(), signIn.refusedFlags, "no password is asked for an untrusted server");
		assertEquals(0, server.served.get() + server.refused.get(), "nothing reached git");
	}

	@Test
	void wrongPasswordIsAskedAgainThenSyncWorksAndThePasswordIsOnlyInSecureStorage() throws Exception {
		trustTheHospitalCa();
		String url = server.url("minato.git");
		SignIn signIn = new SignIn(new String[] { USER, "machigai" }, new String[] { USER, password });
		Path reviewer = root.resolve("reviewer");
		TeamRepository.clone(url, reviewer, null, new TeamCredentials(storage()).provider(signIn), null);
		assertEquals(List.of(Boolean.FALSE, Boolean.TRUE), signIn.refusedFlags,
				"asked, then asked again saying the server refused it");
		assertTrue(server.refused.get() >= 1, "the server saw the wrong password");
		assertArrayEquals(new String[] { USER, password }, new TeamCredentials(storage()).lookup(url));

		// later operations take it from secure storage: nobody is asked
		edit(reviewer, e -> check(e, "C-3/2-A-9-①").setConclusion("HTTPS で査閲済み"));
		SignIn never = new SignIn();
		SyncReport report = new TeamSync(REVIEWER, new TeamCredentials(storage()).provider(never), Locale.JAPANESE)
				.sync(reviewer, null);
		assertTrue(report.sent(), report.summary());
		assertEquals(List.of(), never.refusedFlags);
		Path preparer = root.resolve("preparer");
		assertEquals(1, sync(preparer, PREPARER).received());
		assertEquals("HTTPS で査閲済み", check(load(preparer), "C-3/2-A-9-①").getConclusion());

		String config = Files.readString(reviewer.resolve(".git/config"), StandardCharsets.UTF_8);
		assertTrue(config.contains("url = " + url + "\n"), "the remote has no user or password in it: " + config);
		assertFalse(config.contains(password) || config.contains("sslVerify"), config);
		assertFalse(Files.readString(root.resolve("secure_storage"), StandardCharsets.ISO_8859_1).contains(password),
				"encrypted in secure storage");
		PlainFiles.assertNowhere(password, root, workbenchWorkspace(), Path.of(System.getProperty("user.home")));
	}

	/** The OSGi instance area (the workbench's workspace with its .metadata) of this test runtime. */
	private static Path workbenchWorkspace() throws Exception {
		String area = System.getProperty("osgi.instance.area");
		return area == null ? Path.of("target/work/data").toAbsolutePath() : Path.of(new java.net.URI(area.replace(" ", "%20")));
	}

	@Test
	void refusedPasswordAndNoOtherGivesAClearMessage() throws Exception {
		trustTheHospitalCa();
		String url = server.url("minato.git");
		SignIn signIn = new SignIn(new String[] { USER, "machigai" });
		TeamException e = assertThrows(TeamException.class, () -> TeamRepository.clone(url, root.resolve("reviewer"),
				null, new TeamCredentials(storage()).provider(signIn), null));
		assertEquals(List.of(Boolean.FALSE, Boolean.TRUE), signIn.refusedFlags);
		assertTrue(e.getMessage().contains(NLS.bind(Messages.httpsNotAuthorized, url)), e.getMessage());
		assertEquals(null, new TeamCredentials(storage()).lookup(url), "a refused password is not kept");
	}
}

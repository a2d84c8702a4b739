/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's OpenSSH server ({@code /usr/sbin/sshd -D}) on 127.0.0.1 and a free port, run as the
 * test user with its own configuration, host key and authorized_keys in a temporary folder: the
 * real thing an auditor's team would run, nothing of the machine's own sshd touched.
 */
final class OpenSshServer implements AutoCloseable {

	static final Path SSHD = Path.of("/usr/sbin/sshd");

	final Path folder;
	final Path hostKey;
	final Path authorizedKeys;
	final int port;
	private final Process process;

	private OpenSshServer(Path folder, Path hostKey, Path authorizedKeys, int port, Process process) {
		this.folder = folder;
		this.hostKey = hostKey;
		this.authorizedKeys = authorizedKeys;
		this.port = port;
		this.process = process;
	}

	/** Starts sshd accepting the public keys given (OpenSSH one-line format). */
	static OpenSshServer start(Path folder, String... authorizedPublicKeys) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Path hostKey = folder.resolve("ssh_host_ed25519_key");
		keygen(hostKey, "");
		Path authorized = folder.resolve("authorized_keys");
		Files.writeString(authorized, String.join("\n", authorizedPublicKeys) + "\n", StandardCharsets.UTF_8);
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = free.getLocalPort();
		}
		Path config = folder.resolve("sshd_config");
		Files.writeString(config, String.join("\n", //
				"Port " + port, //
				"ListenAddress 127.0.0.1", //
				"HostKey " + hostKey, //
				"PidFile " + folder.resolve("sshd.pid"), //
				"AuthorizedKeysFile " + authorized, //
				"StrictModes no", //
				"UsePAM no", //
				"PubkeyAuthentication yes", //
				"PasswordAuthentication no", //
				"KbdInteractiveAuthentication no", //
				"PermitRootLogin prohibit-password", //
				"LogLevel VERBOSE", "") //
				, StandardCharsets.UTF_8);
		if ("root".equals(System.getProperty("user.name"))) {
			// run as root, sshd separates privileges and insists on its empty folder
			Files.createDirectories(Path.of("/run/sshd"));
		}
		Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
				.redirectErrorStream(true).redirectOutput(folder.resolve("sshd.log").toFile()).start();
		OpenSshServer server = new OpenSshServer(folder, hostKey, authorized, port, process);
		server.waitForPort();
		return server;
	}

	String url(String repositoryPath) {
		return "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + repositoryPath;
	}

	/** What OpenSSH prints for the host key: {@code SHA256:...}. */
	String fingerprint() throws IOException, InterruptedException {
		String out = run(List.of("/usr/bin/ssh-keygen", "-l", "-E", "sha256", "-f", hostKey + ".pub"));
		return out.split(" ")[1];
	}

	String log() throws IOException {
		return Files.readString(folder.resolve("sshd.log"), StandardCharsets.UTF_8);
	}

	/** A new key pair ({@code passphrase} "" for none); returns the public key line. */
	static String keygen(Path privateKey, String passphrase) throws IOException, InterruptedException {
		Files.createDirectories(privateKey.getParent());
		// one bcrypt round for a key with a passphrase: the default 16 cost seconds per attempt in Java
		run(List.of("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-a", "1", "-N", passphrase, "-C", "kansa-test",
				"-f", privateKey.toString()));
		return Files.readString(Path.of(privateKey + ".pub"), StandardCharsets.UTF_8).strip();
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException(command + ": " + out);
		}
		return out;
	}

	private void waitForPort() throws InterruptedException, IOException {
		for (int i = 0; i < 200; i++) {
			if (!process.isAlive()) {
				throw new IOException("sshd exited: " + log());
			}
			try (Socket s = new Socket("127.0.0.1", port)) {
				return;
			} catch (IOException e) {
				Thread.sleep(50);
			}
		}
		throw new IOException("sshd did not listen on " + port + ": " + log());
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}

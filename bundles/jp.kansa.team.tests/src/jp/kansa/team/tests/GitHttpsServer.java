/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * Debian's {@code git http-backend} (CGI) behind the JDK's HTTPS server on 127.0.0.1, with a
 * self-signed certificate made for the test by keytool and Basic authentication required for
 * every request, fetch and push alike: a hospital's own Git server in miniature.
 */
final class GitHttpsServer implements AutoCloseable {

	static final Path BACKEND = Path.of("/usr/lib/git-core/git-http-backend");
	private static final char[] STORE_PASSWORD = "changeit".toCharArray();

	final Certificate certificate;
	final int port;
	final AtomicInteger refused = new AtomicInteger();
	final AtomicInteger served = new AtomicInteger();
	private final HttpsServer server;
	private final Path projectRoot;
	private final String user;
	private final String password;

	private GitHttpsServer(HttpsServer server, Certificate certificate, Path projectRoot, String user, String password) {
		this.server = server;
		this.certificate = certificate;
		this.port = server.getAddress().getPort();
		this.projectRoot = projectRoot;
		this.user = user;
		this.password = password;
	}

	static GitHttpsServer start(Path folder, Path projectRoot, String user, String password) throws Exception {
		Path store = folder.resolve("server.p12");
		Files.createDirectories(folder);
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
				"CN=127.0.0.1, O=Minato Hospital Test CA", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-keystore",
				store.toString(), "-storetype", "PKCS12", "-storepass", new String(STORE_PASSWORD)).redirectErrorStream(true)
				.start();
		String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
			throw new IOException("keytool: " + out);
		}
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keys.load(in, STORE_PASSWORD);
		}
		KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		kmf.init(keys, STORE_PASSWORD);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(kmf.getKeyManagers(), null, null);
		HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
		https.setHttpsConfigurator(new HttpsConfigurator(tls));
		https.setExecutor(Executors.newFixedThreadPool(4));
		GitHttpsServer server = new GitHttpsServer(https, keys.getCertificate("server"), projectRoot, user, password);
		https.createContext("/", server::handle);
		https.start();
		return server;
	}

	String url(String repository) {
		return "https://127.0.0.1:" + port + "/" + repository;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String expected = "Basic " + Base64.getEncoder()
					.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
			if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				if (exchange.getRequestHeaders().containsKey("Authorization")) {
					refused.incrementAndGet();
				}
				exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Minato audit\"");
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			served.incrementAndGet();
			cgi(exchange);
		}
	}

	/** Runs http-backend as a web server runs a CGI program, and relays its answer. */
	private void cgi(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		ProcessBuilder pb = new ProcessBuilder(BACKEND.toString());
		Map<String, String> env = pb.environment();
		env.put("GIT_PROJECT_ROOT", projectRoot.toString());
		env.put("GIT_HTTP_EXPORT_ALL", "1");
		env.put("REQUEST_METHOD", exchange.getRequestMethod());
		env.put("PATH_INFO", exchange.getRequestURI().getPath());
		env.put("QUERY_STRING", exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
		env.put("REMOTE_USER", user);
		env.put("REMOTE_ADDR", "127.0.0.1");
		env.put("CONTENT_LENGTH", Integer.toString(body.length));
		String type = exchange.getRequestHeaders().getFirst("Content-Type");
		if (type != null) {
			env.put("CONTENT_TYPE", type);
		}
		String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
		if (encoding != null) {
			env.put("HTTP_CONTENT_ENCODING", encoding);
		}
		Process backend = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (OutputStream in = backend.getOutputStream()) {
			in.write(body);
		}
		byte[] output = backend.getInputStream().readAllBytes();
		try {
			backend.waitFor(60, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		int split = indexOf(output, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		int skip = 4;
		if (split < 0) {
			split = indexOf(output, "\n\n".getBytes(StandardCharsets.US_ASCII));
			skip = 2;
		}
		int status = 200;
		for (String header : new String(output, 0, Math.max(split, 0), StandardCharsets.ISO_8859_1).split("\r?\n")) {
			int colon = header.indexOf(':');
			if (colon <= 0) {
				continue;
			}
			String name = header.substring(0, colon).strip();
			String value = header.substring(colon + 1).strip();
			if (name.equalsIgnoreCase("Status")) {
				status = Integer.parseInt(value.split(" ")[0]);
			} else {
				exchange.getResponseHeaders().add(name, value);
			}
		}
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		if (split >= 0) {
			response.write(output, split + skip, output.length - split - skip);
		}
		exchange.sendResponseHeaders(status, response.size() == 0 ? -1 : response.size());
		if (response.size() > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				response.writeTo(out);
			}
		}
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		outer: for (int i = 0; i + pattern.length <= data.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	@Override
	public void close() {
		server.stop(0);
		((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
	}
}

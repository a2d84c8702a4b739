/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.resource.KansaResources;

/**
 * Files an attacker hands over: opening them must never reach the network or another file, and
 * a broken file must be refused for its real cause, with line and column. A real listener on
 * 127.0.0.1 counts every connection the reader makes.
 */
class HostileEngagementFileTest {

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<kansa:Engagement xmlns:xmi="http://www.omg.org/XMI" xmlns:kansa="http://www.kansa.jp/model/kansa/1.1" xmi:version="2.0" id="E" name="監査">
			""";

	@TempDir
	Path folder;

	private ServerSocket listener;
	private final AtomicInteger connections = new AtomicInteger();
	private Locale locale;

	@BeforeEach
	void listen() throws IOException {
		locale = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!listener.isClosed()) {
				try (Socket socket = listener.accept()) {
					connections.incrementAndGet();
				} catch (IOException closed) {
					return;
				}
			}
		}, "connection-counter");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterEach
	void close() throws IOException {
		listener.close();
		Locale.setDefault(locale);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + listener.getLocalPort() + path;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"reference element with href | <parties id='P-H' name='病院' kind='institution'/>~<contracts id='C-1' title='保守' kind='maintenance'/>~<contractChecks id='CC-1' checkPointId='2-A-1-①'>~<contract href='URL/c.kansa#C-1'/>~</contractChecks> | contract | 6",
			"reference attribute | <parties id='P-H' name='病院' kind='institution'/>~<contractChecks id='CC-1' checkPointId='2-A-1-①' contract='URL/c.kansa#C-1'/> | contractChecks | 4",
			"party reference to another file | <parties id='P-H' name='病院' kind='institution'/>~<parties id='P-C' name='C社' kind='subcontractor' engagedBy='URL/other.kansa#P-B'/> | parties | 4" })
	void crossDocumentReferenceIsRefusedAndNothingIsFetched(String name, String body, String element, int line)
			throws IOException {
		Path file = write("cross.kansa", HEAD + body.replace('\'', '"').replace('~', '\n').replace("URL", url("")) + "\n</kansa:Engagement>\n");

		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));

		assertTrue(error.getMessage().contains("<" + element + ">"), error.getMessage());
		assertTrue(error.getMessage().contains("another document"), error.getMessage());
		assertEquals(line, error.getLine(), error.getMessage());
		assertNoConnection();
	}

	@Test
	void schemaLocationNamingAUrlIsRefusedAndNothingIsFetched() throws IOException {
		Path file = write("schema.kansa", """
				<?xml version="1.0" encoding="UTF-8"?>
				<kansa:Engagement xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xmlns:kansa="http://www.kansa.jp/model/kansa/1.1" xmlns:evil="http://example.invalid/evil"
				    xsi:schemaLocation="http://example.invalid/evil URL/evil.ecore" xmi:version="2.0" id="E" name="監査"/>
				""".replace("URL", url("")));

		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));

		assertTrue(error.getMessage().contains("schema location"), error.getMessage());
		assertTrue(error.getMessage().contains("<kansa:Engagement>"), error.getMessage());
		assertEquals(4, error.getLine(), error.getMessage());
		assertNoConnection();
	}

	@Test
	void unknownNamespaceIsRefusedAndNothingIsFetched() throws IOException {
		Path file = write("namespace.kansa", HEAD.replace("xmlns:kansa=\"http://www.kansa.jp/model/kansa/1.1\"",
				"xmlns:kansa=\"" + url("/kansa.ecore") + "\"") + "</kansa:Engagement>\n");

		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));

		assertTrue(error.getMessage().contains("unknown namespace"), error.getMessage());
		assertTrue(error.getMessage().contains(url("/kansa.ecore")), error.getMessage());
		assertEquals(2, error.getLine(), error.getMessage());
		assertNoConnection();
	}

	@Test
	void unknownNamespaceOfATypeIsRefusedAndNothingIsFetched() throws IOException {
		Path file = write("type.kansa", """
				<?xml version="1.0" encoding="UTF-8"?>
				<kansa:Engagement xmlns:xmi="http://www.omg.org/XMI" xmlns:kansa="http://www.kansa.jp/model/kansa/1.1"
				    xmlns:other="URL/other.ecore" xmi:version="2.0" id="E" name="監査">
				  <parties xmi:type="other:Party" id="P-H" name="病院"/>
				</kansa:Engagement>
				""".replace("URL", url("")));

		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));

		assertTrue(error.getMessage().contains(url("/other.ecore")), error.getMessage());
		assertEquals(4, error.getLine(), error.getMessage());
		assertNoConnection();
	}

	@Test
	void referenceToEtcPasswdNeverOpensIt() throws IOException {
		Path file = write("passwd.kansa", HEAD + """
				  <contractChecks id="CC-1" checkPointId="2-A-1-①" contract="file:///etc/passwd#C-1"/>
				</kansa:Engagement>
				""");
		ResourceSet resourceSet = KansaResources.createResourceSet();

		EngagementFileException error = assertThrows(EngagementFileException.class,
				() -> EngagementFiles.load(file, resourceSet));

		assertTrue(error.getMessage().contains("file:///etc/passwd#C-1"), error.getMessage());
		assertTrue(error.getMessage().contains("<contractChecks>"), error.getMessage());
		assertEquals(3, error.getLine());
		assertTrue(resourceSet.getResources().isEmpty(), "no resource was created for /etc/passwd (nor kept for the file)");
	}

	@Test
	void resourceSetNeverReadsFromTheNetwork() {
		ResourceSet resourceSet = KansaResources.createResourceSet();
		URI remote = URI.createURI(url("/remote.kansa"));
		Exception error = assertThrows(Exception.class, () -> resourceSet.getResource(remote, true));
		assertTrue(messages(error).contains("not a local file"), messages(error));
		assertNoConnection();
	}

	@Test
	void sameDocumentReferencesStillLoad() throws IOException {
		Path file = write("same.kansa", HEAD + """
				  <parties id="P-H" name="病院" kind="institution"/>
				  <contracts id="C-1" title="保守" kind="maintenance"/>
				  <contractChecks id="CC-1" checkPointId="2-A-1-①" contract="C-1" responsibleParties="#P-H"/>
				</kansa:Engagement>
				""");
		assertEquals("C-1", EngagementFiles.load(file).getContractChecks().get(0).getContract().getId());
	}

	@Test
	void duplicateIdIsReportedAsDuplicateWithBothPlaces() throws IOException {
		Path file = write("duplicate.kansa", HEAD + """
				  <parties id="P-H" name="病院" kind="institution"/>
				  <contracts id="C-2" title="保守" kind="maintenance"/>
				  <contracts id="C-2" title="導入" kind="other"/>
				  <contractChecks id="CC-1" checkPointId="2-A-1-①" contract="C-2"/>
				</kansa:Engagement>
				""");

		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));

		String message = error.getMessage();
		assertTrue(message.contains("duplicate id \"C-2\""), message);
		assertTrue(message.contains("<contracts> has the same id as <contracts> at line 4, column"), message);
		assertEquals(5, error.getLine(), message);
		assertFalse(message.contains("Unresolved"), message);
	}

	@Test
	void duplicateIdAcrossKindsOfElement() throws IOException {
		Path file = write("duplicate-kinds.kansa", HEAD + """
				  <parties id="X" name="病院" kind="institution"/>
				  <contracts id="X" title="保守" kind="maintenance"/>
				</kansa:Engagement>
				""");
		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));
		assertTrue(error.getMessage().contains("<contracts> has the same id as <parties> at line 3"), error.getMessage());
	}

	@Test
	void invalidUtf8ByteSaysDamagedWithLineAndColumn() throws IOException {
		byte[] text = (HEAD + "  <parties id=\"P-H\" name=\"病院X\" kind=\"institution\"/>\n</kansa:Engagement>\n")
				.getBytes(StandardCharsets.UTF_8);
		int x = lastIndexOf(text, (byte) 'X');
		text[x] = (byte) 0xFF;
		Path file = folder.resolve("ff.kansa");
		Files.write(file, text);

		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));

		assertTrue(error.getMessage().contains("damaged"), error.getMessage());
		assertTrue(error.getMessage().contains("0xFF"), error.getMessage());
		assertEquals(3, error.getLine(), error.getMessage());
		assertEquals(29, error.getColumn(), "counted in characters: " + error.getMessage());
	}

	@Test
	void fileCutInsideAJapaneseCharacterSaysTruncated() throws IOException {
		byte[] whole = (HEAD + "  <parties id=\"P-H\" name=\"病院\"").getBytes(StandardCharsets.UTF_8);
		Path file = folder.resolve("cut.kansa");
		Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 3)); // ends after 病 and one byte of 院

		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));

		assertTrue(error.getMessage().contains("truncated"), error.getMessage());
		assertEquals(3, error.getLine(), error.getMessage());
		assertEquals(28, error.getColumn(), error.getMessage());
	}

	@Test
	void utf8BomWithUtf16DeclarationIsRefused() throws IOException {
		byte[] body = HEAD.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").concat("</kansa:Engagement>\n")
				.getBytes(StandardCharsets.UTF_8);
		byte[] text = new byte[body.length + 3];
		text[0] = (byte) 0xEF;
		text[1] = (byte) 0xBB;
		text[2] = (byte) 0xBF;
		System.arraycopy(body, 0, text, 3, body.length);
		Path file = folder.resolve("bom16.kansa");
		Files.write(file, text);

		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));

		assertTrue(error.getMessage().contains("declares the encoding \"UTF-16\""), error.getMessage());
		assertEquals(1, error.getLine());
	}

	@Test
	void latin1DeclarationIsRefusedNotLoadedAsGarbledText() throws IOException {
		Path file = folder.resolve("latin1.kansa");
		Files.writeString(file, HEAD.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"") + "</kansa:Engagement>\n");

		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));

		assertTrue(error.getMessage().contains("declares the encoding \"ISO-8859-1\""), error.getMessage());
		assertTrue(error.getMessage().contains("garbled"), error.getMessage());
	}

	@Test
	void utf8BomWithUtf8DeclarationLoads() throws IOException {
		Path file = folder.resolve("bom8.kansa");
		Files.write(file, ("\uFEFF" + HEAD + "</kansa:Engagement>\n").getBytes(StandardCharsets.UTF_8));
		assertEquals("監査", EngagementFiles.load(file).getName());
	}

	@Test
	void filesThatAreNoXmlAreCalledSo() throws IOException {
		byte[][] foreign = { "hello, auditor\n".getBytes(StandardCharsets.US_ASCII), //
				{ 'P', 'K', 3, 4, 20, 0 }, // a workbook
				"%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), //
				"  \n{\"id\": \"E\"}".getBytes(StandardCharsets.US_ASCII) };
		for (byte[] content : foreign) {
			Path file = folder.resolve("foreign.kansa");
			Files.write(file, content);
			String message = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file)).getMessage();
			assertTrue(message.contains("it is not XML"), message);
			assertTrue(message.contains("foreign.kansa"), message);
			assertFalse(message.toLowerCase(Locale.ROOT).contains("prolog"), message);
		}
		// white space before the declaration is no reason: the parser decides about those
		Path spaced = folder.resolve("spaced.kansa");
		Files.writeString(spaced, "\n" + HEAD + "</kansa:Engagement>\n");
		String message = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(spaced)).getMessage();
		assertFalse(message.contains("it is not XML"), message);
	}

	@Test
	void folderIsAFolderNotMissing() throws IOException {
		Path sub = Files.createDirectory(folder.resolve("audit.kansa"));
		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(sub));
		assertTrue(error.getMessage().contains("is a folder"), error.getMessage());
		assertFalse(error.getMessage().contains("no such file"), error.getMessage());

		EngagementFileException missing = assertThrows(EngagementFileException.class,
				() -> EngagementFiles.load(folder.resolve("none.kansa")));
		assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
	}

	@Test
	void messagesAreJapaneseUnderTheJapaneseLocale() throws IOException {
		Locale.setDefault(Locale.JAPANESE);
		Path sub = Files.createDirectory(folder.resolve("ja.kansa"));
		assertTrue(assertThrows(EngagementFileException.class, () -> EngagementFiles.load(sub)).getMessage()
				.contains("フォルダーです"));

		byte[] whole = (HEAD + "  <parties id=\"P-H\" name=\"病院\"").getBytes(StandardCharsets.UTF_8);
		Path cut = folder.resolve("cut-ja.kansa");
		Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 3));
		String truncated = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(cut)).getMessage();
		assertTrue(truncated.contains("途中で切れています"), truncated);
		assertTrue(truncated.contains("3 行 28 列"), truncated);

		Path duplicate = write("dup-ja.kansa", HEAD + """
				  <parties id="X" name="病院" kind="institution"/>
				  <contracts id="X" title="保守" kind="maintenance"/>
				</kansa:Engagement>
				""");
		String message = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(duplicate)).getMessage();
		assertTrue(message.contains("ID「X」が重複しています"), message);

		Path passwd = write("passwd-ja.kansa", HEAD + """
				  <contractChecks id="CC-1" checkPointId="2-A-1-①" contract="file:///etc/passwd#C-1"/>
				</kansa:Engagement>
				""");
		String cross = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(passwd)).getMessage();
		assertTrue(cross.contains("別の文書"), cross);
	}

	private void assertNoConnection() {
		try {
			Thread.sleep(200); // a connection attempt already made would be accepted by now
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		assertEquals(0, connections.get(), "connections made to the listener on 127.0.0.1");
	}

	private Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	private static int lastIndexOf(byte[] bytes, byte wanted) {
		for (int i = bytes.length - 1; i >= 0; i--) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		throw new IllegalArgumentException("not found");
	}

	private static String messages(Throwable error) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = error; t != null; t = t.getCause()) {
			all.append(t.getMessage()).append(" | ");
		}
		return all.toString();
	}
}

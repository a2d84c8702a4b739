/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.model.engagement.EngagementFiles;

/**
 * The fast path of releng/kansa-cli.sh ({@link CliMain} in a plain JVM, no OSGi framework) gives
 * what the command line gives inside OSGi (this test runtime): the same stdout, stderr and exit
 * code, and a workpaper whose zip entries are byte for byte the same.
 */
class FastPathEquivalenceTest {

	private static final Path OUT = Path.of("target", "fast-path").toAbsolutePath();
	private static final String SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa").toAbsolutePath()
			.normalize().toString();
	private static final Pattern CLOCK = Pattern.compile(
			"(<dcterms:(?:created|modified)[^>]*>)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ(</dcterms:)");
	private static String classPath;

	/** What one run of the command line gave. */
	record Outcome(int code, String out, String err) {
	}

	@BeforeAll
	static void prepare() throws IOException {
		Files.createDirectories(OUT);
		classPath = PlainClassPath.of(CliMain.class);
		assertTrue(classPath.contains("jp.kansa.cli"), classPath);
	}

	private static Outcome inOsgi(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
		return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static Outcome plain(String... args) throws Exception {
		return plain(List.of(), args);
	}

	private static Outcome plain(List<String> jvmOptions, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-D" + CliMain.NL_PROPERTY + "=" + Locale.getDefault().toLanguageTag(), "-Dlog4j2.StatusLogger.level=OFF"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", classPath, CliMain.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).start();
		CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
		CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("the plain JVM did not finish in 3 minutes: " + command);
		}
		return new Outcome(process.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
				new String(err.get(), StandardCharsets.UTF_8));
	}

	private static byte[] readAll(InputStream in) {
		try (in) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Outcome assertSame(String... args) throws Exception {
		Outcome osgi = inOsgi(args);
		Outcome fast = plain(args);
		assertEquals(osgi, fast, String.join(" ", args) + " (class path: " + classPath + ")");
		return osgi;
	}

	@Test
	void helpIsTheSame() throws Exception {
		Outcome help = assertSame("--help");
		assertEquals(ExitCode.OK, help.code());
		assertTrue(help.out().contains("validate"), help.out());
		assertSame("export", "--help");
	}

	@Test
	void validateGivesTheSameFindingsAndExitCode() throws Exception {
		Outcome text = assertSame("validate", SAMPLE);
		assertEquals(ExitCode.FINDINGS, text.code());
		assertTrue(text.out().contains("KANSA-A2-GAP"), text.out());
		assertEquals(ExitCode.FINDINGS, assertSame("validate", SAMPLE, "--format", "json").code());
	}

	/** KANSA_CLI_PHASES=1 (for the benchmark) adds one stderr line per phase and changes nothing else. */
	@Test
	void phasesAreTimedOnStderrOnlyWhenAsked() throws Exception {
		Outcome quiet = plain("validate", SAMPLE);
		Outcome timed = plain(List.of("-D" + Phases.PROPERTY + "=true"), "validate", SAMPLE);
		assertEquals(quiet.code(), timed.code());
		assertEquals(quiet.out(), timed.out());
		List<String> phases = timed.err().lines().filter(line -> line.startsWith("phase "))
				.map(line -> line.split("\\s+")[1]).toList();
		assertEquals(List.of("jvm-start", "read", "validate", "output"), phases, timed.err());
		assertEquals(quiet.err().lines().toList(), timed.err().lines().filter(line -> !line.startsWith("phase ")).toList());
		assertTrue(quiet.err().lines().noneMatch(line -> line.startsWith("phase ")), quiet.err());
	}

	@Test
	void errorsAreTheSame() throws Exception {
		Path broken = OUT.resolve("broken.kansa");
		Files.writeString(broken, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kansa:Engagement xmlns:kansa=\"x\"><oops");
		Outcome unreadable = assertSame("validate", broken.toString());
		assertEquals(ExitCode.ERROR, unreadable.code());
		assertTrue(unreadable.err().contains("broken.kansa"), unreadable.err());
		assertEquals(ExitCode.ERROR, assertSame("no-such-command").code());
	}

	@Test
	void diffLabelsAreTheSame() throws Exception {
		Engagement engagement = EngagementFiles.load(Path.of(SAMPLE));
		var resource = engagement.eResource();
		((ContractCheck) resource.getEObject("C-2/2-A-9-①")).setAssessment(AssessmentStatus.CONFORMING);
		((Party) resource.getEObject("P-A")).setName("Aメディカル株式会社 (架空・改)");
		Path changed = OUT.resolve("changed.kansa");
		EngagementFiles.save(resource, changed);
		Outcome diff = assertSame("diff", SAMPLE, changed.toString());
		assertEquals(ExitCode.FINDINGS, diff.code(), diff.err());
		assertTrue(diff.out().contains("C-2 × 2-A-9-①"), diff.out());
		assertSame("diff", SAMPLE, changed.toString(), "--format", "json");
	}

	@Test
	void exportWritesTheSameWorkpaper() throws Exception {
		Path osgiFile = OUT.resolve("osgi.xlsx");
		Path fastFile = OUT.resolve("fast.xlsx");
		Files.deleteIfExists(osgiFile);
		Files.deleteIfExists(fastFile);
		Outcome osgi = inOsgi("export", SAMPLE, "--output", osgiFile.toString());
		Outcome fast = plain("export", SAMPLE, "--output", fastFile.toString());
		assertEquals(ExitCode.OK, osgi.code(), osgi.err());
		assertEquals(osgi, fast, classPath);
		Map<String, byte[]> expected = entries(osgiFile);
		Map<String, byte[]> actual = entries(fastFile);
		assertFalse(expected.isEmpty());
		assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
		expected.forEach((name, bytes) -> assertArrayEquals(withoutClock(name, bytes), withoutClock(name, actual.get(name)), name));
	}

	/**
	 * POI stamps the package with the time of writing (docProps/core.xml, dcterms:created): two
	 * exports a few seconds apart differ there and nowhere else, whichever path writes them.
	 */
	private static byte[] withoutClock(String name, byte[] bytes) {
		if (!"docProps/core.xml".equals(name)) {
			return bytes;
		}
		String xml = new String(bytes, StandardCharsets.UTF_8);
		String masked = CLOCK.matcher(xml).replaceAll("$1TIME$2");
		assertFalse(masked.equals(xml), "no dcterms:created in " + xml);
		return masked.getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, byte[]> entries(Path xlsx) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}
}

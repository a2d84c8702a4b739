/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jp.kansa.model.Engagement;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.resource.KansaResources;

/**
 * A save killed midway leaves nothing behind at the next open, and never costs the file: a real
 * child JVM ({@link SaveLoop}) is killed with SIGKILL while it saves, then the file is opened.
 */
class KilledSaveTest {

	@TempDir
	Path folder;

	@Test
	void partialTempAndPartialBackupTempAreClearedAtOpen() throws IOException {
		Path file = saveTwice();
		byte[] content = Files.readAllBytes(file);
		byte[] backup = Files.readAllBytes(EngagementFiles.backupOf(file));
		Files.write(folder.resolve(".audit.kansa.8812734.tmp"), java.util.Arrays.copyOf(content, content.length / 2));
		Files.write(folder.resolve(".audit.kansa.bak.5523.tmp"), java.util.Arrays.copyOf(backup, 100));

		Engagement loaded = EngagementFiles.load(file);

		assertEquals("二回目", loaded.getName());
		assertEquals(List.of("audit.kansa", "audit.kansa.bak"), fileNames());
		assertArrayEquals(content, Files.readAllBytes(file));
		assertArrayEquals(backup, Files.readAllBytes(EngagementFiles.backupOf(file)));
	}

	@Test
	void completeTempWithWhatTheFileHoldsIsCleared() throws IOException {
		Path file = saveTwice();
		Files.copy(file, folder.resolve(".audit.kansa.42.tmp"));
		Files.copy(EngagementFiles.backupOf(file), folder.resolve(".audit.kansa.43.tmp"));
		EngagementFiles.load(file);
		assertEquals(List.of("audit.kansa", "audit.kansa.bak"), fileNames());
	}

	@Test
	void completeNewerTempIsKeptVisibleForRecoveryNotDeleted() throws IOException {
		Path file = saveTwice();
		Path other = folder.resolve("newer/audit.kansa");
		Files.createDirectories(other.getParent());
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(other.toString()));
		Engagement newer = new EngagementFixture().engagement;
		newer.setName("三回目 (保存中に強制終了)");
		resource.getContents().add(newer);
		EngagementFiles.save(resource, other);
		Files.copy(other, folder.resolve(".audit.kansa.77.tmp"));

		assertEquals("二回目", EngagementFiles.load(file).getName());

		assertEquals(List.of("audit-recovered-1.kansa", "audit.kansa", "audit.kansa.bak", "newer"), fileNames());
		assertEquals(List.of(folder.resolve("audit-recovered-1.kansa")), EngagementFiles.recoveredCopies(file));
		assertEquals("三回目 (保存中に強制終了)", EngagementFiles.load(folder.resolve("audit-recovered-1.kansa")).getName());
	}

	@Test
	void tempThatIsALinkIsNeverFollowedNorItsTargetDeleted() throws IOException {
		Path file = saveTwice();
		Path precious = Files.writeString(folder.resolve("precious.txt"), "only copy");
		Files.createSymbolicLink(folder.resolve(".audit.kansa.9.tmp"), precious);
		EngagementFiles.load(file);
		assertEquals("only copy", Files.readString(precious));
	}

	@Test
	void childJvmKilledWhileSavingLeavesNothingBehindAfterOpen() throws Exception {
		Path file = folder.resolve("audit.kansa");
		Random random = new Random(7);
		int killedMidSave = 0;
		int leftTemporaries = 0;
		int trials = 4;
		for (int trial = 0; trial < trials; trial++) {
			Process child = new ProcessBuilder(javaExecutable(), "-cp", classpath(), SaveLoop.class.getName(), file.toString())
					.redirectErrorStream(true).start();
			BlockingQueue<String> lines = new LinkedBlockingQueue<>();
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						lines.add(line);
					}
				} catch (IOException closedByTheKill) {
					// the rest of the output is gone with the process
				}
			});
			reader.start();
			Writer go = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
			long saveMillis = 0;
			for (int n = 1; n <= 3; n++) {
				long started = System.nanoTime();
				go.write("go\n");
				go.flush();
				await(lines, "saved " + n, child);
				saveMillis = (System.nanoTime() - started) / 1_000_000;
			}
			go.write("go\n"); // save 4, killed somewhere inside
			go.flush();
			await(lines, "saving 4", child);
			Thread.sleep(random.nextLong(Math.max(1, saveMillis * 8 / 10)));
			child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
			reader.join(10_000);
			boolean saved = lines.contains("saved 4");
			if (!saved) {
				killedMidSave++;
			}
			leftTemporaries += hiddenTemporaries().size();

			Engagement loaded = EngagementFiles.load(file);

			assertTrue(Set.of("v3", "v4").contains(loaded.getName()), loaded.getName());
			assertEquals(List.of(), hiddenTemporaries(), "nothing hidden is left after the open");
			assertTrue(Set.of("v2", "v3").contains(EngagementFiles.load(EngagementFiles.backupOf(file)).getName()),
					"the backup is whole");
			for (Path recovered : EngagementFiles.recoveredCopies(file)) {
				assertEquals("v4", EngagementFiles.load(recovered).getName(), "a recovered copy is the interrupted save");
				Files.delete(recovered);
			}
		}
		System.out.println("KilledSaveTest: " + trials + " child JVMs killed, " + killedMidSave + " inside a save, "
				+ leftTemporaries + " hidden temporaries left by the kills, all cleared at the next open");
		assertTrue(killedMidSave > 0, "at least one kill landed inside a save");
		assertTrue(leftTemporaries > 0, "at least one kill left a temporary file for the open to clear");
	}

	private static void await(BlockingQueue<String> lines, String expected, Process child) throws InterruptedException {
		StringBuilder seen = new StringBuilder();
		for (String line = lines.poll(60, TimeUnit.SECONDS); !expected.equals(line); line = lines.poll(60, TimeUnit.SECONDS)) {
			if (line == null) {
				child.destroyForcibly();
				throw new AssertionError("the child JVM never said " + expected + ": " + seen);
			}
			seen.append(line).append('\n');
		}
	}

	private Path saveTwice() throws IOException {
		Path file = folder.resolve("audit.kansa");
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(file.toString()));
		Engagement engagement = new EngagementFixture().engagement;
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, file);
		engagement.setName("二回目");
		EngagementFiles.save(resource, file);
		return file;
	}

	private List<String> fileNames() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private List<Path> hiddenTemporaries() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/** The model, EMF and this test's classes, wherever the test runtime (OSGi or not) has them. */
	private static String classpath() throws IOException {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : List.of(SaveLoop.class, KansaPackage.class, EObject.class, URI.class, XMIResourceImpl.class)) {
			entries.addAll(locationsOf(type));
		}
		Bundle host = FrameworkUtil.getBundle(KansaPackage.class);
		if (host != null) {
			for (Bundle bundle : host.getBundleContext().getBundles()) {
				if (bundle.getSymbolicName().equals("jp.kansa.model.tests")) {
					entries.addAll(bundleFolders(bundle));
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static List<String> locationsOf(Class<?> type) throws IOException {
		List<String> found = new ArrayList<>();
		Bundle bundle = FrameworkUtil.getBundle(type);
		if (bundle != null) {
			found.addAll(bundleFolders(bundle));
		}
		URL source = type.getProtectionDomain().getCodeSource() == null ? null
				: type.getProtectionDomain().getCodeSource().getLocation();
		if (source != null && "file".equals(source.getProtocol())) {
			found.add(new File(source.getPath()).getPath());
		}
		return found;
	}

	/** A jar, or a project folder whose classes are in target/classes or bin (the test runtime's dev mode). */
	private static List<String> bundleFolders(Bundle bundle) {
		List<String> found = new ArrayList<>();
		Optional<File> location = FileLocator.getBundleFileLocation(bundle);
		if (location.isEmpty()) {
			return found;
		}
		File root = location.get();
		if (root.isFile()) {
			found.add(root.getPath());
			return found;
		}
		for (String output : List.of("target/classes", "bin", "")) {
			File candidate = new File(root, output);
			if (new File(candidate, "jp").isDirectory() || new File(candidate, "org").isDirectory()) {
				found.add(candidate.getPath());
			}
		}
		return found;
	}
}

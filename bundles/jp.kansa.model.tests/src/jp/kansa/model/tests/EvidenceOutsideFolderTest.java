/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.engagement.EvidenceCheck;
import jp.kansa.model.engagement.EvidenceChecker;
import jp.kansa.model.engagement.EvidenceFiles;
import jp.kansa.model.internal.io.BoundedDigest;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.model.validation.ValidationRule;

/**
 * Evidence paths a hostile file may hold: nothing outside the engagement folder is hashed or
 * even looked at (the diagnostics for an existing and a missing outside file are the same), and
 * nothing that could block (a pipe, /proc/kmsg) is read.
 */
class EvidenceOutsideFolderTest {

	private static final String RECORDED = "0".repeat(64);

	@TempDir
	Path folder;

	private final EngagementFixture fixture = new EngagementFixture();

	@Test
	void absolutePathIsOutsideAndSaysTheSameWhetherTheFileExistsOrNot() {
		String existing = report("/etc/passwd");
		String missing = report("/etc/no-such-file-kansa");
		assertTrue(existing.startsWith("KANSA-EVIDENCE-OUTSIDE"), existing);
		assertTrue(existing.contains("absolute path"), existing);
		assertEquals(existing.replace("/etc/passwd", "X"), missing.replace("/etc/no-such-file-kansa", "X"),
				"the report must not tell whether a file outside exists");
	}

	@Test
	void parentEscapeIsOutsideAndNeverHashed() {
		String existing = report("../../../../../../../../etc/passwd");
		String missing = report("../../../../../../../../etc/no-such-file-kansa");
		assertTrue(existing.startsWith("KANSA-EVIDENCE-OUTSIDE"), existing);
		assertTrue(existing.contains(".. climbs out"), existing);
		assertFalse(existing.contains("changed"), existing);
		assertEquals(existing.replace("passwd", "X"), missing.replace("no-such-file-kansa", "X"));
	}

	@Test
	void linkLeadingOutIsOutsideWhetherItsTargetExistsOrNot() throws IOException {
		Files.createDirectories(folder.resolve("evidence"));
		Files.createSymbolicLink(folder.resolve("evidence/passwd.txt"), Path.of("/etc/passwd"));
		Files.createSymbolicLink(folder.resolve("evidence/gone.txt"), Path.of("/etc/no-such-file-kansa"));
		Files.createSymbolicLink(folder.resolve("evidence/up.txt"), Path.of("../../../../../../../etc/passwd"));
		String existing = report("evidence/passwd.txt");
		assertTrue(existing.startsWith("KANSA-EVIDENCE-OUTSIDE"), existing);
		assertTrue(existing.contains("link leads out"), existing);
		assertEquals(existing.replace("passwd", "X"), report("evidence/gone.txt").replace("gone", "X"));
		assertTrue(report("evidence/up.txt").startsWith("KANSA-EVIDENCE-OUTSIDE"));
	}

	@Test
	void linkStayingInsideIsFollowed() throws IOException {
		Files.createDirectories(folder.resolve("evidence/2025"));
		Files.writeString(folder.resolve("evidence/2025/sla.txt"), "稼働率 99.9%");
		Files.createSymbolicLink(folder.resolve("evidence/current"), Path.of("2025"));
		Evidence evidence = evidence("evidence/current/sla.txt");
		EvidenceFiles.record(folder, evidence);
		assertEquals(List.of(), rules(validate()));
		Files.writeString(folder.resolve("evidence/2025/sla.txt"), "稼働率 99.0%");
		assertEquals(List.of("KANSA-EVIDENCE-CHANGED"), rules(validate()));
	}

	@Test
	void procKmsgIsRefusedPromptly() {
		String report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> report("/proc/kmsg"));
		assertTrue(report.startsWith("KANSA-EVIDENCE-OUTSIDE"), report);
	}

	@Test
	void pipeInsideTheFolderIsNotAFileAndIsNeverOpened() throws Exception {
		Path fifo = folder.resolve("evidence.pipe");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		String report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> report("evidence.pipe"));
		assertTrue(report.startsWith("KANSA-EVIDENCE-NOT-REGULAR"), report);
	}

	@Test
	void folderAsEvidenceIsNotAFile() throws IOException {
		Files.createDirectories(folder.resolve("evidence"));
		assertTrue(report("evidence").startsWith("KANSA-EVIDENCE-NOT-REGULAR"));
	}

	@Test
	void recordingAnOutsideFileIsRefused() {
		Evidence evidence = evidence("../outside.txt");
		IOException error = assertThrows(IOException.class, () -> EvidenceFiles.record(folder, evidence));
		assertTrue(error.getMessage().contains("../outside.txt"), error.getMessage());
		assertEquals(null, evidence.getSha256());
	}

	@Test
	void hashingIsBoundedInSize() throws IOException {
		Files.write(folder.resolve("big.bin"), new byte[5000]);
		EvidenceCheck check = new EvidenceChecker(1000, Duration.ofSeconds(5)).check(folder, "big.bin", RECORDED, null);
		assertEquals(EvidenceCheck.State.UNCHECKED, check.state());
		assertTrue(check.detail().contains("larger than"), check.detail());
	}

	@Test
	void aReadThatHangsIsStoppedAtTheTimeLimit() throws Exception {
		Path fifo = folder.resolve("hang.pipe");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		CountDownLatch done = new CountDownLatch(1);
		// a writer that opens the pipe and never writes: the reader blocks inside read()
		Thread writer = new Thread(() -> {
			try (OutputStream out = new FileOutputStream(fifo.toFile())) {
				done.await(30, TimeUnit.SECONDS);
			} catch (IOException | InterruptedException e) {
				// the test fails on its own assertions
			}
		});
		writer.setDaemon(true);
		writer.start();
		try {
			BoundedDigest digest = new BoundedDigest(1000, Duration.ofMillis(500));
			BoundedDigest.LimitException error = assertTimeoutPreemptively(Duration.ofSeconds(20),
					() -> assertThrows(BoundedDigest.LimitException.class, () -> digest.sha256(fifo, null)));
			assertFalse(error.isTooLarge());
			assertTrue(error.getMessage().contains("longer than"), error.getMessage());
		} finally {
			done.countDown();
		}
	}

	@Test
	void cancellingTheMonitorStopsHashing() throws IOException {
		Files.write(folder.resolve("a.bin"), new byte[100]);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> new EvidenceChecker().check(folder, "a.bin", RECORDED, cancelled));
		Map<Object, Object> context = context();
		context.put(EngagementValidator.MONITOR, cancelled);
		evidence("a.bin").setSha256(RECORDED);
		assertThrows(OperationCanceledException.class, () -> EngagementValidation.validate(fixture.engagement, context));
	}

	@Test
	void precomputedChecksMeanTheRulesReadNoFile() {
		Evidence evidence = evidence("../../etc/passwd");
		Map<Object, Object> context = context();
		context.put(EngagementValidator.EVIDENCE_CHECKS, (java.util.function.Function<Evidence, EvidenceCheck>) e -> null);
		assertEquals(List.of(), rules(EngagementValidation.validate(fixture.engagement, context)),
				"not checked yet: nothing said");
		EvidenceCheck check = new EvidenceChecker().check(folder, evidence, null);
		context.put(EngagementValidator.EVIDENCE_CHECKS, (java.util.function.Function<Evidence, EvidenceCheck>) e -> check);
		assertEquals(List.of("KANSA-EVIDENCE-OUTSIDE"), rules(EngagementValidation.validate(fixture.engagement, context)));
		evidence.setPath("evidence/other.txt");
		assertEquals(List.of(), rules(EngagementValidation.validate(fixture.engagement, context)),
				"a check made for another path is not applied");
	}

	@Test
	void messagesInJapanese() {
		evidence("/proc/kmsg");
		Map<Object, Object> context = context();
		context.put(EngagementValidator.LOCALE, Locale.JAPANESE);
		String message = EngagementValidation.ruleDiagnostics(EngagementValidation.validate(fixture.engagement, context))
				.get(0).getMessage();
		assertTrue(message.contains("フォルダーの外"), message);
		assertTrue(message.contains("絶対パス"), message);
	}

	/** "RULE-ID: message" of the single problem an evidence with this path causes. */
	private String report(String path) {
		evidence(path).setSha256(RECORDED);
		List<Diagnostic> found = EngagementValidation.ruleDiagnostics(validate());
		assertEquals(1, found.size(), () -> found.toString());
		fixture.engagement.getEvidence().clear();
		return ValidationRule.of(found.get(0)).id() + ": " + found.get(0).getMessage();
	}

	private Evidence evidence(String path) {
		if (fixture.engagement.eResource() == null) {
			Resource resource = KansaResources.createResourceSet()
					.createResource(URI.createFileURI(folder.resolve("audit.kansa").toString()));
			resource.getContents().add(fixture.engagement);
		}
		Evidence evidence = fixture.f.createEvidence();
		evidence.setId("EV-" + fixture.engagement.getEvidence().size());
		evidence.setTitle("証跡");
		evidence.setKind(EvidenceKind.FILE);
		evidence.setPath(path);
		fixture.engagement.getEvidence().add(evidence);
		return evidence;
	}

	private Map<Object, Object> context() {
		Map<Object, Object> context = new HashMap<>();
		context.put(EngagementValidator.CATALOG, fixture.catalog);
		context.put(EngagementValidator.LOCALE, Locale.ENGLISH);
		return context;
	}

	private Diagnostic validate() {
		return EngagementValidation.validate(fixture.engagement, context());
	}

	private static List<String> rules(Diagnostic result) {
		return EngagementValidation.ruleDiagnostics(result).stream().map(d -> ValidationRule.of(d).id()).toList();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * {@code kansa validate} on files whose evidence points at what must never be read: it finishes
 * (it used to hang on /proc/kmsg until killed) and says what is wrong with each path.
 */
class ValidateEvidenceTest extends CapturedCli {

	/** Generous: the point is that it finishes, not how fast. */
	private static final Duration FINISHES = Duration.ofSeconds(60);

	@Test
	void procKmsgAndParentEscapeAreReportedNotRead() throws Exception {
		Path file = engagement("outside", """
				  <evidence id="EV-KMSG" title="kmsg" kind="file" path="/proc/kmsg" sha256="%1$s"/>
				  <evidence id="EV-PASSWD" title="passwd" kind="file" path="../../../../../../../../etc/passwd" sha256="%1$s"/>
				""".formatted("0".repeat(64)));

		int exit = assertTimeoutPreemptively(FINISHES, () -> run("validate", file.toString()));

		assertEquals(ExitCode.FINDINGS, exit, out() + err());
		assertTrue(out().contains("KANSA-EVIDENCE-OUTSIDE [EV-KMSG]"), out());
		assertTrue(out().contains("KANSA-EVIDENCE-OUTSIDE [EV-PASSWD]"), out());
		assertFalse(out().contains("KANSA-EVIDENCE-CHANGED"), "nothing outside was hashed: " + out());
	}

	@Test
	void pipeInTheFolderIsReportedNotOpened() throws Exception {
		Path file = engagement("pipe", """
				  <evidence id="EV-PIPE" title="pipe" kind="file" path="evidence.pipe" sha256="%s"/>
				""".formatted("0".repeat(64)));
		Path pipe = file.resolveSibling("evidence.pipe");
		Files.deleteIfExists(pipe);
		assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());

		int exit = assertTimeoutPreemptively(FINISHES, () -> run("validate", file.toString(), "--format", "json"));

		assertEquals(ExitCode.FINDINGS, exit, out() + err());
		assertTrue(out().contains("\"KANSA-EVIDENCE-NOT-REGULAR\""), out());
	}

	private Path engagement(String name, String evidence) throws Exception {
		Path folder = Path.of("target", "cli-test", name);
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".kansa");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<kansa:Engagement xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:kansa="http://www.kansa.jp/model/kansa/1.1"
				    id="engagement" name="証跡の場所" referenceDate="2025-09-30" catalogId="kakuninhyo">
				%s</kansa:Engagement>
				""".formatted(evidence));
		return file;
	}

}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ChangeKind;
import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Responsibility;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.changelog.LogVerdict;
import jp.kansa.model.compare.log.ChangeRecorder;
import jp.kansa.model.engagement.EngagementFiles;

/** {@code kansa verify} on logged copies of the sample, intact and tampered; the log after {@code kansa merge}. */
class VerifyCommandTest extends CapturedCli {

	private static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa");

	private Path folder;

	@BeforeEach
	void freshFolder() throws IOException {
		Files.createDirectories(Path.of("target"));
		folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "verify-");
	}

	private Path copy(String name) throws IOException {
		Path file = folder.resolve(name);
		Files.copy(SAMPLE, file, StandardCopyOption.REPLACE_EXISTING);
		return file;
	}

	/** Opens, changes, records as {@code who} and saves: what the workbench does on Ctrl+S. */
	private static void save(Path file, String who, Consumer<Engagement> change) throws Exception {
		Engagement engagement = EngagementFiles.load(file);
		Engagement saved = ChangeRecorder.baseline(engagement);
		change.accept(engagement);
		ChangeRecorder.record(saved, engagement, who, Instant.parse("2026-10-01T00:00:00Z"));
		EngagementFiles.save(engagement.eResource(), file);
	}

	private static ContractCheck check(Engagement engagement, String id) {
		return (ContractCheck) engagement.eResource().getEObject(id);
	}

	@Test
	void aFileWithoutALogPassesAndSaysSo() throws Exception {
		assertEquals(ExitCode.OK, run("verify", copy("old.kansa").toString()), out());
		assertTrue(out().contains("old.kansa"), out());
	}

	@Test
	void anIntactLogExitsZeroWithItsLength() throws Exception {
		Path file = copy("minato.kansa");
		save(file, "太郎", e -> check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING));
		assertEquals(ExitCode.OK, run("verify", file.toString()), out());
		assertTrue(out().contains(" 2 ") && out().contains("太郎"), out());
	}

	@Test
	void anEditedEntryExitsOneNamingIt() throws Exception {
		Path file = copy("minato.kansa");
		save(file, "太郎", e -> check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING));
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replace("|太郎|", "|次郎|"), StandardCharsets.UTF_8);
		assertEquals(ExitCode.FINDINGS, run("verify", file.toString()), out());
		List<String> lines = out().lines().filter(l -> l.startsWith("KANSA-LOG-BROKEN: ")).toList();
		assertEquals(1, lines.size(), out());
		assertTrue(lines.get(0).contains(" 1 "), out()); // the first entry (started) was signed by 太郎
	}

	@Test
	void aHandEditExitsOneNamingTheElement() throws Exception {
		Path file = copy("minato.kansa");
		save(file, "太郎", e -> check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING));
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replace("Aメディカルシステムズ株式会社", "Aメディカル株式会社"), StandardCharsets.UTF_8);
		assertEquals(ExitCode.FINDINGS, run("verify", file.toString()), out());
		assertTrue(out().lines().anyMatch(l -> l.startsWith("KANSA-LOG-BROKEN: ") && l.contains("P-A")), out());
	}

	@Test
	void anUnreadableFileExitsTwo() {
		assertEquals(ExitCode.ERROR, run("verify", folder.resolve("nope.kansa").toString()));
	}

	@Test
	void aMergeKeepsOursThenTheirsInOrderAndTheLogStaysIntact() throws Exception {
		Path base = copy("base.kansa");
		save(base, "基", e -> check(e, "C-1/2-A-9-①").setConclusion("共通の結論"));
		Path ours = folder.resolve("ours.kansa");
		Path theirs = folder.resolve("theirs.kansa");
		Files.copy(base, ours);
		Files.copy(base, theirs);
		save(ours, "私", e -> check(e, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING));
		save(theirs, "相手", e -> check(e, "C-1/2-A-9-①").setResponsibility(Responsibility.VENDOR));

		assertEquals(ExitCode.OK, run("merge", base.toString(), ours.toString(), theirs.toString()), out());
		Engagement merged = EngagementFiles.load(ours);
		List<String> log = ChangeLogs.entries(merged).stream()
				.map(e -> e.getSequence() + " " + e.getKind().getLiteral() + " " + e.getWho() + " " + e.getFeature())
				.toList();
		String merger = CliAuditor.who();
		assertEquals(List.of("1 started 基 null", "2 changed 基 conclusion", // base
				"3 changed 私 assessment", // ours
				"4 merged " + merger + " null", // the merge, naming both heads
				"5 changed 相手 responsibility"), log); // theirs since the logs parted
		ChangeLogEntry mergedEntry = ChangeLogs.entries(merged).get(3);
		assertEquals(ChangeKind.MERGED, mergedEntry.getKind());
		assertEquals(ChangeLogs.entries(EngagementFiles.load(theirs)).get(2).getHash(), mergedEntry.getNewValue());
		assertEquals(LogVerdict.INTACT, ChangeLogVerifier.verdictOf(merged));
		assertEquals(ExitCode.OK, run("verify", ours.toString()), out());
	}
}

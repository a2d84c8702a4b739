/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import static jp.kansa.team.tests.TeamFixture.PREPARER;
import static jp.kansa.team.tests.TeamFixture.REVIEWER;
import static jp.kansa.team.tests.TeamFixture.edit;
import static jp.kansa.team.tests.TeamFixture.engagementFolder;
import static jp.kansa.team.tests.TeamFixture.load;
import static jp.kansa.team.tests.TeamFixture.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.team.SyncReport;
import jp.kansa.team.TeamRepository;

/**
 * An evidence file changed on both sides: the sync keeps both — ours at its path, theirs as the
 * new evidence item the model merge made, with theirs' file written exactly where it points.
 */
class EvidenceSyncTest {

	private static final String SLA = "evidence/ehr-sla.txt";

	@TempDir
	Path root;

	@Test
	void bothVersionsOfAnEvidenceFileAreKeptAndTheMergedEngagementPointsAtBoth() throws Exception {
		Path bare = root.resolve("shared.git");
		Path preparer = engagementFolder(root.resolve("preparer"));
		TeamRepository.share(preparer, bare.toString(), PREPARER, null, null, null);
		Path reviewer = root.resolve("reviewer");
		TeamRepository.clone(bare.toString(), reviewer, null, null, null);

		replaceEvidence(preparer, "作成者が差し替えた SLA\n");
		sync(preparer, PREPARER);
		replaceEvidence(reviewer, "査閲者が差し替えた SLA（改訂版）\n");
		SyncReport report = sync(reviewer, REVIEWER);
		assertTrue(report.sent(), report.summary());
		assertTrue(report.conflicts().isEmpty(), "both kept is decided by the merge, not a question");

		assertEquals("査閲者が差し替えた SLA（改訂版）\n", Files.readString(reviewer.resolve(SLA), StandardCharsets.UTF_8));
		Engagement merged = load(reviewer);
		Evidence theirs = merged.getEvidence().stream().filter(e -> sha256("作成者が差し替えた SLA\n").equals(e.getSha256()))
				.findFirst().orElseThrow(() -> new AssertionError("theirs' evidence item is kept"));
		assertTrue(theirs.getPath().startsWith("evidence/ehr-sla.") && !theirs.getPath().equals(SLA), theirs.getPath());
		assertEquals("作成者が差し替えた SLA\n", Files.readString(reviewer.resolve(theirs.getPath()), StandardCharsets.UTF_8),
				"theirs' file is where the merged engagement points");
		assertTrue(report.notes().stream().anyMatch(n -> n.contains("EVIDENCE_BOTH_KEPT")), report.notes().toString());

		sync(preparer, PREPARER);
		assertEquals("作成者が差し替えた SLA\n",
				Files.readString(preparer.resolve(theirs.getPath()), StandardCharsets.UTF_8), "the preparer gets both too");
		assertEquals("査閲者が差し替えた SLA（改訂版）\n", Files.readString(preparer.resolve(SLA), StandardCharsets.UTF_8));
	}

	private static void replaceEvidence(Path folder, String content) throws Exception {
		Files.writeString(folder.resolve(SLA), content, StandardCharsets.UTF_8);
		edit(folder, e -> {
			Evidence sla = e.getEvidence().stream().filter(x -> SLA.equals(x.getPath())).findFirst().orElseThrow();
			sla.setSha256(sha256(content));
			sla.setSize(content.getBytes(StandardCharsets.UTF_8).length);
		});
	}

	private static String sha256(String content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.engagement.ContractCheckIndex;
import jp.kansa.model.engagement.EvidenceFiles;
import jp.kansa.model.engagement.LastModifiedStamper;

class LastModifiedStamperTest {

	private static final Instant NOW = Instant.parse("2025-10-01T09:00:00Z");

	@TempDir
	Path folder;

	@Test
	void changingACheckStampsItButAnAnnotationDoesNot() {
		EngagementFixture fixture = new EngagementFixture();
		fixture.engagement.eAdapters().add(new LastModifiedStamper(Clock.fixed(NOW, ZoneOffset.UTC)));
		ContractCheck check = fixture.check(fixture.contractA, EngagementFixture.PART1);

		check.getAnnotations().add(fixture.f.createAnnotation());
		assertEquals(EngagementFixture.EARLIER, check.getLastModified(), "a note does not change what was assessed");

		check.setInitialCheck(InitialCheck.YES);
		assertEquals(NOW, check.getLastModified());
		ContractCheck other = fixture.check(fixture.contractB, EngagementFixture.PART1);
		assertEquals(EngagementFixture.EARLIER, other.getLastModified(), "only the changed check is stamped");
	}

	@Test
	void indexFindsTheCheckOfACell() {
		EngagementFixture fixture = new EngagementFixture();
		ContractCheckIndex index = ContractCheckIndex.of(fixture.engagement);
		assertSame(fixture.check(fixture.contractB, EngagementFixture.PART2_FIRST),
				index.find(fixture.contractB, EngagementFixture.PART2_FIRST).orElseThrow());
		assertTrue(index.find(fixture.contractB, "no-such-id").isEmpty());
		assertEquals(2, index.forCheckPoint(EngagementFixture.PART1).size());
	}

	@Test
	void sha256OfAKnownContent() throws Exception {
		Path file = folder.resolve("abc.txt");
		Files.writeString(file, "abc");
		assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", EvidenceFiles.sha256(file));
	}
}

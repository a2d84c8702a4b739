/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.internal.io.AtomicFileWriter;
import jp.kansa.model.resource.KansaResources;

class EngagementFilesTest {

	@TempDir
	Path folder;

	@Test
	void savedEngagementLoadsEqualWithDatesAndReferences() throws IOException {
		Engagement original = new EngagementFixture().engagement;
		Path file = folder.resolve("audit.kansa");
		Resource resource = resourceFor(file);
		resource.getContents().add(original);
		EngagementFiles.save(resource, file);

		Engagement loaded = EngagementFiles.load(file);

		assertTrue(EcoreUtil.equals(original, loaded), "the loaded engagement differs from the saved one");
		assertEquals(EngagementFixture.REFERENCE_DATE, loaded.getReferenceDate());
		String text = Files.readString(file);
		assertTrue(text.contains("referenceDate=\"2025-09-30\""), "dates are ISO days, independent of the time zone");
		assertTrue(text.contains("lastModified=\"2025-09-01T00:00:00Z\""), "instants are UTC");
		assertTrue(text.contains("responsibleParties=\"P-H P-A\""), "references are written by id");
		assertTrue(text.contains("kansa/1.1"), "current files are written with the 1.1 namespace");
	}

	@Test
	void secondSaveKeepsThePreviousVersionAsBak() throws IOException {
		Path file = folder.resolve("audit.kansa");
		Resource resource = resourceFor(file);
		Engagement engagement = new EngagementFixture().engagement;
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, file);
		byte[] first = Files.readAllBytes(file);
		assertFalse(Files.exists(EngagementFiles.backupOf(file)), "nothing to back up on the first save");

		engagement.setName("改名した監査");
		EngagementFiles.save(engagement);

		assertArrayEquals(first, Files.readAllBytes(folder.resolve("audit.kansa.bak")));
		assertTrue(Files.readString(file).contains("改名した監査"));
		assertEquals(List.of("audit.kansa", "audit.kansa.bak"), fileNames(), "no temporary file is left");
	}

	@Test
	void saveKeepsTheFilePermissions() throws IOException {
		Path file = folder.resolve("audit.kansa");
		Resource resource = resourceFor(file);
		Engagement engagement = new EngagementFixture().engagement;
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, file);
		Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(file, shared);

		engagement.setName("改名した監査");
		EngagementFiles.save(engagement);

		assertEquals(shared, Files.getPosixFilePermissions(file), "the team can still read the saved file");
	}

	@Test
	void saveThatFailsMidwayLeavesTheOldFileAndBackupByteIdentical() throws IOException {
		Path file = folder.resolve("audit.kansa");
		Resource resource = resourceFor(file);
		Engagement engagement = new EngagementFixture().engagement;
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, file);
		engagement.setName("二回目");
		EngagementFiles.save(resource, file);
		byte[] before = Files.readAllBytes(file);
		byte[] backupBefore = Files.readAllBytes(EngagementFiles.backupOf(file));

		engagement.setName("三回目 — 保存中に失敗する");
		AtomicFileWriter failing = new AtomicFileWriter(out -> new FailAfter(out, 500));
		IOException error = assertThrows(IOException.class, () -> EngagementFiles.save(resource, file, failing));

		assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
		assertTrue(error.getMessage().contains("disk full after 500 bytes"), error.getMessage());
		assertTrue(error.getMessage().contains("unchanged"), error.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "the old file is intact");
		assertArrayEquals(backupBefore, Files.readAllBytes(EngagementFiles.backupOf(file)), "the backup is untouched");
		assertEquals(List.of("audit.kansa", "audit.kansa.bak"), fileNames(), "the temporary file is removed");
		assertEquals("二回目", EngagementFiles.load(file).getName());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"doctype-entity.kansa | DOCTYPE | 2",
			"truncated.kansa | XML document structures must start and end within the same entity | 6",
			"unknown-element.kansa | budget | 4",
			"dangling-id.kansa | P-GONE | 5",
			"bad-date.kansa | 2025-02-30 | 3" })
	void hostileOrBrokenFileIsRefusedWithProblemAndPosition(String name, String problem, int line) {
		Path file = Path.of("data", name);
		EngagementFileException error = assertThrows(EngagementFileException.class, () -> EngagementFiles.load(file));
		assertTrue(error.getMessage().contains(problem), error.getMessage());
		assertTrue(error.getMessage().contains(name), "names the file: " + error.getMessage());
		assertEquals(line, error.getLine(), error.getMessage());
		assertTrue(error.getColumn() > 0, error.getMessage());
		assertTrue(error.getMessage().contains("line " + line + ", column "), error.getMessage());
	}

	@Test
	void emptyFileIsRefused() {
		EngagementFileException error = assertThrows(EngagementFileException.class,
				() -> EngagementFiles.load(Path.of("data/empty.kansa")));
		assertTrue(error.getMessage().contains("empty.kansa"), error.getMessage());
	}

	@Test
	void catalogIsNotAnEngagement() {
		EngagementFileException error = assertThrows(EngagementFileException.class,
				() -> EngagementFiles.load(Path.of("data/kakuninhyo-1.0.kansacatalog")));
		assertTrue(error.getMessage().contains("not an engagement file (it holds a Catalog)"), error.getMessage());
	}

	private List<String> fileNames() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static Resource resourceFor(Path file) {
		return KansaResources.createResourceSet().createResource(URI.createFileURI(file.toString()));
	}

	/** Simulates a disk that fills up (or a process killed) after a number of bytes. */
	private static final class FailAfter extends FilterOutputStream {
		private final int limit;
		private int written;

		FailAfter(OutputStream out, int limit) {
			super(out);
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			if (++written > limit) {
				throw new IOException("disk full after " + limit + " bytes");
			}
			super.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}
	}
}

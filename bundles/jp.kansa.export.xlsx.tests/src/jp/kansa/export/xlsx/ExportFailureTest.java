/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jp.kansa.catalog.EmbeddedCatalog;

/** A failed export names the file and the cause, and leaves the disk as it was. */
class ExportFailureTest {

	@Test
	void missingFolderIsNamed() {
		Path file = Workbooks.OUT.resolve("no-such-folder").resolve("x.xlsx");
		ExportException e = assertThrows(ExportException.class,
				() -> WorkpaperExporter.create().export(EmbeddedCatalog.load(), file, ExportOptions.defaults()));
		assertEquals("cannot write " + file + ": No such file or directory", e.getMessage());
		assertEquals(file, e.getFile());
		assertFalse(Files.exists(file));
	}

	@Test
	void aFolderIsNotReplaced() throws Exception {
		Path folder = Files.createDirectories(Workbooks.OUT.resolve("empty-folder"));
		ExportException e = assertThrows(ExportException.class,
				() -> WorkpaperExporter.create().export(EmbeddedCatalog.load(), folder, ExportOptions.defaults()));
		assertEquals("cannot write " + folder + ": Is a directory", e.getMessage());
		assertTrue(Files.isDirectory(folder));
	}

	@Test
	void existingFileIsReplacedWhole() throws Exception {
		Files.createDirectories(Workbooks.OUT);
		Path file = Workbooks.OUT.resolve("replace.xlsx");
		Files.write(file, new byte[] { 1, 2, 3 });
		WorkpaperExporter.create().export(EmbeddedCatalog.load(), file, ExportOptions.defaults());
		byte[] start = new byte[] { 'P', 'K' };
		byte[] head = new byte[2];
		System.arraycopy(Files.readAllBytes(file), 0, head, 0, 2);
		assertArrayEquals(start, head);
		try (var files = Files.list(Workbooks.OUT)) {
			assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temp file left");
		}
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jp.kansa.emf.ui.FileField;

/** How a path typed by the user is read by every file field of the wizards. */
class FileFieldTest {

	@Test
	void emptyOrBlankIsNoPath() {
		assertNull(FileField.typedPath(""));
		assertNull(FileField.typedPath(" \t "));
		assertNull(FileField.typedPath((String) null));
	}

	@Test
	void textThatIsNoPathIsNoPath() {
		assertNull(FileField.typedPath("/tmp/a\0b.kansa"));
	}

	@Test
	void pathIsTrimmedAbsoluteAndNormalised() {
		assertEquals(Path.of("/tmp/b/c.kansa"), FileField.typedPath("  /tmp/a/../b/./c.kansa \n"));
		assertEquals(Path.of("").toAbsolutePath().resolve("x.xlsx"), FileField.typedPath("x.xlsx"));
	}

	@Test
	void japaneseNamesAreKept() {
		assertEquals(Path.of("/tmp/監査/令和8年度.kansa"), FileField.typedPath("/tmp/監査/令和8年度.kansa"));
	}

	@Test
	void requiredExtensionIsAddedOnlyWhenMissing() {
		assertEquals("/tmp/a.kansa", FileField.withExtension("/tmp/a", ".kansa"));
		assertEquals("/tmp/a.kansa", FileField.withExtension("/tmp/a.kansa", ".kansa"));
		assertEquals("/tmp/a", FileField.withExtension("/tmp/a", null));
	}
}

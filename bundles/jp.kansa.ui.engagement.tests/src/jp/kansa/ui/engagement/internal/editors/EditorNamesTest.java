/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tab names: a file's name alone, after the fewest folders that tell namesakes apart. */
class EditorNamesTest {

	@Test
	void aFileWithoutNamesakeKeepsItsName() {
		assertEquals(List.of("a.kansa", "b.kansa"), //$NON-NLS-1$ //$NON-NLS-2$
				EditorNames.names(List.of(Path.of("/audits/2025/a.kansa"), Path.of("/audits/2025/b.kansa")))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void namesakesShowTheirLastFolder() {
		assertEquals(List.of("x/sample.kansa", "x-2026/sample.kansa", "other.kansa"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				EditorNames.names(List.of(Path.of("/tmp/x/sample.kansa"), Path.of("/tmp/x-2026/sample.kansa"), //$NON-NLS-1$ //$NON-NLS-2$
						Path.of("/tmp/x/other.kansa")))); //$NON-NLS-1$
	}

	@Test
	void namesakesInFoldersOfTheSameNameShowAsManyFoldersAsTellThemApart() {
		assertEquals(List.of("minato/2025/h.kansa", "kita/2025/h.kansa", "2026/h.kansa"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				EditorNames.names(List.of(Path.of("/share/minato/2025/h.kansa"), Path.of("/share/kita/2025/h.kansa"), //$NON-NLS-1$ //$NON-NLS-2$
						Path.of("/share/minato/2026/h.kansa")))); //$NON-NLS-1$
	}
}

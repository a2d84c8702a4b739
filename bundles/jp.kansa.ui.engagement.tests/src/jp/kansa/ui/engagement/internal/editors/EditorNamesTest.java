/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tab names: a file's name alone, with the fewest folders that tell namesakes apart. */
class EditorNamesTest {

	@Test
	void aFileWithoutNamesakeKeepsItsName() {
		assertEquals(List.of("a.kansa", "b.kansa"), //$NON-NLS-1$ //$NON-NLS-2$
				EditorNames.names(List.of(Path.of("/audits/2025/a.kansa"), Path.of("/audits/2025/b.kansa")))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void namesakesShowTheirLastFolder() {
		assertEquals(List.of("sample.kansa \u2014 x", "sample.kansa \u2014 x-2026", "other.kansa"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				EditorNames.names(List.of(Path.of("/tmp/x/sample.kansa"), Path.of("/tmp/x-2026/sample.kansa"), //$NON-NLS-1$ //$NON-NLS-2$
						Path.of("/tmp/x/other.kansa")))); //$NON-NLS-1$
	}

	@Test
	void namesakesInFoldersOfTheSameNameShowAsManyFoldersAsTellThemApart() {
		assertEquals(List.of("h.kansa \u2014 minato/2025", "h.kansa \u2014 kita/2025", "h.kansa \u2014 2026"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				EditorNames.names(List.of(Path.of("/share/minato/2025/h.kansa"), Path.of("/share/kita/2025/h.kansa"), //$NON-NLS-1$ //$NON-NLS-2$
						Path.of("/share/minato/2026/h.kansa")))); //$NON-NLS-1$
	}
}

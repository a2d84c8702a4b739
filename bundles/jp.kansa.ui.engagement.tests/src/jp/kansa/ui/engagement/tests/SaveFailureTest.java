/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPartConstants;
import org.junit.jupiter.api.Test;

import jp.kansa.model.KansaPackage.Literals;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.internal.io.AtomicFileWriter;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.LoadProblemPage;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;

/** A save that dies midway and a file that cannot be read: the user is told, nothing is lost. */
class SaveFailureTest extends EditorTestBase {

	/** Breaks every write after some bytes, as a full disk or a pulled USB stick would. */
	private static OutputStream failingAfter(OutputStream out, int bytes) {
		return new FilterOutputStream(out) {
			private int written;

			@Override
			public void write(int b) throws IOException {
				if (++written > bytes) {
					throw new IOException("デバイスに空き領域がありません (simulated)"); //$NON-NLS-1$
				}
				super.write(b);
			}
		};
	}

	@Test
	void aFailedSaveLeavesTheOldFileIntactAndTheEditorDirty() throws Exception {
		Path file = SampleInstaller.install(folder);
		byte[] before = Files.readAllBytes(file);
		EngagementEditor editor = Workbench.open(file);
		boolean[] dirtyEvents = new boolean[1];
		editor.addPropertyListener((source, property) -> dirtyEvents[0] |= property == IWorkbenchPartConstants.PROP_DIRTY);
		editor.commands().execute(editor.commands().set(editor.engagement(), Literals.ENGAGEMENT__NAME, "名称を変更")); //$NON-NLS-1$
		assertTrue(editor.isDirty());
		assertTrue(dirtyEvents[0], "the dirty marker appears"); //$NON-NLS-1$
		editor.setSaveStrategy((resource, target) -> EngagementFiles.save(resource, target,
				new AtomicFileWriter(out -> failingAfter(out, 4096))));

		String dialog = Workbench.closeDialogOpenedBy(() -> editor.doSave(null));

		assertTrue(dialog.contains("保存に失敗しました"), dialog); //$NON-NLS-1$
		assertTrue(dialog.contains("保存されていません"), dialog); //$NON-NLS-1$
		assertTrue(dialog.contains("simulated"), "the dialog says why: " + dialog); //$NON-NLS-1$ //$NON-NLS-2$
		assertArrayEquals(before, Files.readAllBytes(file), "the old file is intact"); //$NON-NLS-1$
		assertTrue(editor.isDirty(), "the editor still holds the unsaved change"); //$NON-NLS-1$
		try (var files = Files.list(folder)) {
			assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temp file left"); //$NON-NLS-1$ //$NON-NLS-2$
		}

		editor.setSaveStrategy(EngagementFiles::save);
		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("名称を変更")); //$NON-NLS-1$
	}

	@Test
	void aTruncatedFileIsRefusedNamingTheProblemAndPosition() throws Exception {
		Path sample = SampleInstaller.install(folder);
		String text = Files.readString(sample, StandardCharsets.UTF_8);
		Path truncated = folder.resolve("truncated.kansa"); //$NON-NLS-1$
		Files.writeString(truncated, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(truncated);

		EngagementEditor editor = Workbench.open(truncated);

		assertNull(editor.engagement());
		LoadProblemPage page = (LoadProblemPage) editor.getActivePageInstance();
		String shown = page.text();
		assertTrue(shown.contains("行") && shown.contains("列"), shown); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(shown.contains(truncated.toString()), shown);
		assertFalse(editor.isDirty());
		assertFalse(editor.isSaveAsAllowed());
		editor.doSave(null);
		assertArrayEquals(before, Files.readAllBytes(truncated), "a refused file is never written"); //$NON-NLS-1$
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.emf.ui.FileField;
import jp.kansa.ui.testing.NativeChooser;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * The 参照… button as a user meets it: a click opens GTK's chooser in the folder of the path
 * already typed, the name typed there comes back into the field with the required extension.
 */
class FileFieldChooserTest {

	private static final String TITLE = "保存先を選ぶ (試験)"; //$NON-NLS-1$

	@TempDir
	Path folder;

	private Shell shell;

	@AfterEach
	void close() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
	}

	@Test
	void browseOpensInTheTypedFolderAndAddsTheExtension() throws Exception {
		Display display = Display.getDefault();
		Path typedFolder = Files.createDirectories(folder.resolve("令和8年度")); //$NON-NLS-1$
		shell = new Shell(display);
		shell.setLayout(new GridLayout(2, false));
		Text field = new Text(shell, SWT.BORDER);
		field.setText(typedFolder.resolve("old.xlsx").toString()); //$NON-NLS-1$
		Button browse = FileField.addBrowseButton(shell, field, "参照...", //$NON-NLS-1$
				new FileField.Chooser(SWT.SAVE, TITLE, new String[] { "*.xlsx" }, ".xlsx", () -> null)); //$NON-NLS-1$ //$NON-NLS-2$
		shell.setSize(500, 120);
		shell.open();
		shell.forceActive();
		UiTestSupport.waitUntil(() -> display.getActiveShell() == shell, 5_000);
		boolean[] answered = { false };
		// GTK's save chooser takes the keyboard in its name box, the proposed name selected
		NativeChooser.whenShown(display, TITLE, 30_000, () -> {
			UserEvents.keyIntoNativeDialog(display, SWT.CTRL, 'a');
			for (char c : "chosen".toCharArray()) { //$NON-NLS-1$
				UserEvents.keyIntoNativeDialog(display, 0, c);
			}
			UserEvents.keyIntoNativeDialog(display, 0, SWT.CR);
			answered[0] = true;
			// a chooser that did not take the name stays open: close it so that the test fails, not hangs
			display.timerExec(10_000, () -> {
				if (field.getText().endsWith("old.xlsx")) { //$NON-NLS-1$
					UserEvents.keyIntoNativeDialog(display, 0, SWT.ESC);
				}
			});
		});
		UserEvents.click(browse);
		UiTestSupport.waitUntil(() -> !field.getText().endsWith("old.xlsx"), 30_000); //$NON-NLS-1$
		UiTestSupport.spin();

		assertEquals(true, answered[0], "the chooser titled " + TITLE + " showed"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(typedFolder.resolve("chosen.xlsx").toString(), field.getText(), //$NON-NLS-1$
				"the chooser opened in the typed folder and .xlsx was added"); //$NON-NLS-1$
	}
}

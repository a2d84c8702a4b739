/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.team.ui.internal.Messages;
import jp.kansa.ui.testing.Menus;
import jp.kansa.ui.testing.ModalDialogs;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * チーム > 共有 with the shared folder chosen through 参照…: keys open 共有, a folder holding other
 * files typed into the field is refused before anything is shared, 参照… clicked opens GTK's
 * folder chooser, the prepared empty folder is chosen there by keys (Ctrl+L, its path, Enter)
 * and comes back into the field; OK shares the engagement into it, and a clone of that folder
 * holds the engagement as the auditor's first version.
 */
class ShareBrowseTest {

	private static final String NAME = "作成者 花子"; //$NON-NLS-1$
	private static final String EMAIL = "preparer@example.org"; //$NON-NLS-1$

	@TempDir
	Path temp;

	@BeforeEach
	void identity() {
		var node = InstanceScope.INSTANCE.getNode("jp.kansa.app"); //$NON-NLS-1$
		node.put("auditorName", NAME); //$NON-NLS-1$
		node.put("auditorEmail", EMAIL); //$NON-NLS-1$
	}

	@AfterEach
	void closeEditors() {
		FreshSample.closeAll();
	}

	@Test
	void browseChoosesTheSharedFolderAndShareSendsTheEngagementThere() throws Exception {
		IEditorPart editor = FreshSample.open();
		Path file = ((IPathEditorInput) editor.getEditorInput()).getPath().toPath();
		Path shared = Files.createDirectories(temp.resolve("fileserver").resolve("minato-shared")); //$NON-NLS-1$ //$NON-NLS-2$
		Path crowded = Files.createDirectories(temp.resolve("fileserver").resolve("other")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.writeString(crowded.resolve("memo.txt"), "not for sharing"); //$NON-NLS-1$ //$NON-NLS-2$
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = main.getDisplay();
		FolderChooserByKeys chooser = new FolderChooserByKeys(display, Messages.shareChooserTitle);
		String[] chosen = new String[1];
		String[] outcome = new String[1];
		Runnable stopAnswering = answerTheOutcome(display, outcome);
		try {
			ModalDialogs.answer(() -> Menus.chooseByKeys(main, "チーム", 't', 's'), //$NON-NLS-1$
				shell -> Messages.shareTitle.equals(shell.getText())
						&& !Controls.find(shell, Button.class, b -> Messages.shareBrowse.equals(b.getText()), false).isEmpty(),
				dialog -> {
					Text field = Controls.find(dialog, Text.class, t -> true);
					Button ok = Controls.find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()));
					Rectangle bounds = dialog.getBounds();
					assertTrue(bounds.width <= 1024 && bounds.height <= 700, "the dialog fits a 1024×700 screen: " + bounds); //$NON-NLS-1$

					// a folder with other files in it cannot take the engagement: said at once, OK refused
					UserEvents.click(field);
					UserEvents.type(display, crowded.toString());
					UiTestSupport.waitUntil(() -> !ok.isEnabled(), 3_000);
					assertFalse(ok.isEnabled(), "OK refused for " + crowded + ", typed: " + field.getText()); //$NON-NLS-1$ //$NON-NLS-2$
					assertFalse(Controls.find(dialog, Label.class, l -> l.getText().contains(crowded.toString())).getText().isEmpty());
					UiTestSupport.screenshot(dialog, "share-folder-not-empty"); //$NON-NLS-1$

					chooser.choose(shared);
					UserEvents.click(Controls.find(dialog, Button.class, b -> Messages.shareBrowse.equals(b.getText())));
					UiTestSupport.waitUntil(() -> !field.getText().equals(crowded.toString()), 5_000);
					chosen[0] = field.getText();
					UiTestSupport.screenshot(dialog, "share-folder-chosen"); //$NON-NLS-1$
					assertEquals(List.of(), chooser.problems(), "GTK's chooser answered by keys"); //$NON-NLS-1$
					assertEquals(shared.toString(), field.getText(), "the chosen folder in the field"); //$NON-NLS-1$
					assertTrue(ok.isEnabled(), "an empty folder can be the shared place"); //$NON-NLS-1$
					UserEvents.click(ok);
				}, 60_000);
			UiTestSupport.waitUntil(() -> outcome[0] != null, 60_000);
		} finally {
			stopAnswering.run();
		}

		assertTrue(chooser.typed(), "the path was typed into GTK's chooser"); //$NON-NLS-1$
		assertEquals(shared.toString(), chosen[0]);
		assertEquals(NLS.bind(Messages.shareDone, file.getParent().getFileName()), outcome[0], "共有's outcome"); //$NON-NLS-1$
		assertTrue(Files.isDirectory(file.getParent().resolve(".git")), "the engagement's folder is a repository"); //$NON-NLS-1$
		try (Git git = Git.open(shared.toFile())) {
			assertTrue(git.getRepository().isBare(), "the chosen folder became the shared repository"); //$NON-NLS-1$
			ObjectId head = git.getRepository().resolve("refs/heads/main"); //$NON-NLS-1$
			assertNotNull(head, "the first version was sent to the chosen folder"); //$NON-NLS-1$
			RevCommit first = git.getRepository().parseCommit(head);
			assertEquals(NAME, first.getAuthorIdent().getName());
			assertEquals(EMAIL, first.getAuthorIdent().getEmailAddress());
			assertNotNull(TreeWalk.forPath(git.getRepository(), file.getFileName().toString(), first.getTree()),
					"the engagement file is in the shared version"); //$NON-NLS-1$
		}
		Path reviewer = temp.resolve("reviewer"); //$NON-NLS-1$
		Git.cloneRepository().setURI(shared.toString()).setDirectory(reviewer.toFile()).call().close();
		assertEquals(Files.readString(file), Files.readString(reviewer.resolve(file.getFileName())),
				"a clone of the chosen folder holds the engagement"); //$NON-NLS-1$
	}

	/**
	 * Reads and closes the message 共有's job shows when it ends (done, or the error). It opens
	 * from the job, asynchronously, and runs its own loop wherever the test is spinning: a poll
	 * started beforehand answers it inside that loop.
	 */
	private static Runnable answerTheOutcome(Display display, String[] outcome) {
		boolean[] stopped = { false };
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (stopped[0]) {
				return;
			}
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && Messages.shareTitle.equals(shell.getText())
						&& Controls.find(shell, Button.class, b -> Messages.shareBrowse.equals(b.getText()), false).isEmpty()) {
					outcome[0] = String.join("\n", texts(shell)); //$NON-NLS-1$
					UiTestSupport.screenshot(shell, "share-done"); //$NON-NLS-1$
					shell.close();
					return;
				}
			}
			display.timerExec(200, poll[0]);
		};
		display.timerExec(200, poll[0]);
		return () -> stopped[0] = true;
	}

	/** The message labels of a message dialog (its image label has no text). */
	private static List<String> texts(Shell shell) {
		List<String> texts = new ArrayList<>();
		for (Label label : Controls.find(shell, Label.class, l -> !l.getText().isEmpty(), false)) {
			texts.add(label.getText());
		}
		return texts;
	}
}

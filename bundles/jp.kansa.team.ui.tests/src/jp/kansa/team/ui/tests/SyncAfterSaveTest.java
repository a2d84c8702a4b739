/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.team.Identity;
import jp.kansa.team.TeamRepository;
import jp.kansa.team.TeamSync;
import jp.kansa.team.ui.internal.SyncAfterSave;
import jp.kansa.ui.testing.Menus;
import jp.kansa.ui.testing.ModalDialogs;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * 保存のたびに同期する, as an auditor uses it: the box is ticked in 設定 by a click, the engagement's
 * name is typed into and Ctrl+S pressed; the save sends the change by itself and a second clone sees
 * it after its own sync. Without the box, a save sends nothing; with the shared place gone, the save
 * is committed here and the status line says it goes with the next sync.
 */
class SyncAfterSaveTest {

	private static final String NAME_START = "みなと総合病院 医療情報システム契約";
	private static final Identity PREPARER = new Identity("作成者 花子", "preparer@example.org");
	private static final Identity REVIEWER = new Identity("査閲者 太郎", "reviewer@example.org");

	@TempDir
	Path temp;

	@BeforeEach
	void identity() {
		var node = InstanceScope.INSTANCE.getNode("jp.kansa.app");
		node.put("auditorName", PREPARER.name());
		node.put("auditorEmail", PREPARER.email());
		node.remove("syncAfterSave");
	}

	@AfterEach
	void closeEditors() {
		InstanceScope.INSTANCE.getNode("jp.kansa.app").remove("syncAfterSave");
		FreshSample.closeAll();
	}

	@Test
	void tickedInPreferencesASaveByCtrlSSendsTheChange() throws Exception {
		IEditorPart editor = FreshSample.open();
		Path file = ((org.eclipse.ui.IPathEditorInput) editor.getEditorInput()).getPath().toPath();
		Path bare = temp.resolve("shared.git");
		TeamRepository.share(file.getParent(), bare.toString(), PREPARER, null, null, null);
		Path reviewer = temp.resolve("reviewer");
		TeamRepository.clone(bare.toString(), reviewer, null, null, null);
		ObjectId shared = sharedHead(bare);

		// the box not ticked: a save stays on this machine
		typeIntoName(editor, " a");
		key(SWT.MOD1, 's');
		UiTestSupport.waitUntil(() -> !editor.isDirty(), 10_000);
		assertFalse(editor.isDirty(), "Ctrl+S saved");
		UiTestSupport.sleep(2_000);
		UiTestSupport.spin();
		assertEquals(0, Job.getJobManager().find(SyncAfterSave.FAMILY).length, "no sync without the preference");
		assertEquals(shared, sharedHead(bare), "nothing was sent");

		tickInPreferences();
		assertTrue(Platform.getPreferencesService().getBoolean("jp.kansa.app", "syncAfterSave", false, null),
				"the click in 設定 stored the preference");

		typeIntoName(editor, "b");
		key(SWT.MOD1, 's');
		UiTestSupport.waitUntil(() -> !shared.equals(sharedHead(bare)), 60_000);
		assertTrue(!shared.equals(sharedHead(bare)), "the save sent the change by itself");
		UiTestSupport.waitUntil(() -> Job.getJobManager().find(SyncAfterSave.FAMILY).length == 0, 30_000);

		new TeamSync(REVIEWER, null, Locale.JAPANESE).sync(reviewer, null);
		String name = EngagementFiles.load(reviewer.resolve(file.getFileName().toString())).getName();
		assertTrue(name.startsWith(NAME_START) && name.endsWith(" ab"), name);
		try (Git git = Git.open(bare.toFile())) {
			RevCommit last = git.log().setMaxCount(1).call().iterator().next();
			assertEquals(PREPARER.name(), last.getAuthorIdent().getName());
			assertTrue(last.getFullMessage().contains(" ab"), "the message says what changed: " + last.getFullMessage());
		}
		String status = statusLine();
		assertTrue(status.contains("保存後に同期しました"), "the status line says it: " + status);
	}

	@Test
	void offlineTheSaveIsCommittedAndTheStatusLineSaysItGoesLater() throws Exception {
		InstanceScope.INSTANCE.getNode("jp.kansa.app").putBoolean("syncAfterSave", true);
		IEditorPart editor = FreshSample.open();
		Path file = ((org.eclipse.ui.IPathEditorInput) editor.getEditorInput()).getPath().toPath();
		Path bare = temp.resolve("shared.git");
		TeamRepository.share(file.getParent(), bare.toString(), PREPARER, null, null, null);
		try (var paths = Files.walk(bare)) { // the file share is out of reach
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}

		typeIntoName(editor, " c");
		key(SWT.MOD1, 's');
		UiTestSupport.waitUntil(() -> statusLine().contains("次の同期で送ります"), 60_000);
		assertTrue(statusLine().contains("次の同期で送ります"), "a quiet message, no dialog: " + statusLine());
		try (Git git = Git.open(file.getParent().toFile())) {
			assertTrue(git.status().call().isClean(), "the save is committed here");
			assertTrue(git.log().setMaxCount(1).call().iterator().next().getFullMessage().contains(" c"));
		}
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		for (Shell shell : main.getShells()) {
			assertFalse(shell.isVisible(), "no dialog opened: " + shell.getText());
		}
	}

	private static ObjectId sharedHead(Path bare) {
		try (Git git = Git.open(bare.toFile())) {
			return git.getRepository().resolve("refs/heads/main");
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	/** ウィンドウ > 設定 by keys, the box ticked by a click, 適用して閉じる clicked. */
	private static void tickInPreferences() throws Exception {
		Shell main = mainShell();
		String[] title = new String[1];
		ModalDialogs.answer(() -> Menus.chooseByKeys(main, "ウィンドウ", 'w', 'p'), dialog -> {
			title[0] = dialog.getText();
			Button box = find(dialog, Button.class, b -> (b.getStyle() & SWT.CHECK) != 0 && b.getText().startsWith("保存のたびに同期する"));
			assertFalse(box.getSelection());
			UserEvents.click(box);
			UiTestSupport.waitUntil(box::getSelection, 3_000);
			assertTrue(box.getSelection(), "the click ticked the box");
			UiTestSupport.sleep(200);
			UiTestSupport.spin();
			UiTestSupport.screenshot(dialog, "preferences-sync-after-save");
			// the platform's label is Japanese in the product (jp.kansa.nl.ja.*), English in this test runtime
			UserEvents.click(find(dialog, Button.class, b -> List.of("適用して閉じる", "Apply and Close").contains(b.getText())));
		});
		assertTrue(List.of("設定", "Preferences").contains(title[0]), title[0]);
	}

	private static void typeIntoName(IEditorPart editor, String typed) {
		Text name = find(mainShell(), Text.class, t -> t.isVisible() && t.getEditable() && t.getText().startsWith(NAME_START));
		String before = name.getText();
		UserEvents.click(name);
		UiTestSupport.waitUntil(() -> name.isFocusControl(), 3_000);
		key(0, SWT.END);
		UserEvents.type(name.getDisplay(), typed);
		key(0, SWT.CR);
		UiTestSupport.waitUntil(() -> name.getText().equals(before + typed) && editor.isDirty(), 5_000);
		assertEquals(before + typed, name.getText());
		assertTrue(editor.isDirty(), "typing changed the engagement");
	}

	private static String statusLine() {
		StringBuilder texts = new StringBuilder();
		walk(mainShell(), c -> {
			if (c instanceof CLabel l && l.getText() != null) {
				texts.append(l.getText()).append('\n');
			}
		});
		return texts.toString();
	}

	private static Shell mainShell() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		if (shell.getBounds().width != 1280) {
			shell.setBounds(0, 0, 1280, 1000);
		}
		UserEvents.activate(shell);
		return shell;
	}

	private static void key(int modifiers, int key) {
		UserEvents.key(Display.getCurrent(), modifiers, key);
	}

	private static <T extends Control> T find(Control root, Class<T> type, java.util.function.Predicate<T> which) {
		List<T> all = new ArrayList<>();
		UiTestSupport.waitUntil(() -> {
			walk(root, c -> {
				if (type.isInstance(c) && which.test(type.cast(c))) {
					all.add(type.cast(c));
				}
			});
			return !all.isEmpty();
		}, 5_000);
		if (all.isEmpty()) {
			StringBuilder seen = new StringBuilder();
			walk(root, c -> seen.append(c).append(c instanceof Button b ? " '" + b.getText() + "'" : "").append('\n'));
			if (root instanceof Shell shell) {
				UiTestSupport.screenshot(shell, "not-found-" + type.getSimpleName());
			}
			throw new AssertionError("no " + type.getSimpleName() + " found in " + root + ":\n" + seen);
		}
		return all.get(0);
	}

	private static void walk(Control control, Consumer<Control> visit) {
		visit.accept(control);
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				walk(child, visit);
			}
		}
	}
}

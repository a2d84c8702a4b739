/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.team.Identity;
import jp.kansa.team.TeamRepository;
import jp.kansa.team.TeamSync;
import jp.kansa.team.ui.internal.ConflictsHandler;
import jp.kansa.team.ui.internal.HistoryView;
import jp.kansa.team.ui.internal.Messages;
import jp.kansa.team.ui.internal.SyncHandler;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * The real workbench under Xvfb: the preparer's engagement open in the editor and shared, the
 * reviewer (a second clone) changed the same conclusion and synced first. チーム > 同期 by its key
 * (Ctrl+Alt+Y) saves and syncs in a job, says what it did, and opens the 競合 dialog; the auditor
 * takes the other side for all with a click and 解決; the editor shows the decided value, the
 * decision is committed, and the 履歴 view names both auditors.
 */
class TeamMenuTest {

	private static final String CHECK = "C-2/2-A-9-①";
	private static final Identity REVIEWER = new Identity("査閲者 太郎", "reviewer@example.org");

	@TempDir
	Path temp;

	@AfterEach
	void closeEditors() {
		FreshSample.closeAll();
	}

	@Test
	void syncByKeyShowsConflictsAndTheDialogDecidesForTheOtherSide() throws Exception {
		InstanceScope.INSTANCE.getNode("jp.kansa.app").put("auditorName", "作成者 花子");
		InstanceScope.INSTANCE.getNode("jp.kansa.app").put("auditorEmail", "preparer@example.org");
		IEditorPart editor = FreshSample.open();
		Path file = ((org.eclipse.ui.IPathEditorInput) editor.getEditorInput()).getPath().toPath();
		Path folder = file.getParent();
		Path bare = temp.resolve("shared.git");
		TeamRepository.share(folder, bare.toString(), new Identity("作成者 花子", "preparer@example.org"), null, null, null);
		Path reviewer = temp.resolve("reviewer");
		TeamRepository.clone(bare.toString(), reviewer, null, null, null);
		Engagement theirs = EngagementFiles.load(reviewer.resolve(file.getFileName().toString()));
		check(theirs).setConclusion("査閲者の結論");
		EngagementFiles.save(theirs);
		new TeamSync(REVIEWER, null, Locale.JAPANESE).sync(reviewer, null);

		// the preparer edits the same conclusion in the editor, unsaved
		var domain = ((IEditingDomainProvider) editor).getEditingDomain();
		Engagement ours = (Engagement) domain.getResourceSet().getResources().get(0).getContents().get(0);
		domain.getCommandStack().execute(SetCommand.create(domain, check(ours),
				KansaPackage.Literals.CONTRACT_CHECK__CONCLUSION, "作成者の結論"));
		assertTrue(editor.isDirty());

		List<String> seen = new ArrayList<>();
		Runnable stop = answerDialogs(seen);
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		main.forceActive();
		editor.setFocus();
		UiTestSupport.spin();
		UserEvents.key(main.getDisplay(), SWT.MOD1 | SWT.ALT, 'y');
		Path conflicts = folder.resolve(file.getFileName() + ".conflicts.json");
		UiTestSupport.waitUntil(() -> seen.stream().anyMatch(s -> s.startsWith("resolved")), 60_000);
		UiTestSupport.waitUntil(() -> Job.getJobManager().find(ConflictsHandler.FAMILY).length == 0
				&& Job.getJobManager().find(SyncHandler.FAMILY).length == 0 && !Files.exists(conflicts), 30_000);
		stop.run();
		String all = String.join("\n", seen);
		assertTrue(all.contains(Messages.syncTitle), "the sync said what it did: " + all);
		assertTrue(all.contains("作成者の結論") && all.contains("査閲者の結論"), "both values side by side: " + all);
		assertFalse(Files.exists(conflicts), "nothing left to decide");
		assertEquals("査閲者の結論", check(EngagementFiles.load(file)).getConclusion(), "the other side was taken");
		UiTestSupport.waitUntil(() -> activeEngagement() != null
				&& "査閲者の結論".equals(check(activeEngagement()).getConclusion()), 20_000);
		assertNotNull(activeEngagement(), "the editor is open again on the decided file");
		assertEquals("査閲者の結論", check(activeEngagement()).getConclusion());

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HistoryView history = (HistoryView) page.showView(HistoryView.ID);
		history.show(file, CHECK);
		UiTestSupport.waitUntil(() -> rows(history).stream().anyMatch(r -> r.contains("査閲者 太郎")), 20_000);
		List<String> rows = rows(history);
		assertTrue(rows.stream().anyMatch(r -> r.contains("査閲者 太郎")), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.contains("作成者 花子")), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.contains("→")), "old → new: " + rows);
		assertNull(jp.kansa.team.PendingConflicts.read(file));
	}

	/**
	 * Answers the dialogs the sync opens, as an auditor: the report is read and closed with Enter;
	 * in 競合, すべて相手の値 and then 解決 are clicked.
	 */
	private static Runnable answerDialogs(List<String> seen) {
		Display display = Display.getCurrent();
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		boolean[] stopped = { false };
		boolean[] busy = { false };
		Runnable[] tick = new Runnable[1];
		tick[0] = () -> {
			if (stopped[0]) {
				return;
			}
			if (!busy[0]) {
				busy[0] = true;
				try {
					for (Shell shell : main.getShells()) {
						if (!shell.isVisible() || shell.isDisposed()) {
							continue;
						}
						StringBuilder texts = new StringBuilder(shell.getText()).append('\n');
						collect(shell, texts);
						if (shell.getText().startsWith(Messages.conflictsTitle)) {
							Table table = find(shell, Table.class);
							for (var item : table.getItems()) {
								for (int c = 0; c < table.getColumnCount(); c++) {
									texts.append(item.getText(c)).append(" | ");
								}
								texts.append('\n');
							}
							seen.add(texts.toString());
							UserEvents.click(button(shell, Messages.buttonAllTheirs));
							boolean taken = table.getItem(0).getText(4).equals(Messages.keptTheirs);
							seen.add("taken:" + taken);
							UserEvents.click(button(shell, Messages.resolveButton));
							seen.add("resolved");
						} else if (shell.getText().equals(Messages.syncTitle)) {
							seen.add(texts.toString());
							shell.forceActive();
							UiTestSupport.spin();
							UserEvents.key(display, 0, SWT.CR);
						}
					}
				} finally {
					busy[0] = false;
				}
			}
			display.timerExec(200, tick[0]);
		};
		display.timerExec(200, tick[0]);
		return () -> stopped[0] = true;
	}

	private static Button button(Shell shell, String text) {
		List<Button> all = new ArrayList<>();
		findAll(shell, Button.class, all);
		return all.stream().filter(b -> b.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	private static <T extends Control> T find(Control root, Class<T> type) {
		List<T> all = new ArrayList<>();
		findAll(root, type, all);
		return all.get(0);
	}

	private static <T extends Control> void findAll(Control root, Class<T> type, List<T> into) {
		if (type.isInstance(root)) {
			into.add(type.cast(root));
		}
		if (root instanceof Composite c) {
			for (Control child : c.getChildren()) {
				findAll(child, type, into);
			}
		}
	}

	private static void collect(Control control, StringBuilder into) {
		if (control instanceof Label l) {
			into.append(l.getText()).append('\n');
		}
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				collect(child, into);
			}
		}
	}

	private static List<String> rows(HistoryView view) {
		List<String> rows = new ArrayList<>();
		for (var version : view.getViewSite().getShell().isDisposed() ? new org.eclipse.swt.widgets.TreeItem[0]
				: treeOf(view).getItems()) {
			rows.add(version.getText(0) + " | " + version.getText(1) + " | " + version.getText(2));
			for (var change : version.getItems()) {
				rows.add("  " + change.getText(2));
			}
		}
		return rows;
	}

	private static org.eclipse.swt.widgets.Tree treeOf(HistoryView view) {
		try {
			var method = HistoryView.class.getDeclaredMethod("tree");
			method.setAccessible(true);
			return (org.eclipse.swt.widgets.Tree) method.invoke(view);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	private static ContractCheck check(Engagement engagement) {
		return (ContractCheck) engagement.eResource().getEObject(CHECK);
	}

	private static Engagement activeEngagement() {
		IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		if (!(editor instanceof IEditingDomainProvider p) || p.getEditingDomain() == null) {
			return null;
		}
		var resources = p.getEditingDomain().getResourceSet().getResources();
		return resources.isEmpty() || resources.get(0).getContents().isEmpty() ? null
				: (Engagement) resources.get(0).getContents().get(0);
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import jp.kansa.ui.testing.Menus;
import jp.kansa.ui.testing.ModalDialogs;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/** The workbench window as a user meets it: its menus opened by keys, its dialogs read and closed by clicks. */
final class Ui {

	static final String OPEN_COMMAND = "jp.kansa.ui.engagement.openEngagement"; //$NON-NLS-1$

	private Ui() {
	}

	static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	static Shell mainShell() {
		Shell shell = window().getShell();
		shell.setBounds(0, 0, 1280, 960);
		shell.forceActive();
		UiTestSupport.spin();
		return shell;
	}

	static IWorkbenchPage page() {
		return window().getActivePage();
	}

	static Display display() {
		return Display.getCurrent();
	}

	static void key(int modifiers, int key) {
		UserEvents.key(display(), modifiers, key);
	}

	/** The drop-down menu of a menu bar entry whose label starts with the given text. */
	static Menu barMenu(String label) {
		return Menus.barMenu(mainShell(), label);
	}

	static Menu subMenu(Menu menu, String label) {
		return Menus.subMenu(menu, label);
	}

	static List<String> showByKeys(Menu menu, Runnable keys) {
		try {
			return Menus.showByKeys(menu, keys);
		} catch (AssertionError e) {
			UiTestSupport.screenshot(mainShell(), "failed-menu-" + System.currentTimeMillis()); //$NON-NLS-1$
			throw e;
		}
	}

	static List<String> labels(Menu menu) {
		return Menus.labels(menu);
	}

	/** Closes every open menu as a user does. */
	static void escapeMenus() {
		Menus.escape(display());
	}

	/**
	 * Runs the user's action, which opens a modal dialog; while the dialog is up, hands it to
	 * {@code inDialog} (which reads it and closes it the way a user does). Returns the dialog's
	 * shell title, or fails when no dialog came up.
	 */
	static String whileDialogOpen(Runnable action, Consumer<Shell> inDialog) {
		String[] title = new String[1];
		try {
			ModalDialogs.answer(action::run, ModalDialogs.ANY, dialog -> {
				title[0] = dialog.getText();
				inDialog.accept(dialog);
			}, 12_000);
		} catch (RuntimeException | Error e) {
			throw e;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		return title[0];
	}

	static List<Button> buttons(Control root) {
		List<Button> buttons = new ArrayList<>();
		walk(root, control -> {
			if (control instanceof Button button && (button.getStyle() & SWT.PUSH) != 0) {
				buttons.add(button);
			}
		});
		return buttons;
	}

	static List<String> buttonLabels(Control root) {
		return buttons(root).stream().map(Button::getText).toList();
	}

	static Button button(Control root, String label) {
		return buttons(root).stream().filter(b -> b.getText().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + label + " in " + buttonLabels(root))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Every text the dialog shows: labels, text fields and the hint of an empty filter field. */
	static String texts(Control root) {
		StringBuilder seen = new StringBuilder();
		walk(root, control -> {
			if (control instanceof Label label) {
				seen.append(label.getText()).append('\n');
			} else if (control instanceof CLabel label) {
				seen.append(label.getText()).append('\n');
			} else if (control instanceof Text text) {
				seen.append(text.getText()).append('\n').append(text.getMessage()).append('\n');
			} else if (control instanceof Button button) {
				seen.append(button.getText()).append('\n');
			}
		});
		return seen.toString();
	}

	/** The text field that follows the label starting with {@code label} in its composite. */
	static Text fieldAfter(Control root, String label) {
		Text[] found = new Text[1];
		walk(root, control -> {
			if (found[0] == null && control instanceof Label l && l.getText().startsWith(label)) {
				Control[] siblings = l.getParent().getChildren();
				for (int i = List.of(siblings).indexOf(l) + 1; i < siblings.length && found[0] == null; i++) {
					if (siblings[i] instanceof Text text) {
						found[0] = text;
					}
				}
			}
		});
		if (found[0] == null) {
			throw new AssertionError("no field after " + label + " in\n" + texts(root)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return found[0];
	}

	/** The top-level items of the first tree in the dialog (the categories of ビューの表示). */
	static List<String> treeItems(Control root) {
		List<String> items = new ArrayList<>();
		walk(root, control -> {
			if (items.isEmpty() && control instanceof org.eclipse.swt.widgets.Tree tree) {
				for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
					items.add(item.getText());
				}
			}
		});
		return items;
	}

	static void walk(Control control, Consumer<Control> visitor) {
		visitor.accept(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				walk(child, visitor);
			}
		}
	}

	/**
	 * Opens a file with the engagement bundle's open command and its file parameter, the way
	 * ファイル > 最近使ったファイル does; waits for the editor.
	 */
	static IEditorPart open(Path file) throws Exception {
		Command open = window().getService(ICommandService.class).getCommand(OPEN_COMMAND);
		IHandlerService handlers = window().getService(IHandlerService.class);
		open.executeWithChecks(new ExecutionEvent(open, Map.of("file", file.toString()), null, handlers.getCurrentState())); //$NON-NLS-1$
		UiTestSupport.waitUntil(() -> activeEditorName().equals(file.getFileName().toString()), 10_000);
		return page().getActiveEditor();
	}

	static String activeEditorName() {
		IEditorPart editor = page() == null ? null : page().getActiveEditor();
		return editor == null ? "" : editor.getEditorInput().getName(); //$NON-NLS-1$
	}

	static void closeAllEditors() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			window.getActivePage().closeAllEditors(false);
		}
		UiTestSupport.spin();
	}
}

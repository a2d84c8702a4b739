/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
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

import jp.kansa.team.ui.internal.Messages;
import jp.kansa.ui.testing.Menus;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * チーム > 共有 by an auditor who has not set 氏名 and メールアドレス: the question comes first — before
 * the shared place is asked for — and its 設定を開く opens the setting page; once the name and
 * e-mail are set there, 共有 goes on to ask where to share. Every step by keys and clicks.
 */
class IdentityFirstTest {

	private static final String NAME = "監査 花子"; //$NON-NLS-1$
	private static final String EMAIL = "hanako@example.org"; //$NON-NLS-1$

	private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("jp.kansa.app"); //$NON-NLS-1$

	@BeforeEach
	void nobodyYet() {
		preferences.remove("auditorName"); //$NON-NLS-1$
		preferences.remove("auditorEmail"); //$NON-NLS-1$
	}

	@AfterEach
	void closeEditors() {
		FreshSample.closeAll();
	}

	@Test
	void shareAsksForTheNameFirstAndGoesOnOnceItIsSet() throws Exception {
		IEditorPart editor = FreshSample.open();
		Path folder = ((IPathEditorInput) editor.getEditorInput()).getPath().toPath().getParent();
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		List<String> seen = new ArrayList<>();
		Runnable stop = answerInTurn(main, seen);
		try {
			Menus.chooseByKeys(main, "チーム", 't', 's'); //$NON-NLS-1$
			UiTestSupport.waitUntil(() -> seen.contains("where"), 30_000); //$NON-NLS-1$
		} finally {
			stop.run();
		}
		assertEquals(List.of("question", "settings", "where"), seen, "the dialogs, in the order they came"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(NAME, preferences.get("auditorName", null)); //$NON-NLS-1$
		assertEquals(EMAIL, preferences.get("auditorEmail", null)); //$NON-NLS-1$
		assertFalse(Files.exists(folder.resolve(".git")), "キャンセル at the shared place shares nothing"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Answers whichever dialog shows, as the auditor would: the question by 設定を開く, the setting
	 * page by filling in the name (set: no input method in Xvfb) and typing the e-mail, then 適用して閉じる;
	 * the shared place's dialog is noted and cancelled with Esc.
	 */
	private static Runnable answerInTurn(Shell main, List<String> seen) {
		Display display = main.getDisplay();
		boolean[] stopped = { false };
		boolean[] busy = { false };
		Runnable[] tick = new Runnable[1];
		tick[0] = () -> {
			if (stopped[0] || busy[0]) {
				return;
			}
			busy[0] = true;
			try {
				for (Shell shell : main.getShells()) {
					if (shell.isDisposed() || !shell.isVisible()) {
						continue;
					}
					if (shell.getText().equals(Messages.identityTitle) && !seen.contains("question")) { //$NON-NLS-1$
						seen.add("question"); //$NON-NLS-1$
						UserEvents.click(Controls.find(shell, Button.class, b -> b.getText().equals(Messages.identityOpenPreferences)));
					} else if (!seen.contains("settings") && !Controls.find(shell, Label.class, l -> l.getText().startsWith("監査人の氏名"), false).isEmpty()) { //$NON-NLS-1$ //$NON-NLS-2$
						seen.add("settings"); //$NON-NLS-1$
						fillIn(shell);
					} else if (shell.getText().equals(Messages.shareTitle) && !seen.contains("where")) { //$NON-NLS-1$
						seen.add("where"); //$NON-NLS-1$
						UserEvents.click(Controls.find(shell, Button.class, b -> Integer.valueOf(IDialogConstants.CANCEL_ID).equals(b.getData())));
					}
				}
			} finally {
				busy[0] = false;
			}
			display.timerExec(200, tick[0]);
		};
		display.timerExec(200, tick[0]);
		return () -> stopped[0] = true;
	}

	private static void fillIn(Shell dialog) {
		fieldAfter(dialog, "監査人の氏名").setText(NAME); //$NON-NLS-1$
		Text email = fieldAfter(dialog, "監査人のメールアドレス"); //$NON-NLS-1$
		UserEvents.click(email);
		UiTestSupport.waitUntil(email::isFocusControl, 3_000);
		UserEvents.type(dialog.getDisplay(), EMAIL);
		UiTestSupport.waitUntil(() -> EMAIL.equals(email.getText()), 3_000);
		UiTestSupport.screenshot(dialog, "identity-first-settings"); //$NON-NLS-1$
		UserEvents.click(Controls.find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())));
	}

	/** The text field a field editor put right after its label. */
	private static Text fieldAfter(Shell dialog, String labelStart) {
		Label label = Controls.find(dialog, Label.class, l -> l.getText().startsWith(labelStart));
		Control[] siblings = label.getParent().getChildren();
		for (int i = 0; i < siblings.length - 1; i++) {
			if (siblings[i] == label && siblings[i + 1] instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("no field after " + labelStart); //$NON-NLS-1$
	}
}

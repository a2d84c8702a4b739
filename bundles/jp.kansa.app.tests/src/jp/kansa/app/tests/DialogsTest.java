/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/** The platform's dialogs and the product's 設定 and バージョン情報, reached by keys and closed by clicks. */
class DialogsTest {

	static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa"); //$NON-NLS-1$

	@TempDir
	Path folder;

	@AfterEach
	void cleanUp() {
		Ui.escapeMenus();
		Ui.closeAllEditors();
	}

	@Test
	void savePromptOfAChangedEngagementIsJapanese() throws Exception {
		Ui.mainShell();
		Path file = Files.copy(SAMPLE, folder.resolve("sample-hospital.kansa"), StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$
		IEditorPart editor = Ui.open(file);
		Text name = engagementNameField();
		UserEvents.click(name);
		Ui.key(0, SWT.END);
		UserEvents.type(Display.getCurrent(), " x"); //$NON-NLS-1$
		Ui.key(0, SWT.CR);
		UiTestSupport.waitUntil(editor::isDirty, 5_000);
		assertTrue(editor.isDirty(), "typing into the engagement name changes the engagement"); //$NON-NLS-1$

		String[] message = new String[1];
		List<String>[] buttons = new List[1];
		String title = Ui.whileDialogOpen(() -> Ui.key(SWT.CTRL, 'w'), dialog -> {
			message[0] = Ui.texts(dialog);
			buttons[0] = Ui.buttonLabels(dialog);
			UiTestSupport.screenshot(dialog, "save-prompt"); //$NON-NLS-1$
			UserEvents.click(Ui.button(dialog, "キャンセル")); //$NON-NLS-1$
		});

		assertEquals("リソースの保存", title); //$NON-NLS-1$
		assertTrue(message[0].contains("「sample-hospital.kansa」は変更されています。保存しますか?"), message[0]); //$NON-NLS-1$
		assertEquals(Set.of("保存(&S)", "保存しない(&N)", "キャンセル"), Set.copyOf(buttons[0]), buttons[0]::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ (GTK orders them)
		assertTrue(editor.isDirty(), "キャンセル keeps the editor open with the change"); //$NON-NLS-1$
		assertEquals("sample-hospital.kansa", Ui.activeEditorName()); //$NON-NLS-1$
	}

	@Test
	void newWizardDialogButtonsAreJapanese() {
		Ui.mainShell();
		List<String>[] buttons = new List[1];
		String[] texts = new String[1];
		String title = Ui.whileDialogOpen(() -> Ui.key(SWT.CTRL, 'n'), dialog -> {
			buttons[0] = Ui.buttonLabels(dialog);
			texts[0] = Ui.texts(dialog);
			UiTestSupport.screenshot(dialog, "new-wizard"); //$NON-NLS-1$
			UserEvents.click(Ui.button(dialog, "キャンセル")); //$NON-NLS-1$
		});
		assertEquals("新規", title); //$NON-NLS-1$
		assertTrue(buttons[0].containsAll(List.of("< 戻る(&B)", "次へ(&N) >", "完了(&F)", "キャンセル")), buttons[0]::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(texts[0].contains("ウィザード(&W):"), texts[0]); //$NON-NLS-1$
		assertTrue(texts[0].contains("フィルター文字列を入力"), texts[0]); //$NON-NLS-1$
	}

	@Test
	void showViewDialogIsJapanese() {
		Ui.mainShell();
		List<String> categories = new java.util.ArrayList<>();
		List<String>[] buttons = new List[1];
		String[] texts = new String[1];
		String title = Ui.whileDialogOpen(() -> {
			Ui.showByKeys(Ui.barMenu("ウィンドウ"), () -> Ui.key(SWT.ALT, 'w')); //$NON-NLS-1$
			Ui.showByKeys(Ui.subMenu(Ui.barMenu("ウィンドウ"), "ビューの表示"), () -> Ui.key(0, 'v')); //$NON-NLS-1$ //$NON-NLS-2$
			Ui.key(0, 'o');
		}, dialog -> {
			buttons[0] = Ui.buttonLabels(dialog);
			texts[0] = Ui.texts(dialog);
			categories.addAll(Ui.treeItems(dialog));
			UiTestSupport.screenshot(dialog, "show-view"); //$NON-NLS-1$
			UserEvents.click(Ui.button(dialog, "キャンセル")); //$NON-NLS-1$
		});
		assertEquals("ビューの表示", title); //$NON-NLS-1$
		assertEquals(Set.of("開く(&O)", "キャンセル"), Set.copyOf(buttons[0]), buttons[0]::toString); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(categories.containsAll(List.of("一般", "監査")) && !categories.contains("General"), categories::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(texts[0].contains("フィルター文字列を入力"), texts[0]); //$NON-NLS-1$
	}

	@Test
	void preferencesStoreTheAuditorIdentity() {
		Ui.mainShell();
		String[] texts = new String[1];
		List<String>[] buttons = new List[1];
		boolean[] refusedBadEmail = new boolean[1];
		String title = Ui.whileDialogOpen(() -> {
			Ui.showByKeys(Ui.barMenu("ウィンドウ"), () -> Ui.key(SWT.ALT, 'w')); //$NON-NLS-1$
			Ui.key(0, 'p');
		}, dialog -> {
			texts[0] = Ui.texts(dialog);
			buttons[0] = Ui.buttonLabels(dialog);
			replaceText(Ui.fieldAfter(dialog, "監査人の氏名"), "Hanako Kansa"); //$NON-NLS-1$ //$NON-NLS-2$
			replaceText(Ui.fieldAfter(dialog, "監査人のメールアドレス"), "hanako.example.jp"); //$NON-NLS-1$ //$NON-NLS-2$
			UiTestSupport.waitUntil(() -> !Ui.button(dialog, "適用して閉じる").isEnabled(), 3_000); //$NON-NLS-1$
			// the title area shortens the message to its width: the page holds it whole
			String pageMessage = ((DialogPage) ((PreferenceDialog) dialog.getData()).getSelectedPage()).getErrorMessage();
			refusedBadEmail[0] = !Ui.button(dialog, "適用して閉じる").isEnabled() //$NON-NLS-1$
					&& "メールアドレスの形式が正しくありません (例: name@example.jp)".equals(pageMessage) //$NON-NLS-1$
					&& Ui.texts(dialog).contains("メールアドレスの形式が"); //$NON-NLS-1$
			UiTestSupport.screenshot(dialog, "preferences-bad-email"); //$NON-NLS-1$
			replaceText(Ui.fieldAfter(dialog, "監査人のメールアドレス"), "hanako@example.jp"); //$NON-NLS-1$ //$NON-NLS-2$
			replaceText(Ui.fieldAfter(dialog, "査閲者の既定値"), "Taro Sakura"); //$NON-NLS-1$ //$NON-NLS-2$
			UiTestSupport.screenshot(dialog, "preferences"); //$NON-NLS-1$
			UserEvents.click(Ui.button(dialog, "適用して閉じる")); //$NON-NLS-1$
		});
		assertEquals("設定", title); //$NON-NLS-1$
		assertTrue(texts[0].contains("監査人の氏名(&A):"), texts[0]); //$NON-NLS-1$
		assertTrue(texts[0].contains("作成者の既定値(&P):"), texts[0]); //$NON-NLS-1$
		assertTrue(texts[0].contains("表示言語"), texts[0]); //$NON-NLS-1$
		assertTrue(buttons[0].containsAll(List.of("適用して閉じる", "キャンセル", "デフォルトの復元(&D)", "適用(&A)")), buttons[0]::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(refusedBadEmail[0], "an address without @ is refused with a message"); //$NON-NLS-1$
		assertEquals("Hanako Kansa", preference("auditorName")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("hanako@example.jp", preference("auditorEmail")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Taro Sakura", preference("defaultReviewer")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aboutNamesProductCatalogAndThirdParty() {
		Ui.mainShell();
		String[] texts = new String[1];
		List<String>[] buttons = new List[1];
		String title = Ui.whileDialogOpen(() -> {
			Ui.showByKeys(Ui.barMenu("ヘルプ"), () -> Ui.key(SWT.ALT, 'h')); //$NON-NLS-1$
			Ui.key(0, 'a');
		}, dialog -> {
			texts[0] = Ui.texts(dialog);
			buttons[0] = Ui.buttonLabels(dialog);
			UiTestSupport.screenshot(dialog, "about"); //$NON-NLS-1$
			UserEvents.click(Ui.button(dialog, "OK")); //$NON-NLS-1$
		});
		assertEquals("バージョン情報", title); //$NON-NLS-1$
		String version = Platform.getBundle("jp.kansa.app").getVersion().toString(); //$NON-NLS-1$
		for (String expected : List.of("Kansa Workbench 監査ワークベンチ", //$NON-NLS-1$
				"バージョン 0.1.0 (ビルド " + buildTime(version.substring(version.lastIndexOf('.') + 1)) + ")", //$NON-NLS-1$ //$NON-NLS-2$
				"ライセンス: EPL-2.0", //$NON-NLS-1$
				"医療情報システムの契約における当事者間の役割分担等に関する確認表 別添1 推奨される対応例", //$NON-NLS-1$
				"版: 第22回 (6/10) 【参考資料3-7】", //$NON-NLS-1$
				"出典: https://www.mhlw.go.jp/stf/newpage_40268.html", //$NON-NLS-1$
				"Eclipse Platform (RCP, SWT, JFace) 3.139", //$NON-NLS-1$
				"Eclipse Modeling Framework (EMF) 2.", //$NON-NLS-1$
				"Apache POI 5.5.1 (Apache-2.0)")) { //$NON-NLS-1$
			assertTrue(texts[0].contains(expected), () -> "'" + expected + "' missing from\n" + texts[0]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertFalse(texts[0].contains("not installed"), texts[0]); //$NON-NLS-1$
		assertEquals(List.of("OK"), buttons[0]); //$NON-NLS-1$
	}

	/** Tycho's qualifier 202612011036 as the dialog shows it: 2026-12-01 10:36 UTC. */
	private static String buildTime(String qualifier) {
		return java.time.LocalDateTime.parse(qualifier, java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmm")) //$NON-NLS-1$
				.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Selects what the field holds and types over it, key by key (ASCII: Xvfb has no input method). */
	private static void replaceText(Text field, String typed) {
		UserEvents.click(field);
		Ui.key(SWT.CTRL, 'a');
		UserEvents.type(field.getDisplay(), typed);
		UiTestSupport.waitUntil(() -> field.getText().equals(typed), 3_000);
		assertEquals(typed, field.getText(), "what the keys typed"); //$NON-NLS-1$
	}

	private static String preference(String key) {
		return Platform.getPreferencesService().getString("jp.kansa.app", key, "", null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The engagement name on the 概要 page, found by what it shows. */
	private static Text engagementNameField() {
		Shell shell = Ui.mainShell();
		Text[] found = new Text[1];
		UiTestSupport.waitUntil(() -> {
			Ui.walk(shell, control -> {
				if (found[0] == null && control instanceof Text text && text.isVisible() && text.getEditable()
						&& text.getText().startsWith("みなと総合病院 医療情報システム契約")) { //$NON-NLS-1$
					found[0] = text;
				}
			});
			return found[0] != null;
		}, 5_000);
		if (found[0] == null) {
			throw new AssertionError("no engagement name field on the 概要 page"); //$NON-NLS-1$
		}
		return found[0];
	}
}

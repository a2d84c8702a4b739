/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.changelog.LogVerdict;
import jp.kansa.model.edition.EditionMappingReader;
import jp.kansa.model.edition.EditionMigration;
import jp.kansa.model.edition.MigrationReport;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.wizards.MigrateEditionWizard;
import jp.kansa.ui.engagement.internal.wizards.MigrateFilesPage;
import jp.kansa.ui.engagement.internal.wizards.MigrateReportPage;
import jp.kansa.ui.testing.Menus;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * ファイル > カタログ版の移行 on the sample with the test edition (a fixture that renames, splits,
 * merges and removes check points), as an auditor does it: the menu through Alt+F and G, a bad
 * mapping refused with its file and line, the good one, 次へ clicked, the report read before
 * anything is written, 完了 clicked; the migrated engagement opens in a new file and the original
 * is untouched. Replacing the original needs a はい to the question 完了 asks.
 */
class MigrateEditionWizardTest extends EditorTestBase {

	private static final Path TEST_EDITION = Path.of("../jp.kansa.model.tests/data/editions/test-edition.kansamap"); //$NON-NLS-1$

	@Test
	void theFileMenuHasTheEntryWithItsOwnMnemonic() {
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Menu file = Menus.barMenu(main, "ファイル"); //$NON-NLS-1$
		main.forceActive();
		Workbench.spin();
		List<String> labels = Menus.showByKeys(file, () -> UserEvents.key(main.getDisplay(), SWT.ALT, 'f'));
		Menus.escape(main.getDisplay());
		assertTrue(labels.contains("カタログ版の移行(&G)..."), labels::toString); //$NON-NLS-1$
		Menus.assertEveryItemHasItsOwnMnemonic(labels);
	}

	@Test
	void theSampleMovesToTheTestEditionThroughTheFileMenu() throws Exception {
		Path original = SampleInstaller.install(folder.resolve("r7")); //$NON-NLS-1$
		byte[] before = Files.readAllBytes(original);
		Path mapping = Files.copy(TEST_EDITION, folder.resolve("test-edition.kansamap")); //$NON-NLS-1$
		Path bad = folder.resolve("bad.kansamap"); //$NON-NLS-1$
		Files.writeString(bad, Files.readString(mapping, StandardCharsets.UTF_8).replace("renamed\t2-C-1-①", //$NON-NLS-1$
				"moved\t2-C-1-①"), StandardCharsets.UTF_8); //$NON-NLS-1$
		Workbench.open(original);
		String[] seen = new String[5];
		List<List<String>> rows = new java.util.ArrayList<>();
		boolean[] writtenBeforeFinish = new boolean[1];
		Path[] proposed = new Path[1];

		FileMenuWizards.answer('g', MigrateEditionWizard.class, dialog -> {
			WizardDialog wizard = (WizardDialog) dialog.getData();
			MigrateFilesPage files = (MigrateFilesPage) wizard.getCurrentPage();
			seen[0] = files.engagementField().getText();
			// nothing typed yet is asked for, not reported as a mistake
			assertNull(files.getErrorMessage(), "no error before the mapping is typed"); //$NON-NLS-1$
			assertEquals("版の対応表 (.kansamap) を選んでください。", files.getMessage()); //$NON-NLS-1$
			assertFalse(FileMenuWizards.button(dialog, IDialogConstants.NEXT_LABEL).isEnabled(), "no mapping, no 次へ"); //$NON-NLS-1$
			// typing a path is not what is under test; Japanese cannot be typed through Xvfb anyway
			files.mappingField().setText(folder.resolve("none.kansamap").toString()); //$NON-NLS-1$
			UiTestSupport.spin();
			seen[3] = files.getErrorMessage();
			files.mappingField().setText(bad.toString());
			UiTestSupport.spin();
			seen[1] = files.getErrorMessage();
			assertFalse(FileMenuWizards.button(dialog, IDialogConstants.NEXT_LABEL).isEnabled(), "a bad mapping stops the wizard"); //$NON-NLS-1$
			UiTestSupport.sleep(300); // painted before the picture is taken
			UiTestSupport.spin();
			Workbench.screenshot(dialog, "migrate-bad-mapping"); //$NON-NLS-1$
			files.mappingField().setText(mapping.toString());
			UiTestSupport.spin();
			assertNull(files.getErrorMessage());
			proposed[0] = Path.of(files.newFileField().getText());
			assertFalse(FileMenuWizards.button(dialog, IDialogConstants.FINISH_LABEL).isEnabled(), "nothing is written before the report"); //$NON-NLS-1$
			UserEvents.click(FileMenuWizards.button(dialog, IDialogConstants.NEXT_LABEL)); // 次へ
			UiTestSupport.waitUntil(() -> wizard.getCurrentPage() instanceof MigrateReportPage, 5_000);
			MigrateReportPage report = (MigrateReportPage) wizard.getCurrentPage();
			seen[2] = report.summaryText();
			rows.add(report.rowTexts());
			writtenBeforeFinish[0] = Files.exists(proposed[0]);
			UiTestSupport.sleep(300);
			UiTestSupport.spin();
			Workbench.screenshot(dialog, "migrate-report"); //$NON-NLS-1$
			UserEvents.click(FileMenuWizards.button(dialog, IDialogConstants.FINISH_LABEL)); // 完了
		});

		assertEquals(original.toString(), seen[0], "the engagement being edited is proposed"); //$NON-NLS-1$
		assertTrue(seen[1] != null && seen[1].contains("bad.kansamap:8:"), seen[1]); //$NON-NLS-1$
		assertEquals(folder.resolve("none.kansamap") + " が見つかりません (ないか、ファイルではありません)。", seen[3]); //$NON-NLS-1$
		assertEquals(original.resolveSibling("sample-hospital-試験版-2027.kansa"), proposed[0]); //$NON-NLS-1$
		assertFalse(writtenBeforeFinish[0], "the report page writes nothing"); //$NON-NLS-1$

		// the report is the core's, the one kansa migrate prints
		Engagement copy = EngagementFiles.load(original);
		MigrationReport expected = EditionMigration.migrate(copy,
				EditionMappingReader.read(mapping, Locale.getDefault()), null, Locale.getDefault());
		assertEquals(expected.summary(Locale.getDefault()), seen[2]);
		assertTrue(seen[2].startsWith("版 (記録なし) → 試験版 2027: 移動 "), seen[2]); //$NON-NLS-1$
		assertEquals(expected.lines(Locale.getDefault()), rows.get(0));
		assertTrue(rows.get(0).contains("C-1 × 2-A-6-①: 2-A-6-② に変更"), rows.get(0)::toString); //$NON-NLS-1$
		assertTrue(rows.get(0).stream().anyMatch(r -> r.contains("1-参考-1-①: 孤立 (確認事項 1-参考-1-① は版 試験版 2027 で削除)")), //$NON-NLS-1$
				rows.get(0)::toString);

		Path written = proposed[0];
		Workbench.waitUntil(() -> Files.exists(written) && FileMenuWizards.activeEditor() != null && written.equals(FileMenuWizards.activeEditor().file()));
		assertArrayEquals(before, Files.readAllBytes(original), "the original is untouched"); //$NON-NLS-1$
		Engagement migrated = EngagementFiles.load(written);
		assertEquals("試験版 2027", migrated.getCatalogEdition()); //$NON-NLS-1$
		ContractCheck renamed = (ContractCheck) migrated.eResource().getEObject("C-1/2-A-6-①"); //$NON-NLS-1$
		assertEquals("2-A-6-②", renamed.getCheckPointId()); //$NON-NLS-1$
		// the migration is in the 変更履歴, so the new file does not read as changed outside the tool
		assertEquals(LogVerdict.INTACT, ChangeLogVerifier.verdictOf(migrated));
		assertTrue(ChangeLogs.entries(migrated).stream()
				.anyMatch(e -> "2-A-6-②".equals(e.getNewValue()) && "2-A-6-①".equals(e.getOldValue())), //$NON-NLS-1$ //$NON-NLS-2$
				"the renamed id is logged"); //$NON-NLS-1$
		Workbench.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "migrate-opened"); //$NON-NLS-1$
	}

	@Test
	void replacingTheOriginalNeedsAYes() throws Exception {
		Path original = SampleInstaller.install(folder.resolve("r7")); //$NON-NLS-1$
		byte[] before = Files.readAllBytes(original);
		Path mapping = Files.copy(TEST_EDITION, folder.resolve("test-edition.kansamap")); //$NON-NLS-1$
		Workbench.open(original);
		String[] questions = new String[2];
		boolean[] stillOpenAfterNo = new boolean[1];

		FileMenuWizards.answer('g', MigrateEditionWizard.class, dialog -> {
			WizardDialog wizard = (WizardDialog) dialog.getData();
			MigrateFilesPage files = (MigrateFilesPage) wizard.getCurrentPage();
			files.mappingField().setText(mapping.toString());
			files.newFileField().setText(original.toString());
			UiTestSupport.spin();
			UserEvents.click(FileMenuWizards.button(dialog, IDialogConstants.NEXT_LABEL));
			UiTestSupport.waitUntil(() -> wizard.getCurrentPage() instanceof MigrateReportPage, 5_000);
			questions[0] = FileMenuWizards.finishAnswering(dialog, IDialogConstants.NO_LABEL);
			stillOpenAfterNo[0] = !dialog.isDisposed() && Arrays.equals(before, read(original));
			questions[1] = FileMenuWizards.finishAnswering(dialog, IDialogConstants.YES_LABEL);
		});

		assertTrue(questions[0].contains("元の監査ファイル"), questions[0]); //$NON-NLS-1$
		assertTrue(stillOpenAfterNo[0], "いいえ leaves the wizard open and the file as it was"); //$NON-NLS-1$
		assertTrue(questions[1].contains("元の監査ファイル"), questions[1]); //$NON-NLS-1$
		Workbench.waitUntil(() -> FileMenuWizards.activeEditor() != null && original.equals(FileMenuWizards.activeEditor().file())
				&& "試験版 2027".equals(FileMenuWizards.activeEditor().engagement().getCatalogEdition())); //$NON-NLS-1$
		assertEquals("試験版 2027", EngagementFiles.load(original).getCatalogEdition()); //$NON-NLS-1$
		assertArrayEquals(before, Files.readAllBytes(EngagementFiles.backupOf(original)), "the previous version is the .bak"); //$NON-NLS-1$
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}
}

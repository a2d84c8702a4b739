/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.RollForward;
import jp.kansa.ui.engagement.internal.editors.AssessmentPage;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.wizards.RollForwardFilesPage;
import jp.kansa.ui.engagement.internal.wizards.RollForwardMessages;
import jp.kansa.ui.engagement.internal.wizards.RollForwardOptionsPage;
import jp.kansa.ui.engagement.internal.wizards.RollForwardWizard;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * ファイル > 新年度へ繰越 on the sample as an auditor does it: the menu through Alt+F and the
 * mnemonic, the proposed 令和8年度 on page 1, 次へ clicked, 注記 left out on page 2, 完了 clicked;
 * the new file opens, and the 評価 page shows 前年度の結論 beside the check.
 */
class RollForwardWizardTest extends EditorTestBase {

	private static final String CHECK = "C-1/1-A-1-①"; //$NON-NLS-1$

	@Test
	void sampleRollsForwardThroughTheFileMenu() throws Exception {
		Path prior = SampleInstaller.install(folder.resolve("r7")); //$NON-NLS-1$
		Workbench.open(prior);
		Path target = folder.resolve("r8/minato-r8.kansa"); //$NON-NLS-1$
		String[] proposed = new String[3];
		String[] flagged = new String[2];

		FileMenuWizards.answer('y', RollForwardWizard.class, dialog -> {
			WizardDialog wizard = (WizardDialog) dialog.getData();
			RollForwardFilesPage files = (RollForwardFilesPage) wizard.getCurrentPage();
			proposed[0] = files.priorField().getText();
			proposed[1] = files.nameField().getText();
			proposed[2] = files.referenceDateField().getText();
			// typing a path is not what is under test; Japanese cannot be typed through Xvfb anyway
			files.newFileField().setText(target.toString());
			UiTestSupport.spin();
			UserEvents.click(FileMenuWizards.button(dialog, IDialogConstants.NEXT_LABEL)); // 次へ
			UiTestSupport.waitUntil(() -> wizard.getCurrentPage() instanceof RollForwardOptionsPage, 5_000);
			RollForwardOptionsPage options = (RollForwardOptionsPage) wizard.getCurrentPage();
			Button annotations = options.box(RollForwardMessages.carryAnnotations);
			assertTrue(annotations.getSelection(), "everything carries over by default"); //$NON-NLS-1$
			assertFalse(options.box(RollForwardMessages.keepDates).getSelection(), "初回確認/完了日 start fresh by default"); //$NON-NLS-1$
			flagged[0] = options.flagsText();
			UserEvents.click(options.box(RollForwardMessages.carryEvidence));
			UiTestSupport.spin();
			flagged[1] = options.flagsText();
			UserEvents.click(options.box(RollForwardMessages.carryEvidence)); // evidence back on
			UiTestSupport.spin();
			UserEvents.click(annotations);
			UiTestSupport.waitUntil(() -> !annotations.getSelection(), 5_000);
			Workbench.screenshot(dialog, "roll-forward-options"); //$NON-NLS-1$
			// the writing runs in the wizard's own progress context, off the UI thread
			assertFalse(Widgets.find(dialog, org.eclipse.jface.wizard.ProgressMonitorPart.class, p -> true).isEmpty(),
					"the wizard shows progress while it writes"); //$NON-NLS-1$
			UserEvents.click(FileMenuWizards.button(dialog, IDialogConstants.FINISH_LABEL)); // 完了
		});

		assertEquals(prior.toString(), proposed[0], "the engagement being edited is the proposed prior year"); //$NON-NLS-1$
		assertTrue(proposed[1].contains("令和8年度"), proposed[1]); //$NON-NLS-1$
		assertEquals("2026-09-30", proposed[2]); //$NON-NLS-1$
		assertTrue(flagged[0].contains("2026-09-30 時点で期限切れの証跡") //$NON-NLS-1$
				&& flagged[0].contains("電子カルテ サービス・レベル合意書 (SLA) (2026-03-31)") //$NON-NLS-1$
				&& flagged[0].contains("レセプトシステム サービス仕様適合開示書 (2024年版) (2025-03-31)"), flagged[0]); //$NON-NLS-1$
		assertEquals(RollForwardMessages.flagsNone, flagged[1], "without evidence nothing expires"); //$NON-NLS-1$

		Workbench.waitUntil(() -> Files.exists(target) && FileMenuWizards.activeEditor() != null
				&& target.equals(FileMenuWizards.activeEditor().file()));
		EngagementEditor opened = FileMenuWizards.activeEditor();
		assertEquals(target, opened.file(), "完了 opened the new engagement"); //$NON-NLS-1$

		Engagement written = EngagementFiles.load(target);
		assertTrue(written.getName().contains("令和8年度"), written.getName()); //$NON-NLS-1$
		assertTrue(written.getSignOffs().isEmpty());
		assertTrue(written.getContractChecks().stream().allMatch(c -> c.getAnnotations().isEmpty()), "注記 left out"); //$NON-NLS-1$
		assertTrue(written.getEvidence().stream().allMatch(RollForward::isCarriedOver));
		assertTrue(Files.exists(target.resolveSibling("evidence/ehr-sla.txt")), "evidence copied beside the new file"); //$NON-NLS-1$

		opened.setActivePage(AssessmentPage.ID);
		AssessmentPage page = (AssessmentPage) opened.getActivePageInstance();
		Workbench.spin();
		ContractCheck check = opened.engagement().getContractChecks().stream().filter(c -> c.getId().equals(CHECK))
				.findFirst().orElseThrow();
		assertEquals(AssessmentStatus.NOT_ASSESSED, check.getAssessment());
		assertNull(check.getConclusion());
		Table list = page.checks().getTable();
		int row = Arrays.asList(list.getItems()).indexOf(
				Arrays.stream(list.getItems()).filter(i -> i.getData() == check).findFirst().orElseThrow());
		UserActions.clickRow(list, row);
		assertEquals(check, page.selected());
		Optional<Label> shown = UserActions.find(list.getShell(), Label.class,
				l -> l.isVisible() && l.getText().startsWith("前年度の結論")); //$NON-NLS-1$
		assertTrue(shown.isPresent(), "前年度の結論 is shown"); //$NON-NLS-1$
		assertEquals("前年度の結論: 適合 — 証跡により確認した。", shown.get().getText()); //$NON-NLS-1$
		assertEquals("レセプトシステム保守契約書 (写し) (前年度)", page.evidence().getTable().getItem(0).getText(0)); //$NON-NLS-1$
		Workbench.screenshot(list.getShell(), "roll-forward-prior-conclusion"); //$NON-NLS-1$
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.app.internal.KansaPreferences;
import jp.kansa.ui.engagement.internal.editors.AssessmentPage;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.i18n.Messages;
import jp.kansa.ui.testing.UserEvents;

/**
 * The auditor's settings (設定 > 監査ワークベンチ) matter: the new-engagement wizard starts its team
 * from the default 作成者/査閲者, and the 評価 page offers the auditor's own name as signer. The
 * settings are written through the same preference node as the preference page writes them.
 */
class AuditorIdentityTest {

	private static final String PREPARER = "監査 一郎"; //$NON-NLS-1$
	private static final String REVIEWER = "査閲 次郎"; //$NON-NLS-1$

	@TempDir
	Path folder;

	@BeforeEach
	@AfterEach
	void clearSettings() throws Exception {
		IEclipsePreferences node = node();
		node.remove(KansaPreferences.AUDITOR_NAME);
		node.remove(KansaPreferences.DEFAULT_PREPARER);
		node.remove(KansaPreferences.DEFAULT_REVIEWER);
		node.flush();
		Workbench.closeAll();
	}

	@Test
	void theWizardStartsTheTeamFromTheDefaultPreparerAndReviewer() throws Exception {
		node().put(KansaPreferences.DEFAULT_PREPARER, PREPARER);
		node().put(KansaPreferences.DEFAULT_REVIEWER, REVIEWER);
		Path target = folder.resolve("new.kansa"); //$NON-NLS-1$
		NewEngagementWizards.inWizard(page -> {
			assertEquals(PREPARER, page.preparerField().getText());
			assertEquals(REVIEWER, page.reviewerField().getText());
			assertNull(page.getErrorMessage(), "pre-filled fields are no reason for an error"); //$NON-NLS-1$
			assertEquals(Messages.Wizard_nameMissing, page.getMessage());

			// Japanese: no input method under Xvfb; the action that matters, 完了, is a real click
			page.nameField().setText("監査 2026"); //$NON-NLS-1$
			page.institutionField().setText("みなと病院"); //$NON-NLS-1$
			page.fileField().setText(target.toString());
			Button finish = NewEngagementWizards.finish(page);
			Workbench.waitUntil(finish::isEnabled);
			assertTrue(finish.isEnabled(), "the pre-filled team keeps the page complete"); //$NON-NLS-1$
			page.getShell().forceActive();
			Workbench.spin();
			UserEvents.click(finish);
			Workbench.waitUntil(() -> Files.exists(target));
		});
		assertTrue(Files.exists(target), "完了 wrote the engagement"); //$NON-NLS-1$
		String written = Files.readString(target);
		assertTrue(written.contains("name=\"" + PREPARER + "\""), written); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(written.contains("name=\"" + REVIEWER + "\" role=\"reviewer\""), written); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(java.util.regex.Pattern.compile("<kansa:Engagement[^>]*\\sid=\"E-[0-9a-f-]{36}\"").matcher(written).find(), //$NON-NLS-1$
				"a new engagement has an id of its own: " + written.substring(0, 400)); //$NON-NLS-1$
	}

	@Test
	void withoutSettingsTheWizardLeavesTheTeamEmptyAndShowsNoError() throws Exception {
		NewEngagementWizards.inWizard(page -> {
			assertEquals("", page.preparerField().getText()); //$NON-NLS-1$
			assertEquals("", page.reviewerField().getText()); //$NON-NLS-1$
			assertNull(page.getErrorMessage());
			assertEquals(Messages.Wizard_nameMissing, page.getMessage());
		});
	}

	@Test
	void theSignerOfferedFirstIsTheAuditorWhenOnTheTeam() throws Exception {
		node().put(KansaPreferences.AUDITOR_NAME, "査閲 太郎 (架空)"); // T-2 of the sample, not the first member //$NON-NLS-1$
		assertEquals("査閲 太郎 (架空)", signerOfferedForTheFirstCheck()); //$NON-NLS-1$
	}

	@Test
	void theSignerOfferedFirstIsTheFirstMemberWithoutSettingsOrForAStranger() throws Exception {
		assertEquals("監査 花子 (架空)", signerOfferedForTheFirstCheck()); //$NON-NLS-1$
		Workbench.closeAll();
		node().put(KansaPreferences.AUDITOR_NAME, "外部 三郎"); //$NON-NLS-1$
		assertEquals("監査 花子 (架空)", signerOfferedForTheFirstCheck()); //$NON-NLS-1$
	}

	private String signerOfferedForTheFirstCheck() throws Exception {
		EngagementEditor editor = Workbench.open(SampleInstaller.install(Files.createTempDirectory(folder, "sample"))); //$NON-NLS-1$
		editor.setActivePage(AssessmentPage.ID);
		AssessmentPage page = (AssessmentPage) editor.getActivePageInstance();
		Workbench.spin();
		UserActions.clickRow(page.checks().getTable(), 0);
		assertNotNull(page.selected(), "the click selected a check"); //$NON-NLS-1$
		return page.signer().getText();
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(KansaPreferences.QUALIFIER);
	}
}

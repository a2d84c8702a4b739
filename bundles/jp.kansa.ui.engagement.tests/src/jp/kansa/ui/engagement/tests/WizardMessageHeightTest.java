/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import jp.kansa.emf.ui.KansaWizardDialog;
import jp.kansa.emf.ui.TitleMessageHeight;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.wizards.MigrateEditionWizard;
import jp.kansa.ui.engagement.internal.wizards.MigrateFilesPage;
import jp.kansa.ui.engagement.internal.wizards.NewEngagementWizard;
import jp.kansa.ui.testing.ModalDialogs;
import jp.kansa.ui.testing.UiTestSupport;

/**
 * A long Japanese error in a wizard's title area is read whole: JFace reserved two lines of the
 * dialog font, Japanese is drawn with the taller lines of the CJK fallback font and lost the
 * bottom of its second line. The wizard is カタログ版の移行, opened by ファイル > カタログ版の移行
 * (Alt+F, G), with the error a bad mapping file gives.
 */
class WizardMessageHeightTest extends EditorTestBase {

	private static final Path TEST_EDITION = Path.of("../jp.kansa.model.tests/data/editions/test-edition.kansamap"); //$NON-NLS-1$

	@Test
	void aTwoLineJapaneseErrorShowsBothLines() throws Exception {
		Path engagement = SampleInstaller.install(folder.resolve("r7")); //$NON-NLS-1$
		Path bad = folder.resolve("bad.kansamap"); //$NON-NLS-1$
		Files.writeString(bad, Files.readString(TEST_EDITION, StandardCharsets.UTF_8).replace("renamed\t2-C-1-①", //$NON-NLS-1$
				"moved\t2-C-1-①"), StandardCharsets.UTF_8); //$NON-NLS-1$
		Workbench.open(engagement);
		String[] report = new String[1];
		FileMenuWizards.answer('g', MigrateEditionWizard.class, dialog -> {
			assertTrue(dialog.getData() instanceof KansaWizardDialog, "the menu opens the product's wizard dialog"); //$NON-NLS-1$
			KansaWizardDialog wizard = (KansaWizardDialog) dialog.getData();
			MigrateFilesPage files = (MigrateFilesPage) wizard.getCurrentPage();
			// typing a path is not what is under test (Japanese cannot be typed through Xvfb anyway)
			files.mappingField().setText(bad.toString());
			UiTestSupport.spin();
			Text message = wizard.messageControl();
			UiTestSupport.waitUntil(() -> message.getText().contains("bad.kansamap:8:"), 5_000); //$NON-NLS-1$
			UiTestSupport.sleep(300); // painted before the picture is taken
			UiTestSupport.spin();
			Workbench.screenshot(dialog, "wizard-two-line-error"); //$NON-NLS-1$

			Rectangle trim = message.computeTrim(0, 0, 0, 0);
			int width = message.getSize().x - trim.width;
			int needed = message.computeSize(width, SWT.DEFAULT, true).y;
			int oneLine = message.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).y;
			int jfaceTwoLines = asciiTwoLines(message);
			report[0] = "message " + message.getSize() + ", needs " + needed + " px at width " + width + ", one line " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ oneLine + " px, JFace's two lines " + jfaceTwoLines + " px: " + message.getText(); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(needed > oneLine * 3 / 2, "the error wraps: " + report[0]); //$NON-NLS-1$
			assertTrue(needed > jfaceTwoLines, "two Japanese lines are taller than the two lines JFace measures: " + report[0]); //$NON-NLS-1$
			assertTrue(message.getSize().y >= needed, "the message control is as tall as its text: " + report[0]); //$NON-NLS-1$
		});
		System.out.println(report[0]);
	}

	/**
	 * ファイル > 新規 opens the new-engagement wizard in the workbench's own WizardDialog (the
	 * {@code org.eclipse.ui.newWizard} command the 新規 menu runs): the wizard fits that dialog's
	 * message line itself. A message that just wraps to a second line is shown whole.
	 */
	@Test
	void theWorkbenchsNewWizardDialogShowsTwoJapaneseLines() throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(
				commands.getCommand(IWorkbenchCommandConstants.FILE_NEW),
				Map.of(IWorkbenchCommandConstants.FILE_NEW_PARM_WIZARDID, NewEngagementWizard.ID));
		String[] report = new String[1];
		ModalDialogs.answer(() -> handlers.executeCommand(command, null),
				shell -> shell.getData() instanceof WizardDialog wizard && wizard.getCurrentPage() != null
						&& wizard.getCurrentPage().getWizard() instanceof NewEngagementWizard,
				dialog -> {
					WizardDialog wizard = (WizardDialog) dialog.getData();
					assertFalse(wizard instanceof KansaWizardDialog, "the workbench's dialog, not the product's"); //$NON-NLS-1$
					Text message = TitleMessageHeight.messageControl((Composite) dialog.getChildren()[0]);
					WizardPage page = (WizardPage) wizard.getCurrentPage();
					Rectangle trim = message.computeTrim(0, 0, 0, 0);
					int width = message.getSize().x - trim.width;
					int oneLine = message.computeSize(width, SWT.DEFAULT, true).y;
					String text = ""; //$NON-NLS-1$
					while (heightOf(message, text, width) <= oneLine) {
						text += "基準日が対象期間の外にあります。"; //$NON-NLS-1$
					}
					page.setErrorMessage(text);
					UiTestSupport.waitUntil(() -> message.getSize().y >= message.computeSize(width, SWT.DEFAULT, true).y, 5_000);
					UiTestSupport.sleep(300);
					UiTestSupport.spin();
					Workbench.screenshot(dialog, "new-wizard-two-line-error"); //$NON-NLS-1$
					int needed = message.computeSize(width, SWT.DEFAULT, true).y;
					report[0] = "message " + message.getSize() + ", needs " + needed + " px at width " + width + ", JFace's two lines " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							+ asciiTwoLines(message) + " px: " + message.getText(); //$NON-NLS-1$
					assertTrue(message.getText().contains(text), report[0]);
					assertTrue(needed > asciiTwoLines(message), "taller than JFace's two lines: " + report[0]); //$NON-NLS-1$
					assertTrue(message.getSize().y >= needed, "both lines show: " + report[0]); //$NON-NLS-1$
				}, 15_000);
		System.out.println(report[0]);
	}

	/** The height {@code text} takes in the message's font at {@code width}. */
	private static int heightOf(Text message, String text, int width) {
		Text probe = new Text(message.getParent(), SWT.WRAP | SWT.READ_ONLY);
		try {
			probe.setFont(message.getFont());
			probe.setText(" " + text); // JFace's leading space before an error //$NON-NLS-1$
			return probe.computeSize(width, SWT.DEFAULT).y;
		} finally {
			probe.dispose();
		}
	}

	/** What JFace reserves: {@code " \n "} in the message's font and style. */
	private static int asciiTwoLines(Text message) {
		Text probe = new Text(message.getParent(), SWT.WRAP | SWT.READ_ONLY);
		try {
			probe.setFont(message.getFont());
			probe.setText(" \n "); //$NON-NLS-1$
			return probe.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		} finally {
			probe.dispose();
		}
	}
}

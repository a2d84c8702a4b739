/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.KansaPackage.Literals;
import jp.kansa.model.SignOff;
import jp.kansa.model.engagement.SignOffScope;
import jp.kansa.ui.engagement.internal.editors.AssessmentPage;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;
import jp.kansa.ui.engagement.internal.i18n.Messages;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * The 評価 page as an auditor meets it on the sample, at 1600×1000 and 1024×700: evidence and
 * annotations visible, a check edited under a filter that stays until the auditor moves on, a
 * sign-off that says what it covers and refuses or warns at the click, an evidence file asked
 * about and opened by a double-click. Everything through real clicks and keys.
 */
class AssessmentPageTest extends EditorTestBase {

	@TempDir
	Path elsewhere;

	private EngagementEditor editor;
	private AssessmentPage page;

	@BeforeEach
	void openSample() throws Exception {
		editor = Workbench.open(SampleInstaller.install(folder));
		editor.setActivePage(AssessmentPage.ID);
		page = (AssessmentPage) editor.getActivePageInstance();
		Workbench.spin();
	}

	@Test
	void evidenceAndAnnotationsHaveRowsToShowAt1600x1000() {
		evidenceAndAnnotationsHaveRowsToShow(1600, 1000);
	}

	@Test
	void evidenceAndAnnotationsHaveRowsToShowAt1024x700() {
		evidenceAndAnnotationsHaveRowsToShow(1024, 700);
	}

	private void evidenceAndAnnotationsHaveRowsToShow(int width, int height) {
		UserActions.windowSize(width, height);
		ContractCheck check = editor.engagement().getContractChecks().stream().filter(c -> !c.getEvidence().isEmpty())
				.max(java.util.Comparator.comparingInt(c -> c.getEvidence().size())).orElseThrow();
		UserActions.clickRow(page.checks().getTable(), rowOf(check));
		assertSame(check, page.selected(), "the click selected the check"); //$NON-NLS-1$

		Table evidence = page.evidence().getTable();
		Table annotations = page.annotations().getTable();
		assertEquals(check.getEvidence().size(), evidence.getItemCount());
		int rowsHigh = evidence.getHeaderHeight() + 2 * evidence.getItemHeight();
		assertTrue(evidence.getSize().y >= rowsHigh,
				() -> width + "×" + height + ": the 証跡 table is " + evidence.getSize().y + " px high, less than two rows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(annotations.getSize().y >= rowsHigh,
				() -> width + "×" + height + ": the 注記 table is " + annotations.getSize().y + " px high"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(evidence.getSize().x > 200, "the 証跡 table has width"); //$NON-NLS-1$
		assertEquals(check.getEvidence().get(0).getTitle(), evidence.getItem(0).getText(0));

		// the page scrolls to the tables (they are laid out below the form, not squeezed under it)
		FormToolkit.ensureVisible(evidence);
		Workbench.spin();
		assertTrue(visibleHeight(evidence) >= rowsHigh, () -> "the 証跡 rows show once scrolled to: " + visibleHeight(evidence)); //$NON-NLS-1$
		Workbench.screenshot(editor.getSite().getShell(), "assessment-evidence-" + width + "x" + height); //$NON-NLS-1$ //$NON-NLS-2$
		FormToolkit.ensureVisible(annotations);
		Workbench.spin();
		assertTrue(visibleHeight(annotations) >= rowsHigh);
		Workbench.screenshot(editor.getSite().getShell(), "assessment-annotations-" + width + "x" + height); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aCheckAssessedUnderAFilterStaysWithItsDetailUntilTheUserMovesOn() {
		UserActions.windowSize(1024, 700);
		UserActions.choose(page.statusFilter(), "未評価"); //$NON-NLS-1$
		Table list = page.checks().getTable();
		int shown = list.getItemCount();
		assertTrue(shown > 2 && editor.engagement().getContractChecks().stream().filter(c -> c.getAssessment() == AssessmentStatus.NOT_ASSESSED).count() == shown);
		UserActions.clickRow(list, 0);
		ContractCheck edited = page.selected();
		assertEquals(AssessmentStatus.NOT_ASSESSED, edited.getAssessment());
		String detailTitle = ModelText.detailTitle(page);

		UserActions.choose((Combo) page.form().control(Literals.CONTRACT_CHECK__ASSESSMENT), "一部適合"); //$NON-NLS-1$

		assertEquals(AssessmentStatus.PARTIALLY_CONFORMING, edited.getAssessment(), "the key press changed the 評価"); //$NON-NLS-1$
		assertSame(edited, page.selected(), "the edited check stays selected"); //$NON-NLS-1$
		assertSame(edited, page.form().input(), "the detail still shows it"); //$NON-NLS-1$
		assertEquals(detailTitle, ModelText.detailTitle(page));
		assertEquals(shown, list.getItemCount(), "its row is still in the list"); //$NON-NLS-1$
		assertSame(edited, page.checks().getStructuredSelection().getFirstElement());
		assertTrue(page.countText().contains("別の行を選ぶまで"), page.countText()); //$NON-NLS-1$
		Workbench.screenshot(editor.getSite().getShell(), "assessment-edited-under-filter"); //$NON-NLS-1$

		// 結論 follows: typed (Japanese is set, there is no input method) and committed by leaving the field
		Text conclusion = (Text) page.form().control(Literals.CONTRACT_CHECK__CONCLUSION);
		FormToolkit.ensureVisible(conclusion);
		UserEvents.click(conclusion);
		assertTrue(conclusion.isFocusControl(), "the click put the caret into 結論"); //$NON-NLS-1$
		conclusion.setText("SLA の一部のみ確認。"); //$NON-NLS-1$
		UserActions.clickRow(list, list.indexOf(list.getSelection()[0]));
		Workbench.waitUntil(() -> "SLA の一部のみ確認。".equals(edited.getConclusion())); //$NON-NLS-1$
		assertEquals("SLA の一部のみ確認。", edited.getConclusion()); //$NON-NLS-1$
		assertSame(edited, page.selected());

		// moving on: the filter applies again and the edited check leaves the list
		int next = list.indexOf(list.getSelection()[0]) == 0 ? 1 : 0;
		UserActions.clickRow(list, next);
		Workbench.waitUntil(() -> list.getItemCount() == shown - 1);
		assertEquals(shown - 1, list.getItemCount(), "the 一部適合 check left the 未評価 list"); //$NON-NLS-1$
		assertFalse(Arrays.asList((Object[]) page.checks().getInput()).contains(edited));
		assertTrue(page.selected() != edited && page.selected().getAssessment() == AssessmentStatus.NOT_ASSESSED);
		assertSame(page.selected(), page.checks().getStructuredSelection().getFirstElement());
		assertFalse(page.countText().contains("別の行を選ぶまで"), page.countText()); //$NON-NLS-1$
	}

	@Test
	void choosingTheFilterAgainAppliesItToTheEditedCheck() {
		UserActions.choose(page.statusFilter(), "未評価"); //$NON-NLS-1$
		Table list = page.checks().getTable();
		int shown = list.getItemCount();
		UserActions.clickRow(list, 0);
		ContractCheck edited = page.selected();
		UserActions.choose((Combo) page.form().control(Literals.CONTRACT_CHECK__ASSESSMENT), "該当なし"); //$NON-NLS-1$
		assertSame(edited, page.selected());

		UserActions.choose(page.statusFilter(), "(すべて)"); //$NON-NLS-1$
		UserActions.choose(page.statusFilter(), "未評価"); //$NON-NLS-1$

		assertEquals(shown - 1, list.getItemCount());
		assertNull(page.selected(), "an explicit filter applies to the edited check too"); //$NON-NLS-1$
	}

	@Test
	void signOffSaysWhatItCoversWarnsOfChecksNotAssessedAndRefusesTheSamePersonAsReviewer() {
		UserActions.windowSize(1600, 1000);
		var engagement = editor.engagement();
		String checkPointId = engagement.getContractChecks().stream().map(ContractCheck::getCheckPointId).distinct()
				.filter(id -> SignOffScope.checksOf(engagement, id).size() >= 2)
				.filter(id -> !SignOffScope.notAssessed(SignOffScope.checksOf(engagement, id)).isEmpty())
				.filter(id -> engagement.getSignOffs().stream().noneMatch(s -> id.equals(s.getCheckPointId()))).findFirst()
				.orElseThrow();
		List<ContractCheck> covered = SignOffScope.checksOf(engagement, checkPointId);
		ContractCheck first = covered.get(0);
		UserActions.choose(page.statusFilter(), "(すべて)"); //$NON-NLS-1$
		UserActions.clickRow(page.checks().getTable(), rowOf(first));
		assertSame(first, page.selected());
		UserActions.choose(page.signer(), "監査 花子 (架空)"); //$NON-NLS-1$
		int signOffs = engagement.getSignOffs().size();

		// 作成者として承認 with checks still 未評価: the warning lists every covered check; キャンセル signs nothing
		String warning = UserActions.clickAndAnswer(page.signAsPreparer(),
				dialog -> UserEvents.click(UserActions.button(dialog, Messages.AssessmentPage_cancel)));
		assertTrue(warning.contains("未評価の確認があります"), warning); //$NON-NLS-1$
		for (ContractCheck check : covered) {
			assertTrue(warning.contains(jpLabel(check)), () -> jpLabel(check) + " missing in " + warning); //$NON-NLS-1$
		}
		assertEquals(signOffs, engagement.getSignOffs().size(), "cancelled: nothing signed"); //$NON-NLS-1$

		UserActions.clickAndAnswer(page.signAsPreparer(),
				dialog -> UserEvents.click(UserActions.button(dialog, Messages.AssessmentPage_signAnyway)));
		assertEquals(signOffs + 1, engagement.getSignOffs().size());
		SignOff preparer = engagement.getSignOffs().get(signOffs);
		assertEquals(AuditRole.PREPARER, preparer.getRole());
		assertEquals(covered, preparer.getCovers().stream().map(c -> c.getCheck()).toList(), "it records what it covers"); //$NON-NLS-1$
		assertEquals(covered.stream().map(ContractCheck::getAssessment).toList(),
				preparer.getCovers().stream().map(c -> c.getAssessment()).toList(), "and in which state"); //$NON-NLS-1$
		String shown = page.signOffs();
		assertTrue(shown.contains("作成者: 監査 花子 (架空)"), shown); //$NON-NLS-1$
		assertTrue(shown.contains("対象: " + jpLabel(covered.get(0))), shown); //$NON-NLS-1$
		assertTrue(shown.contains("未評価の契約があります"), shown); //$NON-NLS-1$

		// the same person as 査閲者: refused, and said why
		String refusal = UserActions.clickAndAnswer(page.signAsReviewer(),
				dialog -> UserEvents.click(UserActions.button(dialog, Messages.AssessmentPage_close)));
		assertTrue(refusal.contains("承認できません"), refusal); //$NON-NLS-1$
		assertTrue(refusal.contains("四つの目の原則"), refusal); //$NON-NLS-1$
		assertEquals(signOffs + 1, engagement.getSignOffs().size(), "no reviewer sign-off by the preparer"); //$NON-NLS-1$

		// another person reviews once every covered check is assessed: no warning, both signatures shown
		for (ContractCheck check : covered) {
			if (check.getAssessment() == AssessmentStatus.NOT_ASSESSED) {
				editor.commands().execute(editor.commands().set(check, Literals.CONTRACT_CHECK__ASSESSMENT,
						AssessmentStatus.NOT_APPLICABLE));
			}
		}
		UserActions.choose(page.signer(), "査閲 太郎 (架空)"); //$NON-NLS-1$
		UserEvents.click(page.signAsReviewer());
		assertEquals(signOffs + 2, engagement.getSignOffs().size());
		shown = page.signOffs();
		assertTrue(shown.contains("査閲者: 査閲 太郎 (架空)"), shown); //$NON-NLS-1$
		assertFalse(shown.contains("未評価の契約があります"), shown); //$NON-NLS-1$
		assertTrue(shown.contains("承認後に変わった確認"), "the preparer's sign-off says what changed since: " + shown); //$NON-NLS-1$ //$NON-NLS-2$
		String signed = shown;
		FormToolkit.ensureVisible(UserActions.find(page.getManagedForm().getForm().getBody(), org.eclipse.swt.widgets.Label.class,
				l -> l.getText().equals(signed)).orElseThrow());
		Workbench.screenshot(editor.getSite().getShell(), "assessment-sign-off"); //$NON-NLS-1$
	}

	@Test
	void anEvidenceFileIsDescribedWhenAttachedAndItsActivatedRowOpensIt() throws Exception {
		UserActions.windowSize(1024, 700);
		Path source = elsewhere.resolve("sla-2025.txt"); //$NON-NLS-1$
		Files.writeString(source, "SLA 2025"); //$NON-NLS-1$
		// an earlier evidence file of the same name stays as it was
		Files.createDirectories(folder.resolve("evidence")); //$NON-NLS-1$
		Files.writeString(folder.resolve("evidence/sla-2025.txt"), "older"); //$NON-NLS-1$ //$NON-NLS-2$
		page.setFileChooser(shell -> source.toString());
		List<String> launched = new ArrayList<>();
		page.setLauncher(target -> launched.add(target));
		ContractCheck check = editor.engagement().getContractChecks().get(0);
		UserActions.clickRow(page.checks().getTable(), rowOf(check));
		int before = check.getEvidence().size();
		var vendor = editor.engagement().getParties().get(1);

		Button addFile = UserActions.button(page.getManagedForm().getForm().getBody(), Messages.Evidence_addFile);
		FormToolkit.ensureVisible(addFile);
		String dialogTexts = UserActions.clickAndAnswer(addFile, dialog -> {
			EvidenceFields fields = EvidenceFields.of(dialog);
			assertEquals("sla-2025.txt", fields.title().getText(), "the file name is the first guess"); //$NON-NLS-1$ //$NON-NLS-2$
			fields.title().setText("保守 SLA 2025年度版"); //$NON-NLS-1$
			UserActions.choose(fields.provider(), jpName(vendor));
			UserEvents.click(fields.effective());
			UserEvents.type(dialog.getDisplay(), "2025-04-01"); //$NON-NLS-1$
			UserEvents.click(fields.expiry());
			UserEvents.type(dialog.getDisplay(), "2025-03-31"); //$NON-NLS-1$
			Button add = UserActions.button(dialog, "追加"); //$NON-NLS-1$
			assertFalse(add.isEnabled(), "an expiry before the effective date cannot be added"); //$NON-NLS-1$
			assertTrue(UserActions.texts(dialog).contains("有効期限が有効日より前です"), UserActions.texts(dialog)); //$NON-NLS-1$
			fields.expiry().selectAll();
			UserEvents.type(dialog.getDisplay(), "2026-03-31"); //$NON-NLS-1$
			assertTrue(add.isEnabled());
			add.redraw();
			UiTestSupport.sleep(300);
			Workbench.screenshot(dialog, "evidence-dialog"); //$NON-NLS-1$
			UserEvents.click(add);
		});
		assertTrue(dialogTexts.contains("証跡ファイルの追加"), dialogTexts); //$NON-NLS-1$
		assertTrue(dialogTexts.contains("提供者") && dialogTexts.contains("有効日") && dialogTexts.contains("有効期限"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				dialogTexts);

		assertEquals(before + 1, check.getEvidence().size());
		Evidence added = check.getEvidence().get(before);
		assertEquals("保守 SLA 2025年度版", added.getTitle()); //$NON-NLS-1$
		assertSame(vendor, added.getProvidedBy());
		assertEquals(LocalDate.of(2025, 4, 1), added.getEffectiveDate());
		assertEquals(LocalDate.of(2026, 3, 31), added.getExpiryDate());
		assertEquals(EvidenceKind.FILE, added.getKind());
		assertEquals("evidence/sla-2025 (2).txt", added.getPath()); //$NON-NLS-1$
		assertEquals("older", Files.readString(folder.resolve("evidence/sla-2025.txt")), "the earlier file is kept"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Table evidence = page.evidence().getTable();
		assertEquals("保守 SLA 2025年度版", evidence.getItem(before).getText(0)); //$NON-NLS-1$

		// GTK reports a double-click on a row as the row's activation, as it does Enter: SWT's
		// Display.post cannot make GTK see a double-click (its clicks are put as single GDK
		// events), so the row is clicked and activated with Enter, both real events
		UserActions.activateRow(evidence, before);
		Workbench.screenshot(editor.getSite().getShell(), "assessment-evidence-opened"); //$NON-NLS-1$
		Workbench.waitUntil(() -> !launched.isEmpty());
		assertEquals(List.of(folder.resolve("evidence/sla-2025 (2).txt").toString()), launched, //$NON-NLS-1$
				"activating the row asks the system to open the file"); //$NON-NLS-1$
	}

	private int rowOf(ContractCheck check) {
		int row = Arrays.asList((Object[]) page.checks().getInput()).indexOf(check);
		assertTrue(row >= 0, "the check is in the list"); //$NON-NLS-1$
		return row;
	}

	/** How much of the control is inside the visible part of the editor's page. */
	private static int visibleHeight(org.eclipse.swt.widgets.Control control) {
		var form = control;
		while (!(form instanceof org.eclipse.ui.forms.widgets.ScrolledForm) && form.getParent() != null) {
			form = form.getParent();
		}
		Rectangle view = form.getDisplay().map(form, null, ((org.eclipse.swt.widgets.Composite) form).getClientArea());
		Point origin = control.toDisplay(0, 0);
		Rectangle shownArea = new Rectangle(origin.x, origin.y, control.getSize().x, control.getSize().y).intersection(view);
		return shownArea.isEmpty() ? 0 : shownArea.height;
	}

	private static String jpLabel(ContractCheck check) {
		String contract = check.getContract().getTitle();
		return contract + " " + switch (check.getAssessment()) { //$NON-NLS-1$
		case NOT_ASSESSED -> "未評価"; //$NON-NLS-1$
		case CONFORMING -> "適合"; //$NON-NLS-1$
		case PARTIALLY_CONFORMING -> "一部適合"; //$NON-NLS-1$
		case NON_CONFORMING -> "不適合"; //$NON-NLS-1$
		case NOT_APPLICABLE -> "該当なし"; //$NON-NLS-1$
		};
	}

	private static String jpName(jp.kansa.model.Party party) {
		return party.getName();
	}

	/** The fields of the evidence dialog, found as a user sees them: in order under their labels. */
	private record EvidenceFields(Text title, Combo provider, Text effective, Text expiry) {
		static EvidenceFields of(org.eclipse.swt.widgets.Shell dialog) {
			List<Text> texts = new ArrayList<>();
			collect(dialog, texts);
			Combo combo = UserActions.find(dialog, Combo.class, c -> true).orElseThrow();
			return new EvidenceFields(texts.get(0), combo, texts.get(1), texts.get(2));
		}

		private static void collect(org.eclipse.swt.widgets.Control control, List<Text> texts) {
			if (control instanceof Text text && (text.getStyle() & SWT.READ_ONLY) == 0 && text.getEditable()) {
				texts.add(text);
			}
			if (control instanceof org.eclipse.swt.widgets.Composite composite) {
				for (var child : composite.getChildren()) {
					collect(child, texts);
				}
			}
		}
	}

	/** The detail's title as the user reads it. */
	private static final class ModelText {
		static String detailTitle(AssessmentPage page) {
			return UserActions.find(page.getManagedForm().getForm().getBody(), org.eclipse.ui.forms.widgets.Section.class,
					s -> true).map(org.eclipse.ui.forms.widgets.Section::getText).orElse(""); //$NON-NLS-1$
		}
	}
}

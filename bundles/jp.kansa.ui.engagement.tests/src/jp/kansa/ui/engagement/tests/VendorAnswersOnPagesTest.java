/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.KansaPackage.Literals;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.VendorRequest;
import jp.kansa.ui.engagement.internal.editors.AssessmentPage;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.OverviewPage;
import jp.kansa.ui.engagement.internal.handlers.SampleInstaller;

/**
 * The vendors' round in the editor: the 概要 page tracks each vendor (B 取込済, A 期限超過, C 未送付)
 * and the 評価 page shows B's answer beside the auditor's fields, with the 認識の相違.
 */
class VendorAnswersOnPagesTest extends EditorTestBase {

	@Test
	void overviewTracksTheRoundAndTheAssessmentPageShowsTheAnswer() throws Exception {
		EngagementEditor editor = Workbench.open(SampleInstaller.install(folder));
		Workbench.spin();
		Party a = party(editor, "P-A");
		Party b = party(editor, "P-B");
		ContractCheck check = editor.engagement().getContractChecks().stream()
				.filter(c -> c.getId().equals("C-2/2-A-1-①")).findFirst().orElseThrow();
		check.setResponsibility(Responsibility.VENDOR);
		VendorRequest toA = request("R-1", a, LocalDate.of(2025, 10, 31), null);
		VendorRequest toB = request("R-2", b, LocalDate.of(2099, 10, 31), Instant.parse("2025-10-20T01:00:00Z"));
		VendorAnswer answer = KansaFactory.eINSTANCE.createVendorAnswer();
		answer.setCheck(check);
		answer.setParty(b);
		answer.setTime(Instant.parse("2025-10-20T01:00:00Z"));
		answer.setResponsibility(Responsibility.INSTITUTION);
		answer.setComment("病院の運用で実施");
		toB.getAnswers().add(answer);
		editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(),
				editor.engagement(), Literals.ENGAGEMENT__VENDOR_REQUESTS, List.of(toA, toB)));
		Workbench.spin();

		editor.setActivePage(OverviewPage.ID);
		OverviewPage overview = (OverviewPage) editor.getActivePageInstance();
		Workbench.spin();
		Table round = overview.vendorRound();
		assertEquals(List.of("Aメディカルシステムズ株式会社 (架空)", "B情報システム株式会社 (架空)", "Cサポートサービス株式会社 (架空)"),
				Workbench.column(round, 0));
		assertEquals(List.of("期限超過", "取込済", "未送付"), Workbench.column(round, 1));
		assertEquals(List.of("2025-10-31", "2099-10-31", ""), Workbench.column(round, 2));
		assertEquals(List.of("0", "1", "0"), Workbench.column(round, 5), "B's one 認識の相違");

		editor.setActivePage(AssessmentPage.ID);
		AssessmentPage assessment = (AssessmentPage) editor.getActivePageInstance();
		assessment.reveal(check);
		Workbench.spin();
		List<String> labels = new ArrayList<>();
		collect(assessment.getManagedForm().getForm(), labels);
		String shown = String.join("\n", labels);
		assertTrue(shown.contains("事業者回答 B情報システム株式会社 (架空) (R-2, 2025-10-20 10:00): 担当 医療機関、病院の運用で実施"), shown);
		assertTrue(shown.contains("認識の相違 (1 件)"), shown);
	}

	private static VendorRequest request(String id, Party party, LocalDate due, Instant imported) {
		VendorRequest request = KansaFactory.eINSTANCE.createVendorRequest();
		request.setId(id);
		request.setParty(party);
		request.setDueDate(due);
		request.setSentAt(Instant.parse("2025-10-01T00:00:00Z"));
		request.setReceivedAt(imported);
		request.setImportedAt(imported);
		return request;
	}

	private static Party party(EngagementEditor editor, String id) {
		return editor.engagement().getParties().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof Label label && label.isVisible() && !label.getText().isEmpty()) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}
}

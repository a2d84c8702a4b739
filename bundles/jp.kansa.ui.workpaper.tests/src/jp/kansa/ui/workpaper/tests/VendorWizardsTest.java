/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.model.engagement.VendorRound.RequestStatus;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.wizards.VendorReplyPreviewPage;
import jp.kansa.ui.workpaper.internal.wizards.VendorRequestPage;
import jp.kansa.vendor.VendorRequests;

/**
 * ファイル > 事業者への依頼: the request wizard writes B's workbook and records the request; the
 * reply wizard reads B's filled-in workbook on 次へ and imports it on 完了; the 概要 page tracks both.
 */
class VendorWizardsTest {

	private static final String REQUEST_COMMAND = "jp.kansa.ui.workpaper.vendorRequest"; //$NON-NLS-1$
	private static final String REPLY_COMMAND = "jp.kansa.ui.workpaper.vendorReply"; //$NON-NLS-1$

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		Ui.closeAll();
	}

	@Test
	void requestWizardWritesTheWorkbookAndTheOverviewShowsItSent() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		Path output = temp.resolve("request-B.xlsx"); //$NON-NLS-1$
		Dialogs.whileOpen(Dialogs.command(REQUEST_COMMAND), shell -> {
			VendorRequestPage page = (VendorRequestPage) wizardDialog(shell).getCurrentPage();
			Button finish = Dialogs.button(shell, IDialogConstants.FINISH_ID);
			assertFalse(finish.isEnabled(), "no vendor chosen yet"); //$NON-NLS-1$
			assertEquals(null, page.getErrorMessage(), "quiet before a field is touched"); //$NON-NLS-1$
			// the vendor's name is Japanese (no input method under Xvfb): chosen with the keys, as
			// a user does in a drop-down whose list the click opened and Esc closed
			org.eclipse.swt.widgets.Combo vendors = page.vendorCombo();
			int b = List.of(vendors.getItems()).indexOf("B情報システム株式会社 (架空)"); //$NON-NLS-1$
			assertTrue(b >= 0, List.of(vendors.getItems()).toString());
			UserEvents.click(vendors);
			UiTestSupport.sleep(200);
			UserEvents.key(shell.getDisplay(), 0, SWT.ESC);
			UiTestSupport.waitUntil(vendors::isFocusControl, 5_000);
			assertTrue(vendors.isFocusControl(), "the click gave the vendor list the keyboard"); //$NON-NLS-1$
			UserEvents.key(shell.getDisplay(), 0, SWT.HOME);
			for (int i = 0; i < b; i++) {
				UserEvents.key(shell.getDisplay(), 0, SWT.ARROW_DOWN);
			}
			UiTestSupport.waitUntil(() -> vendors.getSelectionIndex() == b, 5_000);
			assertEquals(b, vendors.getSelectionIndex(), "the keys chose B"); //$NON-NLS-1$
			Text field = page.outputText();
			UserEvents.click(field);
			UiTestSupport.waitUntil(field::isFocusControl, 5_000);
			UserEvents.key(shell.getDisplay(), SWT.MOD1, 'a');
			UserEvents.key(shell.getDisplay(), 0, SWT.DEL);
			UiTestSupport.waitUntil(() -> field.getText().isEmpty(), 5_000);
			UserEvents.type(shell.getDisplay(), output.toString());
			UiTestSupport.waitUntil(() -> output.toString().equals(field.getText()), 5_000);
			assertEquals(output.toString(), field.getText());
			UiTestSupport.waitUntil(finish::isEnabled, 5_000);
			assertTrue(finish.isEnabled(), "完了 once vendor, due date and file are given: " + page.getErrorMessage()); //$NON-NLS-1$
			Ui.screenshot(shell, "vendor-request"); //$NON-NLS-1$
			UserEvents.click(finish);
			UiTestSupport.waitUntil(shell::isDisposed, 10_000);
			assertTrue(shell.isDisposed(), "完了 closes the wizard"); //$NON-NLS-1$
		});
		Ui.spin();
		assertTrue(Files.isRegularFile(output), "the workbook is written"); //$NON-NLS-1$
		VendorRequest request = sample.engagement().getVendorRequests().get(0);
		assertEquals("P-B", request.getParty().getId()); //$NON-NLS-1$
		assertEquals(List.of("C-2", "C-3"), request.getContracts().stream().map(c -> c.getId()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(sample.editor().isDirty(), "the request is an edit of the engagement"); //$NON-NLS-1$
		TableItem row = overviewRow(sample, "B情報システム株式会社 (架空)"); //$NON-NLS-1$
		assertEquals("送付済", row.getText(1)); //$NON-NLS-1$
		assertEquals(request.getId(), row.getText(3));
		assertEquals("未送付", overviewRow(sample, "Aメディカルシステムズ株式会社 (架空)").getText(1)); //$NON-NLS-1$ //$NON-NLS-2$
		sample.domain().getCommandStack().undo();
		Ui.spin();
		assertTrue(sample.engagement().getVendorRequests().isEmpty(), "one undo takes the request back"); //$NON-NLS-1$
	}

	@Test
	void replyWizardReadsOnNextAndFinishImportsTheAnswersAsTheVendors() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		Party vendorB = party(sample, "P-B"); //$NON-NLS-1$
		Party vendorA = party(sample, "P-A"); //$NON-NLS-1$
		record(sample, vendorA, LocalDate.of(2025, 10, 31));
		VendorRequest toB = record(sample, vendorB, LocalDate.of(2099, 12, 31));
		Path request = temp.resolve("request-B.xlsx"); //$NON-NLS-1$
		VendorRequests.write(sample.engagement(), toB, EmbeddedCatalog.load(), null, request);
		ContractCheck check = sample.engagement().getContractChecks().stream()
				.filter(c -> c.getId().equals("C-2/2-A-1-①")).findFirst().orElseThrow(); //$NON-NLS-1$
		check.setResponsibility(Responsibility.VENDOR);
		Path reply = temp.resolve("reply-B.xlsx"); //$NON-NLS-1$
		fill(request, reply, check.getId(), Map.of("担当（貴社の認識）", "医療機関", "事業者コメント", "手順書を提出します")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Ui.spin();

		Dialogs.whileOpen(Dialogs.command(REPLY_COMMAND), shell -> {
			typeReplyPath(shell, reply);
			Button next = Dialogs.button(shell, IDialogConstants.NEXT_ID);
			UiTestSupport.waitUntil(next::isEnabled, 5_000);
			UserEvents.click(next);
			WizardDialog dialog = wizardDialog(shell);
			UiTestSupport.waitUntil(() -> dialog.getCurrentPage() instanceof VendorReplyPreviewPage page
					&& page.changesTable().isVisible() && page.changesTable().getItemCount() > 0, 20_000);
			assertTrue(dialog.getCurrentPage() instanceof VendorReplyPreviewPage,
					"the preview shows; the file page says: " + dialog.getCurrentPage().getErrorMessage()); //$NON-NLS-1$
			VendorReplyPreviewPage page = (VendorReplyPreviewPage) dialog.getCurrentPage();
			Table changes = page.changesTable();
			assertEquals(2, changes.getItemCount());
			TableItem first = changes.getItem(0);
			assertTrue(first.getText(0).startsWith("確認表!G"), first.getText(0)); //$NON-NLS-1$
			assertEquals("C-2/2-A-1-①", first.getText(1)); //$NON-NLS-1$
			assertEquals("医療機関", first.getText(4)); //$NON-NLS-1$
			assertEquals("事業者", first.getText(5), "the institution's record beside the answer"); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(page.summary().contains("B情報システム株式会社"), page.summary()); //$NON-NLS-1$
			Ui.screenshot(shell, "vendor-reply-preview"); //$NON-NLS-1$
			Button finish = Dialogs.button(shell, IDialogConstants.FINISH_ID);
			assertTrue(finish.isEnabled());
			UserEvents.click(finish);
			UiTestSupport.waitUntil(shell::isDisposed, 10_000);
			assertTrue(shell.isDisposed(), "完了 closes the wizard"); //$NON-NLS-1$
		});
		Ui.spin();
		VendorAnswer answer = VendorRound.answerOf(check, vendorB).orElseThrow();
		assertEquals(Responsibility.INSTITUTION, answer.getResponsibility());
		assertEquals("手順書を提出します", answer.getComment()); //$NON-NLS-1$
		assertEquals(Responsibility.VENDOR, check.getResponsibility(), "the auditor's record is kept"); //$NON-NLS-1$
		assertEquals(RequestStatus.IMPORTED, VendorRound.status(toB, LocalDate.now()));
		assertEquals(1, VendorRound.disagreements(sample.engagement()).size());
		TableItem b = overviewRow(sample, "B情報システム株式会社 (架空)"); //$NON-NLS-1$
		assertEquals("取込済", b.getText(1)); //$NON-NLS-1$
		assertEquals("1", b.getText(4)); //$NON-NLS-1$
		assertEquals("1", b.getText(5), "one 認識の相違"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("期限超過", overviewRow(sample, "Aメディカルシステムズ株式会社 (架空)").getText(1)); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.screenshot(sample.editor().getSite().getShell(), "vendor-overview"); //$NON-NLS-1$
	}

	@Test
	void replyWithProblemsCanBeRecordedAsReceivedOnly() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		Party vendorB = party(sample, "P-B"); //$NON-NLS-1$
		VendorRequest toB = record(sample, vendorB, LocalDate.of(2099, 12, 31));
		Path request = temp.resolve("request-B.xlsx"); //$NON-NLS-1$
		VendorRequests.write(sample.engagement(), toB, EmbeddedCatalog.load(), null, request);
		Path reply = temp.resolve("reply-B-wrong.xlsx"); //$NON-NLS-1$
		fill(request, reply, "C-2/2-A-1-①", Map.of("担当（貴社の認識）", "たぶん当社")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Ui.spin();

		Dialogs.whileOpen(Dialogs.command(REPLY_COMMAND), shell -> {
			typeReplyPath(shell, reply);
			UserEvents.click(Dialogs.button(shell, IDialogConstants.NEXT_ID));
			WizardDialog dialog = wizardDialog(shell);
			UiTestSupport.waitUntil(() -> dialog.getCurrentPage() instanceof VendorReplyPreviewPage page
					&& page.problemsTable().isVisible() && page.problemsTable().getItemCount() > 0, 20_000);
			VendorReplyPreviewPage page = (VendorReplyPreviewPage) dialog.getCurrentPage();
			assertTrue(page.getMessage().contains("受領のみ記録してください"), page.getMessage()); //$NON-NLS-1$
			Button finish = Dialogs.button(shell, IDialogConstants.FINISH_ID);
			assertFalse(finish.isEnabled(), "a reply with problems cannot be imported"); //$NON-NLS-1$
			UserEvents.click(page.receivedOnlyButton());
			UiTestSupport.waitUntil(finish::isEnabled, 5_000);
			Ui.screenshot(shell, "vendor-reply-received-only"); //$NON-NLS-1$
			UserEvents.click(finish);
			UiTestSupport.waitUntil(shell::isDisposed, 10_000);
			assertTrue(shell.isDisposed(), "完了 closes the wizard"); //$NON-NLS-1$
		});
		Ui.spin();
		assertEquals(RequestStatus.ANSWERED, VendorRound.status(toB, LocalDate.now()));
		assertTrue(toB.getAnswers().isEmpty() && toB.getImportedAt() == null, "nothing imported"); //$NON-NLS-1$
		assertEquals("回答済", overviewRow(sample, "B情報システム株式会社 (架空)").getText(1)); //$NON-NLS-1$ //$NON-NLS-2$
		sample.domain().getCommandStack().undo();
		Ui.spin();
		assertEquals(RequestStatus.SENT, VendorRound.status(toB, LocalDate.now()), "one undo takes the receipt back"); //$NON-NLS-1$
	}

	@Test
	void tamperedReplyStaysOnTheFilePageWithTheReason() throws Exception {
		ActiveEngagement sample = Ui.openFreshSample();
		VendorRequest toB = record(sample, party(sample, "P-B"), LocalDate.of(2099, 12, 31)); //$NON-NLS-1$
		Path request = temp.resolve("request-B.xlsx"); //$NON-NLS-1$
		VendorRequests.write(sample.engagement(), toB, EmbeddedCatalog.load(), null, request);
		Path reply = temp.resolve("tampered.xlsx"); //$NON-NLS-1$
		try (InputStream in = Files.newInputStream(request); XSSFWorkbook book = new XSSFWorkbook(in)) {
			book.getSheet("kansa").getRow(4).getCell(1).setCellValue("0".repeat(64)); //$NON-NLS-1$ //$NON-NLS-2$
			try (OutputStream out = Files.newOutputStream(reply)) {
				book.write(out);
			}
		}
		Dialogs.whileOpen(Dialogs.command(REPLY_COMMAND), shell -> {
			typeReplyPath(shell, reply);
			UserEvents.key(shell.getDisplay(), 0, SWT.CR);
			WizardDialog dialog = wizardDialog(shell);
			UiTestSupport.waitUntil(() -> dialog.getCurrentPage().getErrorMessage() != null
					&& dialog.getCurrentPage().getErrorMessage().contains("tampered.xlsx"), 20_000); //$NON-NLS-1$
			assertEquals("replyFile", dialog.getCurrentPage().getName(), "stays on the file page"); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(dialog.getCurrentPage().getErrorMessage().contains(toB.getId()),
					dialog.getCurrentPage().getErrorMessage());
			UserEvents.click(Dialogs.button(shell, IDialogConstants.CANCEL_ID));
			UiTestSupport.waitUntil(shell::isDisposed, 10_000);
		});
		assertTrue(toB.getAnswers().isEmpty() && toB.getImportedAt() == null);
	}

	/** Clicks the reply wizard's file field and types the path, as a user does (ASCII: Xvfb has no IME). */
	private static void typeReplyPath(Shell shell, Path reply) {
		Text field = Dialogs.find(shell, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0);
		assertNotNull(field, "the reply field"); //$NON-NLS-1$
		UserEvents.click(field);
		UiTestSupport.waitUntil(field::isFocusControl, 5_000);
		UserEvents.type(shell.getDisplay(), reply.toString());
		UiTestSupport.waitUntil(() -> reply.toString().equals(field.getText()), 5_000);
	}

	/** A request recorded through the editor's command stack, as the request wizard does. */
	private static VendorRequest record(ActiveEngagement sample, Party vendor, LocalDate due) {
		VendorRequest request = VendorRequests.prepare(sample.engagement(), vendor, due, false, Clock.systemUTC());
		sample.domain().getCommandStack().execute(AddCommand.create(sample.domain(), sample.engagement(),
				KansaPackage.Literals.ENGAGEMENT__VENDOR_REQUESTS, request));
		return request;
	}

	private static Party party(ActiveEngagement sample, String id) {
		return sample.engagement().getParties().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
	}

	/** The 概要 page's row of a vendor in the 事業者への依頼 table, as shown. */
	private static TableItem overviewRow(ActiveEngagement sample, String vendor) {
		Ui.spin();
		Table table = Dialogs.find(sample.editor().getSite().getShell(), Table.class,
				t -> t.getColumnCount() == 6 && "事業者".equals(t.getColumn(0).getText()) //$NON-NLS-1$
						&& "状況".equals(t.getColumn(1).getText())); //$NON-NLS-1$
		assertNotNull(table, "the 事業者への依頼 table of the 概要 page"); //$NON-NLS-1$
		for (TableItem item : table.getItems()) {
			if (vendor.equals(item.getText(0))) {
				return item;
			}
		}
		throw new AssertionError(vendor + " not on the 概要 page"); //$NON-NLS-1$
	}

	private static WizardDialog wizardDialog(Shell shell) {
		return (WizardDialog) shell.getData();
	}

	/** Fills one row of the request with POI, by header text, as a vendor would. */
	private static void fill(Path request, Path reply, String checkId, Map<String, String> values) throws Exception {
		try (InputStream in = Files.newInputStream(request); XSSFWorkbook book = new XSSFWorkbook(in)) {
			XSSFSheet sheet = book.getSheet("確認表"); //$NON-NLS-1$
			Map<String, Integer> headers = new HashMap<>();
			for (Cell cell : sheet.getRow(0)) {
				headers.put(cell.getStringCellValue(), cell.getColumnIndex());
			}
			for (Row row : sheet) {
				if (checkId.equals(row.getCell(0).getStringCellValue())) {
					values.forEach((header, value) -> row.getCell(headers.get(header)).setCellValue(value));
				}
			}
			try (OutputStream out = Files.newOutputStream(reply)) {
				book.write(out);
			}
		}
	}
}

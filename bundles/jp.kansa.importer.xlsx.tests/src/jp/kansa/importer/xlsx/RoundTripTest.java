/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.importer.xlsx.WorkpaperTemplate.ContractField;
import jp.kansa.model.Annotation;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;

/** Workpaper → change cells → import: the engagement holds exactly those changes. */
class RoundTripTest {

	@TempDir
	Path folder;

	private Fixture fixture;

	@BeforeEach
	void load() throws Exception {
		fixture = new Fixture(folder);
	}

	@Test
	void unchangedWorkpaperProposesNothing() throws Exception {
		try (TemplateWorkbook workbook = fixture.workbook()) {
			ImportPreview preview = fixture.preview(workbook.save(folder.resolve("same.xlsx")));
			assertEquals(List.of(), preview.getProblems());
			assertEquals(List.of(), preview.getChanges());
		}
	}

	@Test
	void changedCellsAreAppliedAndNothingElseMoves() throws Exception {
		Path file;
		String assessmentCell;
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.set("2-A-9-②", "C-3", ContractField.ASSESSMENT, "適合")
					.set("2-A-9-②", "C-3", ContractField.COMPLETION_DATE, LocalDate.of(2025, 9, 30))
					.set("2-A-9-②", "C-2", ContractField.INITIAL_CHECK, "いいえ")
					.set("2-A-9-②", "C-2", ContractField.COMPLETION_DATE, "令和7年10月2日")
					.set("1-B-1-①", "C-3", ContractField.COMPLETION_DATE, "2025/10/1")
					.set("1-B-1-①", "C-3", ContractField.RESPONSIBILITY, "共同: みなと総合病院 (架空)、B情報システム株式会社 (架空)")
					.set("2-A-6-①", "C-3", ContractField.RESPONSIBILITY, "B情報システム株式会社 (架空)")
					.set("2-A-6-①", "C-2", ContractField.COMMENT,
							"SLA 改定版の受領を B社に依頼中。受領後に再評価する。\n10/1 改定版を受領した。");
			assessmentCell = workbook.reference("2-A-9-②", "C-3", ContractField.ASSESSMENT);
			file = workbook.save(folder.resolve("changed.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getProblems());
		assertEquals(10, preview.getChanges().size(), preview.getChanges().toString());
		ProposedChange first = preview.getChanges().stream().filter(c -> c.cell().equals(assessmentCell)).findFirst()
				.orElseThrow();
		assertEquals("確認表2", first.sheet());
		assertEquals("未評価", first.oldText());
		assertEquals("適合", first.newText());
		assertTrue(fixture.unchanged(), "a preview changes nothing");

		Engagement expected = EcoreUtil.copy(fixture.engagement);
		Party hospital = expected.getParties().get(0);
		Party vendorB = expected.getParties().get(2);
		ContractCheck c3a9 = Fixture.check(expected, "C-3", "2-A-9-②");
		c3a9.setAssessment(AssessmentStatus.CONFORMING);
		c3a9.setCompletionDate(LocalDate.of(2025, 9, 30));
		ContractCheck c2a9 = Fixture.check(expected, "C-2", "2-A-9-②");
		c2a9.setInitialCheck(InitialCheck.NO);
		c2a9.setCompletionDate(LocalDate.of(2025, 10, 2));
		ContractCheck c3b1 = Fixture.check(expected, "C-3", "1-B-1-①");
		c3b1.setCompletionDate(LocalDate.of(2025, 10, 1));
		c3b1.setResponsibility(Responsibility.JOINT);
		c3b1.getResponsibleParties().clear();
		c3b1.getResponsibleParties().addAll(List.of(hospital, vendorB));
		ContractCheck c3a6 = Fixture.check(expected, "C-3", "2-A-6-①");
		c3a6.setResponsibility(Responsibility.VENDOR);
		c3a6.getResponsibleParties().clear();
		c3a6.getResponsibleParties().add(vendorB);
		Annotation note = KansaFactory.eINSTANCE.createAnnotation();
		note.setText("10/1 改定版を受領した。");
		note.setTime(Fixture.READ_AT);
		Fixture.check(expected, "C-2", "2-A-6-①").getAnnotations().add(note);

		EditingDomain domain = Fixture.domain();
		Command command = preview.apply(domain, ApplyPolicy.ALL_OR_NOTHING);
		assertTrue(EcoreUtil.equals(expected, fixture.engagement), "exactly the changed cells were applied");

		assertTrue(domain.getCommandStack().canUndo());
		assertEquals(command, domain.getCommandStack().getUndoCommand(), "one undoable command");
		domain.getCommandStack().undo();
		assertTrue(fixture.unchanged(), "undo restores the engagement");
		domain.getCommandStack().redo();
		assertTrue(EcoreUtil.equals(expected, fixture.engagement), "redo applies it again");
	}

	@Test
	void rowWhoseIdWasEmptiedIsMatchedByNumber() throws Exception {
		Path file;
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.set("2-A-9-②", "C-3", ContractField.ASSESSMENT, "不適合");
			workbook.row("2-A-9-②").getCell(0).setBlank();
			workbook.row("2-A-9-②").getCell(2).setCellValue("A-9②"); // the vendor retyped 項番 without the space
			file = workbook.save(folder.resolve("no-id.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getProblems());
		assertEquals(1, preview.getChanges().size());
		assertEquals("2-A-9-②", preview.getChanges().get(0).checkPointId());
		preview.apply(Fixture.domain(), ApplyPolicy.ALL_OR_NOTHING);
		assertEquals(AssessmentStatus.NON_CONFORMING, Fixture.check(fixture.engagement, "C-3", "2-A-9-②").getAssessment());
	}

	@Test
	void missingCheckIsCreatedByOneAddAndUndoRemovesIt() throws Exception {
		Path file;
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.set("2-A-9-②", "C-3", ContractField.ASSESSMENT, "該当なし");
			file = workbook.save(folder.resolve("new-check.xlsx"));
		}
		ContractCheck removed = Fixture.check(fixture.engagement, "C-3", "2-A-9-②");
		fixture.engagement.getContractChecks().remove(removed);
		Engagement before = EcoreUtil.copy(fixture.engagement);

		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getProblems());
		// every non-default cell of the row is new: 担当 (responsibility and parties), 初回確認 stays 未回答
		assertTrue(preview.getChanges().stream().allMatch(c -> c.check() == null));
		EditingDomain domain = Fixture.domain();
		preview.apply(domain, ApplyPolicy.ALL_OR_NOTHING);
		ContractCheck created = Fixture.check(fixture.engagement, "C-3", "2-A-9-②");
		assertEquals(AssessmentStatus.NOT_APPLICABLE, created.getAssessment());
		assertEquals(Responsibility.JOINT, created.getResponsibility());
		assertEquals(3, created.getResponsibleParties().size());
		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, fixture.engagement));
	}

	@Test
	void cellProblemsAreReportedPerCellAndBlockTheImport() throws Exception {
		Path file;
		String dateCell;
		String assessmentCell;
		String partyCell;
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.set("2-A-9-②", "C-3", ContractField.ASSESSMENT, "たぶん適合")
					.set("2-A-9-②", "C-3", ContractField.COMPLETION_DATE, "来週")
					.set("1-B-1-①", "C-1", ContractField.RESPONSIBILITY, "事業者: Z社")
					.set("1-B-1-①", "C-2", ContractField.ASSESSMENT, "適合");
			dateCell = workbook.reference("2-A-9-②", "C-3", ContractField.COMPLETION_DATE);
			assessmentCell = workbook.reference("2-A-9-②", "C-3", ContractField.ASSESSMENT);
			partyCell = workbook.reference("1-B-1-①", "C-1", ContractField.RESPONSIBILITY);
			file = workbook.save(folder.resolve("bad-cells.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		List<String> where = preview.getProblems().stream().map(ImportProblem::location).toList();
		assertEquals(List.of("確認表1!" + partyCell, "確認表2!" + dateCell, "確認表2!" + assessmentCell), where);
		ImportProblem date = preview.getProblems().get(1);
		assertEquals("来週", date.found());
		assertTrue(date.expected().contains("yyyy-mm-dd"), date.expected());
		assertEquals("Z社", preview.getProblems().get(0).found());

		assertEquals(1, preview.getChanges().size(), "the valid cell is still previewed");
		assertFalse(preview.canApply(ApplyPolicy.ALL_OR_NOTHING));
		assertThrows(IllegalStateException.class, () -> preview.createCommand(Fixture.domain(), ApplyPolicy.ALL_OR_NOTHING));
		assertTrue(fixture.unchanged());

		preview.apply(Fixture.domain(), ApplyPolicy.VALID_CHANGES_ONLY);
		assertEquals(AssessmentStatus.CONFORMING, Fixture.check(fixture.engagement, "C-2", "1-B-1-①").getAssessment());
		assertEquals(AssessmentStatus.NOT_ASSESSED, Fixture.check(fixture.engagement, "C-3", "2-A-9-②").getAssessment());
	}

	@Test
	void previewIsRefusedWhenTheEngagementChangedMeanwhile() throws Exception {
		Path file;
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.set("2-A-9-②", "C-3", ContractField.ASSESSMENT, "適合");
			file = workbook.save(folder.resolve("stale.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		Fixture.check(fixture.engagement, "C-3", "2-A-9-②").setAssessment(AssessmentStatus.NON_CONFORMING);
		assertThrows(IllegalStateException.class, () -> preview.createCommand(Fixture.domain(), ApplyPolicy.ALL_OR_NOTHING));
		assertEquals(AssessmentStatus.NON_CONFORMING, Fixture.check(fixture.engagement, "C-3", "2-A-9-②").getAssessment());
	}

	@Test
	void cellOfMaximalLengthOfOneRepeatedCharacterIsAccepted() throws Exception {
		// deflate packs 32,767 identical characters about 1000:1; POI's default ratio would refuse it
		String text = "あ".repeat(ImportLimits.DEFAULT_MAX_CELL_CHARS);
		Path file;
		try (TemplateWorkbook workbook = fixture.workbook()) {
			workbook.set("2-A-9-②", "C-3", ContractField.COMMENT, text);
			workbook.set("2-A-9-②", "C-2", ContractField.COMMENT, "い".repeat(ImportLimits.DEFAULT_MAX_CELL_CHARS));
			file = workbook.save(folder.resolve("long.xlsx"));
		}
		ImportPreview preview = fixture.preview(file);
		assertEquals(List.of(), preview.getProblems());
		assertEquals(2, preview.getChanges().size());
		assertEquals(text, preview.getChanges().get(1).newValue());
	}
}

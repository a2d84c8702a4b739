/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.Finding;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.SignOff;
import jp.kansa.model.TeamMember;
import jp.kansa.model.compare.EngagementComparison;
import jp.kansa.model.compare.Side;
import jp.kansa.model.compare.merge.Conflict;
import jp.kansa.model.compare.merge.ConflictKind;
import jp.kansa.model.compare.merge.MergeResult;
import jp.kansa.model.compare.merge.ModelMerge;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.SignOffScope;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.ValidationRule;

/** Base, ours and theirs loaded from the sample, edited, merged: clean merges and every conflict kind. */
class ModelMergeTest {

	private static final String CHECK = "C-1/2-A-9-①";

	private final Engagement base = Samples.load();
	private final Engagement ours = Samples.load();
	private final Engagement theirs = Samples.load();

	@TempDir
	Path folder;

	private MergeResult merge() {
		return ModelMerge.merge(base, ours, theirs);
	}

	private static <T extends EObject> T in(Engagement engagement, String id) {
		@SuppressWarnings("unchecked")
		T object = (T) engagement.eResource().getEObject(id);
		return object;
	}

	private static Conflict only(MergeResult result, ConflictKind kind) {
		List<Conflict> found = result.conflicts().stream().filter(c -> c.kind() == kind).toList();
		assertEquals(1, found.size(), () -> result.conflicts().toString());
		return found.get(0);
	}

	@Test
	void changesOfEitherSideOnDifferentThingsMergeByThemselves() throws Exception {
		Samples.check(ours, CHECK).setResponsibility(Responsibility.VENDOR);
		Samples.check(theirs, CHECK).setAssessment(AssessmentStatus.PARTIALLY_CONFORMING);
		Samples.check(theirs, "C-2/2-A-9-①").setConclusion("SLA で確認した。");
		Samples.<Finding>element(ours, "F-1").setTitle("ours' title");
		Samples.<Finding>element(theirs, "F-1").setRecommendation("theirs' recommendation");
		Samples.<Evidence>element(theirs, "E-3").setTitle("theirs' evidence title");
		theirs.getContracts().get(1).setTitle("theirs' contract title");
		Samples.addFinding(theirs, "F-3", "theirs' new finding");
		Samples.delete(theirs, "F-2");
		Evidence added = evidence(theirs, "E-5", "theirs' new evidence");
		Samples.check(theirs, "C-3/2-A-9-①").getEvidence().add(added);
		Samples.annotate(Samples.check(theirs, CHECK), Samples.element(theirs, "T-2"), "2025-10-01T00:00:00Z",
				"theirs' note");
		Samples.addFinding(ours, "F-4", "ours' new finding");

		MergeResult result = merge();

		assertTrue(result.conflicts().isEmpty(), () -> result.conflicts().toString());
		assertTrue(result.isClean());
		Engagement merged = result.merged();
		ContractCheck check = in(merged, CHECK);
		assertEquals(Responsibility.VENDOR, check.getResponsibility());
		assertEquals(AssessmentStatus.PARTIALLY_CONFORMING, check.getAssessment());
		assertEquals("theirs' note", check.getAnnotations().get(check.getAnnotations().size() - 1).getText());
		assertEquals("SLA で確認した。", ((ContractCheck) in(merged, "C-2/2-A-9-①")).getConclusion());
		assertEquals("ours' title", ((Finding) in(merged, "F-1")).getTitle());
		assertEquals("theirs' recommendation", ((Finding) in(merged, "F-1")).getRecommendation());
		assertEquals("theirs' evidence title", ((Evidence) in(merged, "E-3")).getTitle());
		assertEquals("theirs' contract title", merged.getContracts().get(1).getTitle());
		assertNull(in(merged, "F-2"));
		assertEquals(List.of("F-1", "F-3", "F-4"), merged.getFindings().stream().map(Finding::getId).toList());
		assertEquals("P-B", ((Finding) in(merged, "F-3")).getOwner().getId());
		Evidence mergedEvidence = in(merged, "E-5");
		assertTrue(((ContractCheck) in(merged, "C-3/2-A-9-①")).getEvidence().contains(mergedEvidence));
		// the merge is what both made: nothing left over against either side's changes
		assertTrue(EngagementComparison.compare(theirs, merged, Locale.JAPANESE).differences().stream()
				.allMatch(d -> "F-4".equals(d.element().id()) || "F-1".equals(d.element().id())
						|| CHECK.equals(d.element().id())), () -> EngagementComparison.compare(theirs, merged, Locale.JAPANESE).differences().toString());
		// and it is a file that saves and loads
		Path file = folder.resolve("merged.kansa");
		EngagementFiles.save(merged.eResource(), file);
		Engagement reloaded = EngagementFiles.load(file);
		assertTrue(EngagementComparison.compare(merged, reloaded, Locale.JAPANESE).differences().isEmpty());
	}

	@Test
	void sameFieldChangedToDifferentValuesIsAConflictWithBothValues() {
		Samples.check(ours, CHECK).setAssessment(AssessmentStatus.CONFORMING);
		Samples.check(theirs, CHECK).setAssessment(AssessmentStatus.NON_CONFORMING);
		Samples.check(theirs, CHECK).setConclusion("theirs' conclusion");

		MergeResult result = merge();

		Conflict conflict = only(result, ConflictKind.FIELD);
		assertFalse(result.isClean());
		assertEquals(CHECK, conflict.elementId());
		assertEquals("assessment", conflict.field());
		assertEquals("適合", conflict.oursText());
		assertEquals("不適合", conflict.theirsText());
		assertEquals(Side.OURS, conflict.resolution());
		ContractCheck kept = in(result.merged(), CHECK);
		assertEquals(AssessmentStatus.CONFORMING, kept.getAssessment());
		assertEquals("theirs' conclusion", kept.getConclusion());

		assertEquals(AssessmentStatus.CONFORMING, ((ContractCheck) in(result.resolve(), CHECK)).getAssessment());
		conflict.choose(Side.THEIRS);
		ContractCheck resolved = in(result.resolve(), CHECK);
		assertEquals(AssessmentStatus.NON_CONFORMING, resolved.getAssessment());
		assertEquals("theirs' conclusion", resolved.getConclusion());
		result.chooseAll(Side.OURS);
		assertEquals(AssessmentStatus.CONFORMING, ((ContractCheck) in(result.resolve(), CHECK)).getAssessment());
	}

	@Test
	void editAgainstDeletionOurs() {
		Samples.delete(ours, "F-2");
		Samples.<Finding>element(theirs, "F-2").setTitle("theirs edited it");

		MergeResult result = merge();

		Conflict conflict = only(result, ConflictKind.EDIT_DELETE);
		assertEquals("F-2", conflict.elementId());
		assertEquals("", conflict.oursText());
		assertTrue(conflict.theirsText().contains("theirs edited it"), conflict.theirsText());
		assertNull(in(result.merged(), "F-2"));
		conflict.choose(Side.THEIRS);
		Finding back = in(result.resolve(), "F-2");
		assertNotNull(back);
		assertEquals("theirs edited it", back.getTitle());
		assertEquals("P-A", back.getOwner().getId());
	}

	@Test
	void editsInsideWhatOursRemovedAreOneConflict() {
		Samples.delete(ours, CHECK);
		ContractCheck edited = Samples.check(theirs, CHECK);
		edited.setConclusion("theirs' conclusion");
		Samples.annotate(edited, Samples.element(theirs, "T-2"), "2025-10-01T00:00:00Z", "theirs' note");

		MergeResult result = merge();

		Conflict conflict = only(result, ConflictKind.EDIT_DELETE);
		assertEquals(CHECK, conflict.elementId());
		assertTrue(conflict.theirsText().contains("theirs' conclusion"), conflict.theirsText());
		assertTrue(conflict.theirsText().contains("theirs' note"), conflict.theirsText());
		assertNull(in(result.merged(), CHECK));
		conflict.choose(Side.THEIRS);
		Engagement resolved = result.resolve();
		ContractCheck back = in(resolved, CHECK);
		assertEquals("theirs' conclusion", back.getConclusion());
		assertEquals("theirs' note", back.getAnnotations().get(back.getAnnotations().size() - 1).getText());
		assertEquals("C-1", back.getContract().getId());
		// back at its place among the checks
		assertEquals(base.getContractChecks().indexOf(Samples.check(base, CHECK)), resolved.getContractChecks().indexOf(back));
	}

	@Test
	void editAgainstDeletionTheirs() {
		Samples.check(ours, CHECK).setConclusion("ours edited it");
		Samples.delete(theirs, CHECK);

		MergeResult result = merge();

		Conflict conflict = only(result, ConflictKind.EDIT_DELETE);
		assertEquals(CHECK, conflict.elementKey());
		assertEquals("ours edited it", ((ContractCheck) in(result.merged(), CHECK)).getConclusion());
		result.chooseAll(Side.THEIRS);
		assertNull(in(result.resolve(), CHECK));
	}

	@Test
	void newReferenceToWhatTheOtherSideDeleted() {
		Party partyC = Samples.element(ours, "P-C");
		Samples.<Finding>element(ours, "F-2").setOwner(partyC);
		Samples.delete(theirs, "P-C");

		MergeResult result = merge();

		Conflict conflict = only(result, ConflictKind.REFERENCE_TO_DELETED);
		assertEquals("F-2", conflict.elementId());
		assertEquals("owner", conflict.field());
		assertEquals("P-C", conflict.theirsText());
		Finding kept = in(result.merged(), "F-2");
		assertEquals("P-C", kept.getOwner().getId());
		assertNotNull(in(result.merged(), "P-C"));

		conflict.choose(Side.THEIRS);
		Engagement resolved = result.resolve();
		assertNull(in(resolved, "P-C"));
		assertNull(((Finding) in(resolved, "F-2")).getOwner());
	}

	@Test
	void theirNewReferenceToWhatOursDeleted() {
		Samples.delete(ours, "P-C");
		Samples.<Finding>element(theirs, "F-2").setOwner(Samples.element(theirs, "P-C"));

		MergeResult result = merge();

		Conflict conflict = only(result, ConflictKind.REFERENCE_TO_DELETED);
		assertNull(in(result.merged(), "P-C"));
		assertEquals("P-A", ((Finding) in(result.merged(), "F-2")).getOwner().getId());
		conflict.choose(Side.THEIRS);
		Engagement resolved = result.resolve();
		assertNotNull(in(resolved, "P-C"));
		assertEquals("P-C", ((Finding) in(resolved, "F-2")).getOwner().getId());
	}

	@Test
	void theirNewElementReferringToWhatOursDeletedComesInWithoutTheReference() {
		Samples.delete(ours, "P-C");
		Samples.addFinding(theirs, "F-3", "theirs' finding").setOwner(Samples.element(theirs, "P-C"));

		MergeResult result = merge();

		Conflict conflict = only(result, ConflictKind.REFERENCE_TO_DELETED);
		assertEquals("F-3", conflict.elementId());
		Finding added = in(result.merged(), "F-3");
		assertEquals("theirs' finding", added.getTitle());
		assertNull(added.getOwner());
		conflict.choose(Side.THEIRS);
		Engagement resolved = result.resolve();
		assertEquals("P-C", ((Finding) in(resolved, "F-3")).getOwner().getId());
		assertEquals(1, resolved.getFindings().stream().filter(f -> f.getId().equals("F-3")).count());
	}

	@Test
	void newElementsWithTheSameIdAreBothKeptTheirsRenumbered() {
		Samples.addFinding(ours, "F-3", "ours' F-3");
		Samples.addFinding(theirs, "F-3", "theirs' F-3");
		evidence(ours, "E-5", "ours' E-5");
		Evidence theirsEvidence = evidence(theirs, "E-5", "theirs' E-5");
		Samples.check(theirs, CHECK).getEvidence().add(theirsEvidence);

		MergeResult result = merge();

		List<Conflict> renumbered = result.conflicts().stream().filter(c -> c.kind() == ConflictKind.RENUMBERED)
				.toList();
		assertEquals(List.of("E-5 → E-6", "F-3 → F-4"),
				renumbered.stream().map(c -> c.elementId() + " → " + c.newId()).toList());
		assertTrue(result.isClean());
		Engagement merged = result.merged();
		assertEquals("ours' F-3", ((Finding) in(merged, "F-3")).getTitle());
		assertEquals("theirs' F-3", ((Finding) in(merged, "F-4")).getTitle());
		assertEquals("theirs' E-5", ((Evidence) in(merged, "E-6")).getTitle());
		// theirs' reference follows the renumbered element
		List<String> linked = ((ContractCheck) in(merged, CHECK)).getEvidence().stream().map(Evidence::getId).toList();
		assertTrue(linked.contains("E-6") && !linked.contains("E-5"), linked.toString());
	}

	@Test
	void evidenceFileChangedOnBothSidesKeepsBoth() {
		Evidence oursFile = Samples.element(ours, "E-1");
		oursFile.setSha256("a".repeat(64));
		Evidence theirsFile = Samples.element(theirs, "E-1");
		theirsFile.setSha256("b".repeat(64));
		theirsFile.setTitle("theirs' new version");

		MergeResult result = merge();

		Conflict note = only(result, ConflictKind.EVIDENCE_BOTH_KEPT);
		assertEquals("E-5", note.newId());
		assertTrue(result.isClean(), () -> result.conflicts().toString());
		Engagement merged = result.merged();
		Evidence kept = in(merged, "E-1");
		Evidence copy = in(merged, "E-5");
		assertEquals("a".repeat(64), kept.getSha256());
		assertEquals("b".repeat(64), copy.getSha256());
		assertEquals("theirs' new version", copy.getTitle());
		assertEquals("evidence/receipt-maintenance-contract.E-5.txt", copy.getPath());
		assertEquals(copy.getPath(), note.theirsText());
		// every check that links theirs' file links both now
		for (ContractCheck check : merged.getContractChecks()) {
			assertEquals(check.getEvidence().contains(kept), check.getEvidence().contains(copy), check.getId());
		}
		assertTrue(merged.getContractChecks().stream().anyMatch(c -> c.getEvidence().contains(copy)));
	}

	@Test
	void signOffOverWhatTheOtherSideChangedIsKeptAndStale() {
		String point = "2-A-9-①";
		SignOff signOff = KansaFactory.eINSTANCE.createSignOff();
		signOff.setId("S-4");
		signOff.setCheckPointId(point);
		signOff.setRole(AuditRole.REVIEWER);
		signOff.setSigner(Samples.<TeamMember>element(theirs, "T-2"));
		signOff.setTime(Instant.parse("2025-10-01T00:00:00Z"));
		signOff.getCovers().addAll(SignOffScope.record(SignOffScope.checksOf(theirs, point)));
		theirs.getSignOffs().add(signOff);
		assertFalse(staleSignOffs(theirs).contains("S-4"));
		Samples.check(ours, CHECK).setAssessment(AssessmentStatus.NON_CONFORMING);

		MergeResult result = merge();

		Conflict note = only(result, ConflictKind.SIGN_OFF_STALE);
		assertEquals("S-4", note.elementId());
		assertTrue(note.oursText().contains(CHECK), note.oursText());
		assertTrue(result.isClean());
		Engagement merged = result.merged();
		assertNotNull(in(merged, "S-4"));
		assertEquals(AssessmentStatus.NON_CONFORMING, ((ContractCheck) in(merged, CHECK)).getAssessment());
		assertTrue(staleSignOffs(merged).contains("S-4"));
		assertTrue(staleSignOffs(result.resolve()).contains("S-4"));
	}

	@Test
	void theLaterLastModifiedStampWins() {
		ContractCheck o = Samples.check(ours, CHECK);
		o.setConclusion("ours");
		o.setLastModified(Instant.parse("2025-10-02T00:00:00Z"));
		ContractCheck t = Samples.check(theirs, CHECK);
		t.setResponsibility(Responsibility.VENDOR);
		t.setLastModified(Instant.parse("2025-10-03T00:00:00Z"));

		MergeResult result = merge();

		assertTrue(result.conflicts().isEmpty(), () -> result.conflicts().toString());
		ContractCheck merged = in(result.merged(), CHECK);
		assertEquals("ours", merged.getConclusion());
		assertEquals(Responsibility.VENDOR, merged.getResponsibility());
		assertEquals(Instant.parse("2025-10-03T00:00:00Z"), merged.getLastModified());
	}

	@Test
	void inputsAreNotChanged() {
		Samples.check(theirs, CHECK).setAssessment(AssessmentStatus.CONFORMING);
		Samples.delete(theirs, "F-2");
		merge().resolve();
		assertNotNull(in(ours, "F-2"));
		assertTrue(EngagementComparison.compare(base, ours, Locale.JAPANESE).differences().isEmpty());
	}

	/** The sign-offs KANSA-SIGNOFF-STALE reports. */
	private static List<String> staleSignOffs(Engagement engagement) {
		return EngagementValidation.ruleDiagnostics(EngagementValidation.validate(engagement, new HashMap<>())).stream()
				.filter(d -> ValidationRule.of(d) == ValidationRule.SIGNOFF_STALE)
				.map(d -> ((SignOff) d.getData().get(0)).getId()).toList();
	}

	private static Evidence evidence(Engagement engagement, String id, String title) {
		Evidence evidence = KansaFactory.eINSTANCE.createEvidence();
		evidence.setId(id);
		evidence.setTitle(title);
		evidence.setKind(EvidenceKind.URL);
		evidence.setUrl("https://example.org/" + id);
		engagement.getEvidence().add(evidence);
		return evidence;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Clause;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.ContractKind;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.Finding;
import jp.kansa.model.FindingSeverity;
import jp.kansa.model.FindingStatus;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.Responsibility;
import jp.kansa.model.SignOff;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.EvidenceFiles;
import jp.kansa.model.resource.KansaResources;

/**
 * Builds the shipped sample engagement (架空 みなと総合病院) from the 確認表 catalog, so that the
 * sample can be regenerated after a model change and is byte-for-byte reproducible. The
 * scenario is the one of the 確認表's 利用イメージ: an existing レセプトシステム from vendor A
 * and a new 電子カルテ from vendor B, whose maintenance B subcontracts to C. Every organisation
 * and person is fictional.
 * <p>
 * Planted problems, each found by one rule: three Part 2 gaps in the new maintenance contract,
 * an overlap on the interface both vendors claim, a subcontractor acting without its prime
 * vendor, an いいえ without 完了日, an expired SDS, an overdue finding and a stale sign-off.
 */
public final class SampleEngagementGenerator {

	static final String FILE_NAME = "sample-hospital.kansa";
	static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 9, 30);

	static final List<String> GAPS = List.of("2-C-1-①", "2-C-2-①", "2-C-4-①");
	static final String OVERLAP = "2-B-3-①";
	static final String BROKEN_CHAIN = "2-C-3-①";
	static final String STALE_SIGN_OFF = "2-A-6-①";
	static final String SIGNED_OFF = "1-A-1-①";
	static final String INITIAL_NO_OPEN = "2-A-7-①";
	static final String INITIAL_NO_DONE = "2-A-8-①";

	private static final Instant CHECKS_DONE = Instant.parse("2025-08-29T01:00:00Z");
	private static final Instant SIGNED = Instant.parse("2025-09-01T06:00:00Z");
	private static final Instant REVIEWED = Instant.parse("2025-09-05T06:00:00Z");
	private static final Instant CHANGED_LATER = Instant.parse("2025-09-12T02:30:00Z");

	private final KansaFactory f = KansaFactory.eINSTANCE;
	private final Map<String, String> evidenceFiles = new LinkedHashMap<>();

	/** Writes the sample and its evidence files into {@code folder}. */
	public static Path write(Catalog catalog, Path folder) throws IOException {
		SampleEngagementGenerator generator = new SampleEngagementGenerator();
		Engagement engagement = generator.create(catalog);
		for (Map.Entry<String, String> file : generator.evidenceFiles.entrySet()) {
			Path path = folder.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
		}
		for (Evidence evidence : engagement.getEvidence()) {
			if (evidence.getKind() == EvidenceKind.FILE) {
				EvidenceFiles.record(folder, evidence);
			}
		}
		Path target = folder.resolve(FILE_NAME);
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(target.toString()));
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, target);
		Files.deleteIfExists(EngagementFiles.backupOf(target));
		return target;
	}

	Engagement create(Catalog catalog) {
		Engagement engagement = f.createEngagement();
		engagement.setId("engagement");
		engagement.setName("みなと総合病院 医療情報システム契約 役割分担監査 (令和7年度)");
		engagement.setReferenceDate(REFERENCE_DATE);
		engagement.setPeriodStart(LocalDate.of(2025, 4, 1));
		engagement.setPeriodEnd(LocalDate.of(2026, 3, 31));
		engagement.setCatalogId(catalog.getId());

		TeamMember preparer = member(engagement, "T-1", "監査 花子 (架空)", AuditRole.PREPARER);
		TeamMember reviewer = member(engagement, "T-2", "査閲 太郎 (架空)", AuditRole.REVIEWER);

		Party hospital = party(engagement, "P-HOSP", "みなと総合病院 (架空)", PartyKind.INSTITUTION, null);
		engagement.setInstitution(hospital);
		Party vendorA = party(engagement, "P-A", "Aメディカルシステムズ株式会社 (架空)", PartyKind.VENDOR, null);
		Party vendorB = party(engagement, "P-B", "B情報システム株式会社 (架空)", PartyKind.PRIME_VENDOR, null);
		Party vendorC = party(engagement, "P-C", "Cサポートサービス株式会社 (架空)", PartyKind.SUBCONTRACTOR, vendorB);
		hospital.setContact("情報システム管理室 内線 1234");
		hospital.setEmergencyContact("情報システム管理室 当直 090-0000-0000 (架空)");
		vendorA.setEmergencyContact("A社 サポートセンター 0120-000-001 (架空)");
		vendorB.setEmergencyContact("B社 障害受付 0120-000-002 (架空)");
		vendorC.setEmergencyContact("C社 運用センター 0120-000-003 (架空)");

		Contract receipt = contract(engagement, "C-1", "レセプトシステム保守契約", ContractKind.MAINTENANCE,
				List.of("レセプト", "電子カルテ連携"), hospital, vendorA);
		receipt.setStartDate(LocalDate.of(2019, 4, 1));
		Clause receiptSecrecy = clause(receipt, "CL-1-12", "第12条", "秘密保持");
		Contract ehr = contract(engagement, "C-2", "電子カルテシステム導入契約", ContractKind.SYSTEM_INTRODUCTION,
				List.of("電子カルテ", "電子カルテ連携"), hospital, vendorB);
		ehr.setStartDate(LocalDate.of(2025, 4, 1));
		clause(ehr, "CL-2-5", "第5条", "検収");
		Contract ehrMaintenance = contract(engagement, "C-3", "電子カルテシステム保守・運用契約", ContractKind.MAINTENANCE,
				List.of("電子カルテ"), hospital, vendorB, vendorC);
		ehrMaintenance.setStartDate(LocalDate.of(2025, 10, 1));
		Clause subcontracting = clause(ehrMaintenance, "CL-3-8", "第8条", "再委託");
		clause(ehrMaintenance, "CL-3-15", "第15条", "障害対応");

		Evidence receiptContract = fileEvidence(engagement, "E-1", "レセプトシステム保守契約書 (写し)",
				"evidence/receipt-maintenance-contract.txt", vendorA, LocalDate.of(2019, 4, 1), null,
				"レセプトシステム保守契約書 (架空・サンプル)\n第12条 (秘密保持) 乙は、業務上知り得た医療情報を第三者に開示してはならない。\n");
		receiptContract.setClause(receiptSecrecy);
		Evidence sla = fileEvidence(engagement, "E-2", "電子カルテ サービス・レベル合意書 (SLA)", "evidence/ehr-sla.txt", vendorB,
				LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
				"サービス・レベル合意書 (架空・サンプル)\n稼働率 99.9% / 障害一次連絡 30分以内 / 定期報告 月次\n");
		Evidence oldSds = fileEvidence(engagement, "E-3", "レセプトシステム サービス仕様適合開示書 (2024年版)",
				"evidence/receipt-sds-2024.txt", vendorA, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31),
				"サービス仕様適合開示書 (架空・サンプル) 2024年版\n有効期限 2025-03-31\n");
		Evidence subcontractClause = f.createEvidence();
		subcontractClause.setId("E-4");
		subcontractClause.setTitle("保守・運用契約 第8条 (再委託)");
		subcontractClause.setKind(EvidenceKind.CONTRACT_CLAUSE);
		subcontractClause.setClause(subcontracting);
		subcontractClause.setProvidedBy(vendorB);
		engagement.getEvidence().add(subcontractClause);

		List<CheckPoint> checkPoints = checkPoints(catalog);
		int position = 0;
		for (CheckPoint checkPoint : checkPoints) {
			boolean part2 = checkPoint.getItem().getCategory().getPart().getNumber() == 2;
			ContractCheck r = check(engagement, receipt, checkPoint, part2, hospital, vendorA);
			r.setInitialCheck(InitialCheck.YES);
			r.setInitialCheckDate(LocalDate.of(2024, 4, 15));
			if (position < 8) {
				assess(r, AssessmentStatus.CONFORMING, receiptContract);
			} else if (position == 8) {
				assess(r, AssessmentStatus.CONFORMING, oldSds);
			}
			ContractCheck e = check(engagement, ehr, checkPoint, part2, hospital, vendorB);
			if (position < 10) {
				e.setInitialCheck(InitialCheck.YES);
				e.setInitialCheckDate(LocalDate.of(2025, 5, 20));
			}
			if (position < 3) {
				assess(e, AssessmentStatus.CONFORMING, sla);
			}
			ContractCheck m = check(engagement, ehrMaintenance, checkPoint, part2, hospital, vendorB, vendorC);
			plantProblems(checkPoint.getId(), r, e, m, vendorA, vendorB, vendorC);
			position++;
		}
		ContractCheck chain = find(engagement, ehrMaintenance, BROKEN_CHAIN);
		chain.getClauses().add(subcontracting);
		chain.getEvidence().add(subcontractClause);

		signOff(engagement, "S-1", SIGNED_OFF, AuditRole.PREPARER, preparer, SIGNED);
		signOff(engagement, "S-2", SIGNED_OFF, AuditRole.REVIEWER, reviewer, REVIEWED);
		signOff(engagement, "S-3", STALE_SIGN_OFF, AuditRole.PREPARER, preparer, SIGNED);

		var note = f.createAnnotation();
		note.setAuthor(preparer);
		note.setTime(CHANGED_LATER);
		note.setTickmark("※");
		note.setText("SLA 改定版の受領を B社に依頼中。受領後に再評価する。");
		find(engagement, ehr, STALE_SIGN_OFF).getAnnotations().add(note);

		Finding gapFinding = f.createFinding();
		gapFinding.setId("F-1");
		gapFinding.setTitle("保守・運用契約で監視・事故報告の役割分担が未合意");
		gapFinding.setSeverity(FindingSeverity.HIGH);
		gapFinding.setDescription("電子カルテ保守・運用契約 (C-3) の Part2 確認事項のうち、監視と事故報告の責任者が定まっていない。");
		gapFinding.setRecommendation("B社・C社と協議し、確認表の役割分担を契約開始前に合意すること。");
		gapFinding.setOwner(hospital);
		gapFinding.setDueDate(LocalDate.of(2025, 8, 31));
		gapFinding.setStatus(FindingStatus.OPEN);
		gapFinding.getCheckPointIds().addAll(GAPS);
		engagement.getFindings().add(gapFinding);
		Finding closed = f.createFinding();
		closed.setId("F-2");
		closed.setTitle("レセプトシステム保守の緊急連絡先が古い");
		closed.setSeverity(FindingSeverity.LOW);
		closed.setOwner(vendorA);
		closed.setDueDate(LocalDate.of(2025, 6, 30));
		closed.setStatus(FindingStatus.CLOSED);
		closed.getCheckPointIds().add("1-A-2-①");
		engagement.getFindings().add(closed);
		return engagement;
	}

	private void plantProblems(String id, ContractCheck receipt, ContractCheck ehr, ContractCheck maintenance,
			Party vendorA, Party vendorB, Party vendorC) {
		if (GAPS.contains(id)) {
			maintenance.setResponsibility(Responsibility.UNASSIGNED);
			maintenance.getResponsibleParties().clear();
		} else if (id.equals(OVERLAP)) {
			sole(receipt, vendorA);
			sole(ehr, vendorB);
		} else if (id.equals(BROKEN_CHAIN)) {
			sole(maintenance, vendorC);
		} else if (id.equals(INITIAL_NO_OPEN)) {
			ehr.setInitialCheck(InitialCheck.NO);
			ehr.setInitialCheckDate(LocalDate.of(2025, 5, 20));
		} else if (id.equals(INITIAL_NO_DONE)) {
			ehr.setInitialCheck(InitialCheck.NO);
			ehr.setInitialCheckDate(LocalDate.of(2025, 5, 20));
			ehr.setCompletionDate(LocalDate.of(2025, 7, 31));
		} else if (id.equals(STALE_SIGN_OFF)) {
			ehr.setConclusion("SLA 改定待ち");
			ehr.setLastModified(CHANGED_LATER);
		}
	}

	private static void sole(ContractCheck check, Party vendor) {
		check.setResponsibility(Responsibility.VENDOR);
		check.getResponsibleParties().clear();
		check.getResponsibleParties().add(vendor);
	}

	private static void assess(ContractCheck check, AssessmentStatus status, Evidence evidence) {
		check.setAssessment(status);
		check.getEvidence().add(evidence);
		check.setConclusion("証跡により確認した。");
	}

	private ContractCheck check(Engagement engagement, Contract contract, CheckPoint checkPoint, boolean part2,
			Party hospital, Party... vendors) {
		ContractCheck check = f.createContractCheck();
		check.setId(contract.getId() + "/" + checkPoint.getId());
		check.setContract(contract);
		check.setCheckPointId(checkPoint.getId());
		check.getResponsibleParties().add(hospital);
		if (part2) {
			check.setResponsibility(Responsibility.JOINT);
			check.getResponsibleParties().addAll(List.of(vendors));
		} else {
			check.setResponsibility(Responsibility.INSTITUTION);
		}
		check.setLastModified(CHECKS_DONE);
		engagement.getContractChecks().add(check);
		return check;
	}

	private static ContractCheck find(Engagement engagement, Contract contract, String checkPointId) {
		return engagement.getContractChecks().stream()
				.filter(c -> c.getContract() == contract && c.getCheckPointId().equals(checkPointId)).findFirst()
				.orElseThrow(() -> new IllegalStateException("the catalog has no check point " + checkPointId));
	}

	static List<CheckPoint> checkPoints(Catalog catalog) {
		List<CheckPoint> all = new ArrayList<>();
		catalog.eAllContents().forEachRemaining(o -> {
			if (o instanceof CheckPoint checkPoint) {
				all.add(checkPoint);
			}
		});
		Set<String> ids = new java.util.HashSet<>();
		all.forEach(c -> ids.add(c.getId()));
		for (String planted : List.of(OVERLAP, BROKEN_CHAIN, STALE_SIGN_OFF, SIGNED_OFF, INITIAL_NO_OPEN, INITIAL_NO_DONE)) {
			if (!ids.contains(planted)) {
				throw new IllegalStateException("the catalog has no check point " + planted + ": update the sample plan");
			}
		}
		return all;
	}

	private TeamMember member(Engagement engagement, String id, String name, AuditRole role) {
		TeamMember member = f.createTeamMember();
		member.setId(id);
		member.setName(name);
		member.setRole(role);
		engagement.getTeam().add(member);
		return member;
	}

	private Party party(Engagement engagement, String id, String name, PartyKind kind, Party engagedBy) {
		Party party = f.createParty();
		party.setId(id);
		party.setName(name);
		party.setKind(kind);
		party.setEngagedBy(engagedBy);
		engagement.getParties().add(party);
		return party;
	}

	private Contract contract(Engagement engagement, String id, String title, ContractKind kind, List<String> systems,
			Party... parties) {
		Contract contract = f.createContract();
		contract.setId(id);
		contract.setTitle(title);
		contract.setKind(kind);
		contract.getSystems().addAll(systems);
		contract.getParties().addAll(List.of(parties));
		engagement.getContracts().add(contract);
		return contract;
	}

	private Clause clause(Contract contract, String id, String number, String heading) {
		Clause clause = f.createClause();
		clause.setId(id);
		clause.setNumber(number);
		clause.setHeading(heading);
		contract.getClauses().add(clause);
		return clause;
	}

	private Evidence fileEvidence(Engagement engagement, String id, String title, String path, Party providedBy,
			LocalDate effective, LocalDate expiry, String content) {
		Evidence evidence = f.createEvidence();
		evidence.setId(id);
		evidence.setTitle(title);
		evidence.setKind(EvidenceKind.FILE);
		evidence.setPath(path);
		evidence.setProvidedBy(providedBy);
		evidence.setEffectiveDate(effective);
		evidence.setExpiryDate(expiry);
		engagement.getEvidence().add(evidence);
		evidenceFiles.put(path, content);
		return evidence;
	}

	private void signOff(Engagement engagement, String id, String checkPointId, AuditRole role, TeamMember signer,
			Instant time) {
		SignOff signOff = f.createSignOff();
		signOff.setId(id);
		signOff.setCheckPointId(checkPointId);
		signOff.setRole(role);
		signOff.setSigner(signer);
		signOff.setTime(time);
		engagement.getSignOffs().add(signOff);
	}
}

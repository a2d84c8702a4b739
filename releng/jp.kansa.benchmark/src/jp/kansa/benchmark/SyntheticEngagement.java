/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.ContractKind;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.Finding;
import jp.kansa.model.FindingSeverity;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.Responsibility;
import jp.kansa.model.SignOff;
import jp.kansa.model.TeamMember;

/**
 * A large engagement of made-up but realistic shape: 200 contracts × every check point of the
 * catalog, 50,000 evidence items, 20,000 annotations, Japanese text throughout. Seeded, so every
 * run exports the same cells.
 */
final class SyntheticEngagement {

	static final int CONTRACTS = 200;
	static final int EVIDENCE = 50_000;
	static final int ANNOTATIONS = 20_000;

	private static final String[] WORDS = { "医療情報システム", "保守契約", "サービス仕様適合開示書", "アクセスログ", "バックアップ",
			"障害対応手順", "再委託先", "秘密保持", "脆弱性診断", "運用管理規程", "監査証跡", "事業継続計画", "委託先管理", "責任分界点",
			"定期報告", "第三者認証", "インシデント", "暗号化", "多要素認証", "ネットワーク監視" };
	private static final String[] ENDINGS = { "を確認した。", "について合意済み。", "の提出を依頼中。", "は次回監査で再確認する。",
			"に不備があり是正を求めた。", "の記載を契約書で確認した。" };

	private final KansaFactory f = KansaFactory.eINSTANCE;
	private final Random random = new Random(42);

	Engagement create(Catalog catalog) {
		Engagement engagement = f.createEngagement();
		engagement.setId("synthetic");
		engagement.setName("ベンチマーク総合病院 医療情報システム契約 役割分担監査 (合成データ)");
		engagement.setReferenceDate(LocalDate.of(2025, 9, 30));
		engagement.setPeriodStart(LocalDate.of(2025, 4, 1));
		engagement.setPeriodEnd(LocalDate.of(2026, 3, 31));
		engagement.setCatalogId(catalog.getId());
		List<TeamMember> team = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			TeamMember member = f.createTeamMember();
			member.setId("T-" + i);
			member.setName("監査 担当" + i + " (合成)");
			member.setRole(i == 4 ? AuditRole.REVIEWER : AuditRole.PREPARER);
			engagement.getTeam().add(member);
			team.add(member);
		}
		Party hospital = party(engagement, "P-HOSP", "ベンチマーク総合病院 (合成)", PartyKind.INSTITUTION);
		engagement.setInstitution(hospital);
		List<Party> vendors = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			vendors.add(party(engagement, "P-" + i, "合成システムズ" + i + "株式会社", PartyKind.VENDOR));
		}
		List<Contract> contracts = new ArrayList<>();
		for (int i = 1; i <= CONTRACTS; i++) {
			Contract contract = f.createContract();
			contract.setId("C-" + i);
			contract.setTitle(WORDS[i % WORDS.length] + "に関する" + (i % 2 == 0 ? "保守契約" : "導入契約") + " 第" + i + "号");
			contract.setKind(i % 2 == 0 ? ContractKind.MAINTENANCE : ContractKind.SYSTEM_INTRODUCTION);
			contract.getParties().add(hospital);
			contract.getParties().add(vendors.get(i % vendors.size()));
			engagement.getContracts().add(contract);
			contracts.add(contract);
		}
		List<Evidence> evidence = new ArrayList<>();
		HexFormat hex = HexFormat.of();
		byte[] hash = new byte[32];
		for (int i = 1; i <= EVIDENCE; i++) {
			Evidence item = f.createEvidence();
			item.setId("E-" + i);
			item.setTitle(words(3) + " (第" + i + "版)");
			item.setKind(EvidenceKind.DOCUMENT);
			item.setPath("evidence/" + (i % 200) + "/証跡-" + i + ".pdf");
			random.nextBytes(hash);
			item.setSha256(hex.formatHex(hash));
			item.setSize(10_000 + random.nextInt(5_000_000));
			item.setProvidedBy(vendors.get(i % vendors.size()));
			item.setEffectiveDate(LocalDate.of(2024, 1, 1).plusDays(i % 600));
			if (i % 3 == 0) {
				item.setExpiryDate(LocalDate.of(2026, 1, 1).plusDays(i % 700));
			}
			engagement.getEvidence().add(item);
			evidence.add(item);
		}
		List<CheckPoint> checkPoints = new ArrayList<>();
		catalog.getParts().forEach(p -> p.getCategories().forEach(c -> c.getItems()
				.forEach(item -> checkPoints.addAll(item.getCheckPoints()))));
		List<ContractCheck> checks = new ArrayList<>();
		int nextEvidence = 0;
		for (Contract contract : contracts) {
			Party vendor = contract.getParties().get(1);
			for (CheckPoint checkPoint : checkPoints) {
				ContractCheck check = f.createContractCheck();
				check.setId(contract.getId() + "/" + checkPoint.getId());
				check.setContract(contract);
				check.setCheckPointId(checkPoint.getId());
				int r = random.nextInt(100);
				check.setResponsibility(r < 3 ? Responsibility.UNASSIGNED : r < 40 ? Responsibility.INSTITUTION
						: r < 70 ? Responsibility.VENDOR : Responsibility.JOINT);
				if (check.getResponsibility() != Responsibility.UNASSIGNED) {
					check.getResponsibleParties().add(check.getResponsibility() == Responsibility.INSTITUTION ? hospital
							: vendor);
				}
				check.setInitialCheck(random.nextBoolean() ? InitialCheck.YES : InitialCheck.NO);
				check.setInitialCheckDate(LocalDate.of(2025, 4, 1).plusDays(random.nextInt(120)));
				if (check.getInitialCheck() == InitialCheck.NO) {
					check.setCompletionDate(LocalDate.of(2025, 6, 1).plusDays(random.nextInt(100)));
				}
				check.setAssessment(AssessmentStatus.get(random.nextInt(5)));
				check.setConclusion(words(2) + ENDINGS[random.nextInt(ENDINGS.length)]);
				for (int e = 0; e < 4 && nextEvidence < evidence.size(); e++) {
					check.getEvidence().add(evidence.get(nextEvidence++ % evidence.size()));
				}
				engagement.getContractChecks().add(check);
				checks.add(check);
			}
		}
		for (int i = 0; i < ANNOTATIONS; i++) {
			var note = f.createAnnotation();
			note.setAuthor(team.get(i % 3));
			note.setTime(Instant.parse("2025-08-01T00:00:00Z").plusSeconds(i * 97L));
			note.setTickmark(i % 5 == 0 ? "※" : null);
			note.setText(words(4) + ENDINGS[i % ENDINGS.length]);
			checks.get((i * 7919) % checks.size()).getAnnotations().add(note);
		}
		for (int i = 0; i < checkPoints.size(); i++) {
			SignOff signOff = f.createSignOff();
			signOff.setId("S-" + i);
			signOff.setCheckPointId(checkPoints.get(i).getId());
			signOff.setRole(AuditRole.PREPARER);
			signOff.setSigner(team.get(i % 3));
			signOff.setTime(Instant.parse("2025-09-01T00:00:00Z"));
			engagement.getSignOffs().add(signOff);
		}
		for (int i = 1; i <= 100; i++) {
			Finding finding = f.createFinding();
			finding.setId("F-" + i);
			finding.setTitle(words(2) + "の不備");
			finding.setSeverity(FindingSeverity.get(i % 3));
			finding.setDescription(words(6) + ENDINGS[i % ENDINGS.length]);
			finding.setRecommendation(words(3) + "を見直すこと。");
			finding.setOwner(vendors.get(i % vendors.size()));
			finding.setDueDate(LocalDate.of(2025, 12, 31));
			finding.getCheckPointIds().add(checkPoints.get(i % checkPoints.size()).getId());
			engagement.getFindings().add(finding);
		}
		return engagement;
	}

	private Party party(Engagement engagement, String id, String name, PartyKind kind) {
		Party party = f.createParty();
		party.setId(id);
		party.setName(name);
		party.setKind(kind);
		engagement.getParties().add(party);
		return party;
	}

	private String words(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(WORDS[random.nextInt(WORDS.length)]).append(i + 1 < count ? "と" : "");
		}
		return text.toString();
	}
}

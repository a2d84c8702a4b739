/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.ContractKind;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.Finding;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.Responsibility;
import jp.kansa.model.TeamMember;
import jp.kansa.model.compare.EngagementComparison;
import jp.kansa.model.compare.ThreeWayComparison;
import jp.kansa.model.engagement.EngagementFiles;

/**
 * Micro-benchmark, not a test (run by compare-benchmark.sh in a plain JVM): an engagement of the
 * shape of releng/benchmark.sh's synthetic one (200 contracts × the 54 check points, 50,000
 * evidence items, 20,000 annotations), two copies with 1,000 changed fields each (some on the
 * same fields, so there are conflicts), timed two-way (base → ours) and three-way
 * (base, ours, theirs). Prints the median of the measured runs after uncounted warm-ups.
 */
public final class CompareBenchmark {

	private static final int CONTRACTS = 200;
	private static final int EVIDENCE = 50_000;
	private static final int ANNOTATIONS = 20_000;
	private static final int CHANGES_PER_SIDE = 1_000;

	private final KansaFactory f = KansaFactory.eINSTANCE;

	CompareBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int warmUps = Integer.getInteger("bench.warmUps", 3).intValue(); //$NON-NLS-1$
		int runs = Integer.getInteger("bench.runs", 5).intValue(); //$NON-NLS-1$
		List<String> checkPoints = checkPointIds(Path.of(args.length > 0 ? args[0] : Samples.SAMPLE.toString()));
		CompareBenchmark bench = new CompareBenchmark();
		Engagement base = bench.engagement(checkPoints);
		Engagement ours = EcoreUtil.copy(base);
		Engagement theirs = EcoreUtil.copy(base);
		bench.change(ours, new Random(1));
		bench.change(theirs, new Random(2));

		long[] twoWay = new long[runs];
		long[] threeWay = new long[runs];
		// CPU time of this thread beside wall time: on a shared, loaded machine it is the steadier figure
		long[] twoWayCpu = new long[runs];
		long[] threeWayCpu = new long[runs];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int differences = 0;
		int conflicts = 0;
		int changes = 0;
		for (int i = 0; i < warmUps + runs; i++) {
			long start = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			differences = EngagementComparison.compare(base, ours, Locale.JAPANESE).differences().size();
			long two = System.nanoTime() - start;
			long twoCpu = threads.getCurrentThreadCpuTime() - cpu;
			start = System.nanoTime();
			cpu = threads.getCurrentThreadCpuTime();
			ThreeWayComparison threeWayResult = new ThreeWayComparison(base, ours, theirs);
			changes = threeWayResult.changes().size();
			conflicts = threeWayResult.conflicts().size();
			long three = System.nanoTime() - start;
			long threeCpu = threads.getCurrentThreadCpuTime() - cpu;
			if (i >= warmUps) {
				twoWay[i - warmUps] = two;
				threeWay[i - warmUps] = three;
				twoWayCpu[i - warmUps] = twoCpu;
				threeWayCpu[i - warmUps] = threeCpu;
			}
		}
		System.out.printf("engagement: %d contracts, %d checks, %d evidence, %d annotations; %d changed fields per side%n", //$NON-NLS-1$
				CONTRACTS, base.getContractChecks().size(), base.getEvidence().size(), ANNOTATIONS, CHANGES_PER_SIDE);
		System.out.printf("two-way compare (base -> ours): %d differences, median %d ms (min %d), CPU median %d ms%n", //$NON-NLS-1$
				differences, median(twoWay), min(twoWay), median(twoWayCpu));
		System.out.printf("three-way classification (base, ours, theirs): %d changes, %d conflicts, median %d ms (min %d), CPU median %d ms%n", //$NON-NLS-1$
				changes, conflicts, median(threeWay), min(threeWay), median(threeWayCpu));
		System.out.printf("load average at the end: %.1f on %d cores%n", //$NON-NLS-1$
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
		System.out.printf("(%d warm-ups, %d measured runs, %s)%n", warmUps, runs, Runtime.version()); //$NON-NLS-1$
	}

	static List<String> checkPointIds(Path sample) throws Exception {
		Set<String> ids = new LinkedHashSet<>();
		EngagementFiles.load(sample).getContractChecks().forEach(c -> ids.add(c.getCheckPointId()));
		return new ArrayList<>(ids);
	}

	/** The synthetic engagement (also used by {@link MergeBenchmark}). */
	Engagement engagement(List<String> checkPoints) {
		Random random = new Random(42);
		Engagement engagement = f.createEngagement();
		engagement.setId("synthetic"); //$NON-NLS-1$
		engagement.setName("ベンチマーク総合病院 (合成)"); //$NON-NLS-1$
		engagement.setReferenceDate(LocalDate.of(2025, 9, 30));
		List<TeamMember> team = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			TeamMember member = f.createTeamMember();
			member.setId("T-" + i); //$NON-NLS-1$
			member.setName("監査 担当" + i); //$NON-NLS-1$
			member.setRole(i == 4 ? AuditRole.REVIEWER : AuditRole.PREPARER);
			engagement.getTeam().add(member);
			team.add(member);
		}
		Party hospital = party(engagement, "P-HOSP", PartyKind.INSTITUTION); //$NON-NLS-1$
		List<Party> vendors = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			vendors.add(party(engagement, "P-" + i, PartyKind.VENDOR)); //$NON-NLS-1$
		}
		List<Contract> contracts = new ArrayList<>();
		for (int i = 1; i <= CONTRACTS; i++) {
			Contract contract = f.createContract();
			contract.setId("C-" + i); //$NON-NLS-1$
			contract.setTitle("合成契約 第" + i + "号"); //$NON-NLS-1$ //$NON-NLS-2$
			contract.setKind(i % 2 == 0 ? ContractKind.MAINTENANCE : ContractKind.SYSTEM_INTRODUCTION);
			contract.getSystems().add("システム" + i % 20); //$NON-NLS-1$
			contract.getParties().addAll(List.of(hospital, vendors.get(i % vendors.size())));
			engagement.getContracts().add(contract);
			contracts.add(contract);
		}
		List<Evidence> evidence = new ArrayList<>();
		for (int i = 1; i <= EVIDENCE; i++) {
			Evidence item = f.createEvidence();
			item.setId("E-" + i); //$NON-NLS-1$
			item.setTitle("証跡 第" + i + "版"); //$NON-NLS-1$ //$NON-NLS-2$
			item.setKind(EvidenceKind.DOCUMENT);
			item.setPath("evidence/" + i % 200 + "/証跡-" + i + ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			item.setSha256(Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
			item.setSize(10_000 + random.nextInt(5_000_000));
			item.setProvidedBy(vendors.get(i % vendors.size()));
			item.setEffectiveDate(LocalDate.of(2024, 1, 1).plusDays(i % 600));
			engagement.getEvidence().add(item);
			evidence.add(item);
		}
		List<ContractCheck> checks = new ArrayList<>();
		int nextEvidence = 0;
		for (Contract contract : contracts) {
			for (String checkPoint : checkPoints) {
				ContractCheck check = f.createContractCheck();
				check.setId(contract.getId() + "/" + checkPoint); //$NON-NLS-1$
				check.setContract(contract);
				check.setCheckPointId(checkPoint);
				check.setResponsibility(Responsibility.get(1 + random.nextInt(3)));
				check.getResponsibleParties().add(contract.getParties().get(random.nextInt(2)));
				check.setInitialCheck(random.nextBoolean() ? InitialCheck.YES : InitialCheck.NO);
				check.setInitialCheckDate(LocalDate.of(2025, 4, 1).plusDays(random.nextInt(120)));
				check.setAssessment(AssessmentStatus.get(random.nextInt(5)));
				check.setConclusion("証跡 " + random.nextInt(1000) + " により確認した。"); //$NON-NLS-1$ //$NON-NLS-2$
				check.setLastModified(Instant.parse("2025-08-29T01:00:00Z")); //$NON-NLS-1$
				for (int e = 0; e < 4 && nextEvidence < evidence.size(); e++) {
					check.getEvidence().add(evidence.get(nextEvidence++));
				}
				engagement.getContractChecks().add(check);
				checks.add(check);
			}
		}
		for (int i = 0; i < ANNOTATIONS; i++) {
			var note = f.createAnnotation();
			note.setAuthor(team.get(i % 3));
			note.setTime(Instant.parse("2025-08-01T00:00:00Z").plusSeconds(i * 97L)); //$NON-NLS-1$
			note.setText("注記 " + i); //$NON-NLS-1$
			checks.get(i * 7919 % checks.size()).getAnnotations().add(note);
		}
		for (int i = 1; i <= 100; i++) {
			Finding finding = f.createFinding();
			finding.setId("F-" + i); //$NON-NLS-1$
			finding.setTitle("指摘 " + i); //$NON-NLS-1$
			finding.setOwner(vendors.get(i % vendors.size()));
			finding.getCheckPointIds().add(checkPoints.get(i % checkPoints.size()));
			engagement.getFindings().add(finding);
		}
		return engagement;
	}

	private Party party(Engagement engagement, String id, PartyKind kind) {
		Party party = f.createParty();
		party.setId(id);
		party.setName("合成 " + id); //$NON-NLS-1$
		party.setKind(kind);
		engagement.getParties().add(party);
		return party;
	}

	/** 1,000 different (check, field) edits, each to a value the base does not have. */
	void change(Engagement engagement, Random random) {
		List<ContractCheck> checks = engagement.getContractChecks();
		Set<String> done = new HashSet<>();
		while (done.size() < CHANGES_PER_SIDE) {
			ContractCheck check = checks.get(random.nextInt(checks.size()));
			int field = random.nextInt(4);
			if (!done.add(check.getId() + field)) {
				continue;
			}
			switch (field) {
			case 0 -> check.setAssessment(AssessmentStatus.get((check.getAssessment().getValue() + 1) % 5));
			case 1 -> check.setConclusion(check.getConclusion() + " 再確認済み。"); //$NON-NLS-1$
			case 2 -> check.setCompletionDate(LocalDate.of(2025, 10, 1).plusDays(random.nextInt(60)));
			default -> check.setResponsibility(check.getResponsibility() == Responsibility.JOINT
					? Responsibility.VENDOR : Responsibility.JOINT);
			}
		}
	}

	static long median(long[] nanos) {
		long[] sorted = Arrays.copyOf(nanos, nanos.length);
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1_000_000;
	}

	static long min(long[] nanos) {
		return Arrays.stream(nanos).min().orElse(0) / 1_000_000;
	}
}

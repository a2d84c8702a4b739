/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.Reference;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Responsibility;
import jp.kansa.model.Section;
import jp.kansa.model.Volume;

/**
 * How far an engagement covers the guideline sections the 確認表 cites — the one definition that
 * the ガイドラインカバレッジ view and the workpaper's サマリー both count with, and say in words
 * ({@link #definition(Locale)}).
 * <p>
 * The unit is a <em>check</em>: one in-scope contract × one check point citing the target (the
 * target itself or anything inside it, so a 編 sums up its sections, each check point once). A
 * check assessed 該当なし or assigned 対象外 does not apply to its contract and is left out; a
 * contract without a check for the check point counts as 未評価. 適合 counts the checks assessed
 * 適合; everything else (未評価, 一部適合, 不適合) is not yet 適合. An earlier definition counted a
 * check point only once every contract had it 適合, which showed 0 % everywhere while single
 * contracts were 適合 — and the numbers did not say what they counted.
 */
public final class GuidelineCoverage {

	/**
	 * The counts of one target or check point.
	 *
	 * @param checkPoints the check points citing the target
	 * @param checks      their checks across in-scope contracts that apply (the denominator)
	 * @param conforming  the checks among them assessed 適合
	 */
	public record Tally(int checkPoints, int checks, int conforming) {

		/** Checks not (yet) 適合. */
		public int notConforming() {
			return checks - conforming;
		}

		/** Share of the checks that are 適合, 0 to 1; 0 when no check applies. */
		public double rate() {
			return checks == 0 ? 0 : (double) conforming / checks;
		}
	}

	private static final String MESSAGES = "jp.kansa.model.engagement.messages"; //$NON-NLS-1$

	private final List<Contract> inScope = new ArrayList<>();
	private final ContractCheckIndex index;

	private GuidelineCoverage(Engagement engagement) {
		for (Contract contract : engagement.getContracts()) {
			if (contract.isInScope()) {
				inScope.add(contract);
			}
		}
		this.index = ContractCheckIndex.of(engagement);
	}

	/** A snapshot of the engagement's checks; build a new one after edits. */
	public static GuidelineCoverage of(Engagement engagement) {
		return new GuidelineCoverage(engagement);
	}

	/** The check points citing {@code target} or anything inside it, each once, in citation order. */
	public static Set<String> citing(ReferenceTarget target) {
		Set<String> ids = new LinkedHashSet<>();
		collect(target, ids);
		return ids;
	}

	/** The check points citing {@code target} itself (not its sections), in citation order. */
	public static Set<String> citingDirectly(ReferenceTarget target) {
		Set<String> ids = new LinkedHashSet<>();
		for (Reference reference : target.getCitations()) {
			if (reference.getCheckPoint() != null) {
				ids.add(reference.getCheckPoint().getId());
			}
		}
		return ids;
	}

	private static void collect(ReferenceTarget target, Set<String> ids) {
		ids.addAll(citingDirectly(target));
		for (ReferenceTarget child : children(target)) {
			collect(child, ids);
		}
	}

	/** The 編 of a document, the sections of a 編, the subsections of a section. */
	public static List<? extends ReferenceTarget> children(ReferenceTarget target) {
		if (target instanceof GuidelineDocument document) {
			return document.getVolumes();
		}
		if (target instanceof Volume volume) {
			return volume.getSections();
		}
		if (target instanceof Section section) {
			return section.getSubsections();
		}
		return List.of();
	}

	/** The coverage of {@code target}: the check points citing it or anything inside it. */
	public Tally tally(ReferenceTarget target) {
		return tally(citing(target));
	}

	/** The coverage of these check points. */
	public Tally tally(Collection<String> checkPointIds) {
		int checks = 0;
		int conforming = 0;
		for (String id : checkPointIds) {
			for (AssessmentStatus assessment : assessments(id).values()) {
				checks++;
				if (assessment == AssessmentStatus.CONFORMING) {
					conforming++;
				}
			}
		}
		return new Tally(checkPointIds.size(), checks, conforming);
	}

	/**
	 * The checks of one check point that count, by in-scope contract in file order: the
	 * assessment of each, 未評価 where the contract has no check yet. Contracts where the check
	 * point does not apply (該当なし, 対象外) are not in the map.
	 */
	public Map<Contract, AssessmentStatus> assessments(String checkPointId) {
		Map<Contract, AssessmentStatus> counted = new LinkedHashMap<>();
		for (Contract contract : inScope) {
			ContractCheck check = index.find(contract, checkPointId).orElse(null);
			if (check == null) {
				counted.put(contract, AssessmentStatus.NOT_ASSESSED);
			} else if (applies(check)) {
				counted.put(contract, check.getAssessment());
			}
		}
		return counted;
	}

	private static boolean applies(ContractCheck check) {
		return check.getAssessment() != AssessmentStatus.NOT_APPLICABLE
				&& check.getResponsibility() != Responsibility.NOT_APPLICABLE;
	}

	/** The sentence that says what the coverage counts, for the view and the workpaper. */
	public static String definition(Locale locale) {
		return text("definition", locale); //$NON-NLS-1$
	}

	/**
	 * The heading of a count, the same in the view and the workpaper: {@code checkPoints},
	 * {@code checks}, {@code conforming}, {@code notConforming} or {@code rate}.
	 */
	public static String heading(String count, Locale locale) {
		return text("heading." + count, locale); //$NON-NLS-1$
	}

	private static String text(String key, Locale locale) {
		// no fallback to the JVM's locale: an English workpaper from a Japanese workbench stays English
		return ResourceBundle.getBundle(MESSAGES, locale, GuidelineCoverage.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
	}
}

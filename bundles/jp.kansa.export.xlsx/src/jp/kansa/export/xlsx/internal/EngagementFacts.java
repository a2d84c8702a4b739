/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Part;
import jp.kansa.model.SignOff;
import jp.kansa.model.engagement.CheckPointStatus;
import jp.kansa.model.engagement.ContractCheckIndex;
import jp.kansa.model.engagement.ResponsibilityGaps;

/**
 * What every sheet of an engagement workpaper asks about the engagement, computed once: the
 * check of each (contract, check point) cell, the responsibility gaps exactly as the validation
 * reports them (KANSA-A2-GAP, one definition: {@link ResponsibilityGaps}), the sign-offs per check point and the status of each check point across
 * its contracts. Indexes only — no cell text is kept.
 */
public final class EngagementFacts {

	/** The Part of the 確認表 that A-2 (responsibility between the parties) is about. */
	private static final int A2_PART = 2;

	private final Engagement engagement;
	private final Catalog catalog;
	private final WorkpaperText text;
	private final List<CheckPoint> checkPoints = new ArrayList<>();
	private final ContractCheckIndex checks;
	private final Set<String> gaps = new HashSet<>();
	private final Map<String, List<SignOff>> signOffs = new HashMap<>();
	private final Map<String, CheckPointStatus> statuses = new HashMap<>();

	public EngagementFacts(Engagement engagement, Catalog catalog, WorkpaperText text) {
		this.engagement = engagement;
		this.catalog = catalog;
		this.text = text;
		for (Part part : catalog.getParts()) {
			part.getCategories().forEach(category -> category.getItems()
					.forEach(item -> checkPoints.addAll(item.getCheckPoints())));
		}
		checks = ContractCheckIndex.of(engagement);
		collectGaps();
		for (SignOff signOff : engagement.getSignOffs()) {
			signOffs.computeIfAbsent(signOff.getCheckPointId(), id -> new ArrayList<>()).add(signOff);
		}
		for (CheckPoint checkPoint : checkPoints) {
			statuses.put(checkPoint.getId(), CheckPointStatus.of(engagement, checks, checkPoint.getId()));
		}
	}

	/**
	 * The cells KANSA-A2-GAP reports, computed directly rather than by running the whole
	 * validation: marking them is all the workpaper needs, and the full validation (EMF's own
	 * constraints on every object, evidence files, every other rule) was a fifth of a large
	 * export. Same definition as the rule: an in-scope contract's Part 2 check point whose check
	 * is missing, unassigned, or 委託先/共同 without a responsible party. A test compares this
	 * set with the validation's.
	 */
	private void collectGaps() {
		for (Contract contract : engagement.getContracts()) {
			if (!contract.isInScope()) {
				continue;
			}
			for (CheckPoint checkPoint : checkPoints) {
				if (checkPoint.getItem().getCategory().getPart().getNumber() != A2_PART) {
					continue;
				}
				ContractCheck check = checks.find(contract, checkPoint.getId()).orElse(null);
				if (ResponsibilityGaps.isGap(check)) {
					gaps.add(key(contract, checkPoint.getId()));
				}
			}
		}
	}

	private static String key(Contract contract, String checkPointId) {
		return contract.getId() + '/' + checkPointId;
	}

	public Engagement engagement() {
		return engagement;
	}

	public Catalog catalog() {
		return catalog;
	}

	public WorkpaperText text() {
		return text;
	}

	/** Every check point of the catalog, in 確認表 order. */
	public List<CheckPoint> checkPoints() {
		return checkPoints;
	}

	public ContractCheck check(Contract contract, String checkPointId) {
		return checks.find(contract, checkPointId).orElse(null);
	}

	public boolean isGap(Contract contract, String checkPointId) {
		return gaps.contains(key(contract, checkPointId));
	}

	public int gapCount() {
		return gaps.size();
	}

	public List<SignOff> signOffs(String checkPointId) {
		return signOffs.getOrDefault(checkPointId, List.of());
	}

	/** The assessment of a cell; a missing check is 未評価. */
	public AssessmentStatus assessment(Contract contract, String checkPointId) {
		ContractCheck check = check(contract, checkPointId);
		return check == null ? AssessmentStatus.NOT_ASSESSED : check.getAssessment();
	}

	public CheckPointStatus status(String checkPointId) {
		return statuses.getOrDefault(checkPointId, CheckPointStatus.OPEN);
	}

	/** The workpaper's word for an enum value, e.g. assessment.conforming → 適合. */
	public String label(Enumerator value) {
		return value == null ? null : text.get(prefix(value) + "." + value.getLiteral());
	}

	public String label(CheckPointStatus status) {
		return text.get("checkPointStatus." + status.name().toLowerCase(Locale.ROOT));
	}

	private static String prefix(Enumerator value) {
		String name = value.getClass().getSimpleName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/** The labels of an enum's values in declaration order, for a dropdown. */
	public List<String> labels(List<? extends Enumerator> values) {
		return values.stream().map(this::label).toList();
	}
}

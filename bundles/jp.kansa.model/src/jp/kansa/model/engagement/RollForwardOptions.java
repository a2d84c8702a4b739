/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.time.LocalDate;

/**
 * What a {@link RollForward} carries from the prior engagement into the new fiscal year, and the
 * new year's name and dates. Everything carries over by default except 初回確認/完了日, which an
 * auditor re-confirms every year unless {@link #keepDates(boolean)} says otherwise. Assessments
 * and sign-offs always start fresh; there is no option for them.
 */
public final class RollForwardOptions {

	private String name;
	private LocalDate referenceDate;
	private LocalDate periodStart;
	private LocalDate periodEnd;
	private boolean parties = true;
	private boolean contracts = true;
	private boolean clauses = true;
	private boolean roles = true;
	private boolean evidence = true;
	private boolean findings = true;
	private boolean annotations = true;
	private boolean keepDates;

	/** Name, 基準日 and period of the new engagement; a null keeps the prior value moved one year on. */
	public RollForwardOptions name(String value) {
		name = value;
		return this;
	}

	public RollForwardOptions referenceDate(LocalDate value) {
		referenceDate = value;
		return this;
	}

	public RollForwardOptions periodStart(LocalDate value) {
		periodStart = value;
		return this;
	}

	public RollForwardOptions periodEnd(LocalDate value) {
		periodEnd = value;
		return this;
	}

	/** Vendors, prime vendors and subcontractors; the audited institution always stays. */
	public RollForwardOptions parties(boolean value) {
		parties = value;
		return this;
	}

	/** Contracts with their contract checks (the role matrix rows); without them no check carries over. */
	public RollForwardOptions contracts(boolean value) {
		contracts = value;
		return this;
	}

	public RollForwardOptions clauses(boolean value) {
		clauses = value;
		return this;
	}

	/** 担当 and the responsible parties of every check. */
	public RollForwardOptions roles(boolean value) {
		roles = value;
		return this;
	}

	/** Evidence, kept as 前年度 references (files copied by {@link RollForward#toFile}). */
	public RollForwardOptions evidence(boolean value) {
		evidence = value;
		return this;
	}

	/** Findings not yet closed, as they stand (status, due date, check points, owner). */
	public RollForwardOptions findings(boolean value) {
		findings = value;
		return this;
	}

	public RollForwardOptions annotations(boolean value) {
		annotations = value;
		return this;
	}

	/** Keep 初回確認 (with its date) and 完了日 instead of starting them fresh. */
	public RollForwardOptions keepDates(boolean value) {
		keepDates = value;
		return this;
	}

	public String name() {
		return name;
	}

	public LocalDate referenceDate() {
		return referenceDate;
	}

	public LocalDate periodStart() {
		return periodStart;
	}

	public LocalDate periodEnd() {
		return periodEnd;
	}

	public boolean parties() {
		return parties;
	}

	public boolean contracts() {
		return contracts;
	}

	public boolean clauses() {
		return clauses;
	}

	public boolean roles() {
		return roles;
	}

	public boolean evidence() {
		return evidence;
	}

	public boolean findings() {
		return findings;
	}

	public boolean annotations() {
		return annotations;
	}

	public boolean keepDates() {
		return keepDates;
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor;

import jp.kansa.model.ContractCheck;

/**
 * One cell of a reply that changes the vendor's answer in force: the per-cell preview.
 *
 * @param sheet           the sheet's name
 * @param cell            the cell (H17)
 * @param check           the contract check answered
 * @param column          the vendor column
 * @param value           the value to store (a model enum, a LocalDate or a String)
 * @param previousText    the vendor's answer in force before, "" when none
 * @param newText         the answer, as shown
 * @param institutionText the institution's own record of the same field ("" when the field has
 *                        no counterpart there), shown beside the answer
 */
public record AnswerChange(String sheet, String cell, ContractCheck check, RequestColumn column, Object value,
		String previousText, String newText, String institutionText) {

	/** Where, as spreadsheets write it: {@code 確認表!H17}. */
	public String location() {
		return sheet + "!" + cell;
	}
}

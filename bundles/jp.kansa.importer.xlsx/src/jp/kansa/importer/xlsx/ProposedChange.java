/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import org.eclipse.emf.ecore.EStructuralFeature;

import jp.kansa.importer.xlsx.WorkpaperTemplate.ContractField;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;

/**
 * One edit the import would make, shown in the preview before anything is applied.
 *
 * @param sheet        where the new value was read
 * @param cell         the cell reference (H17)
 * @param checkPointId the check point of the row
 * @param contract     the contract of the column
 * @param field        the column
 * @param feature      the feature of {@link ContractCheck} that changes; for コメント the
 *                     annotations, to which one annotation is added
 * @param check        the check that changes, or {@code null} when the import creates it
 * @param oldValue     the value now: an enum literal, a LocalDate, a list of parties; for コメント
 *                     {@code null}
 * @param newValue     the value after the import; for コメント the text of the new annotation
 * @param oldText      {@code oldValue} as the workpaper writes it
 * @param newText      {@code newValue} as the workpaper writes it
 */
public record ProposedChange(String sheet, String cell, String checkPointId, Contract contract, ContractField field,
		EStructuralFeature feature, ContractCheck check, Object oldValue, Object newValue, String oldText,
		String newText) {

	public String location() {
		return sheet + "!" + cell;
	}

	@Override
	public String toString() {
		return location() + " " + checkPointId + " " + contract.getId() + " " + feature.getName() + ": " + oldText
				+ " -> " + newText;
	}
}

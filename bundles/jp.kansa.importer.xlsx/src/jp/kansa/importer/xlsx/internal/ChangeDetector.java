/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;

import jp.kansa.importer.xlsx.ProposedChange;
import jp.kansa.importer.xlsx.WorkpaperTemplate;
import jp.kansa.importer.xlsx.WorkpaperTemplate.ContractField;
import jp.kansa.importer.xlsx.internal.CellInterpreter.ResponsibilityValue;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;

/**
 * Compares a value read from a cell with the engagement and proposes a change where they
 * differ. A check that does not exist yet has the model's defaults.
 */
final class ChangeDetector {

	private static final KansaPackage K = KansaPackage.eINSTANCE;

	private final String sheet;
	private final Locale locale;
	private final List<ProposedChange> changes;

	ChangeDetector(String sheet, Locale locale, List<ProposedChange> changes) {
		this.sheet = sheet;
		this.locale = locale;
		this.changes = changes;
	}

	void compare(String cell, String checkPointId, Contract contract, ContractCheck check, ContractField field,
			Object value) {
		switch (field) {
		case RESPONSIBILITY -> {
			ResponsibilityValue read = (ResponsibilityValue) value;
			Responsibility now = check == null ? Responsibility.UNASSIGNED : check.getResponsibility();
			propose(cell, checkPointId, contract, check, field, K.getContractCheck_Responsibility(), now,
					read.responsibility());
			if (read.parties() != null) {
				List<Party> parties = check == null ? List.of() : List.copyOf(check.getResponsibleParties());
				if (!new HashSet<>(parties).equals(new HashSet<>(read.parties()))) {
					add(cell, checkPointId, contract, check, field, K.getContractCheck_ResponsibleParties(), parties,
							read.parties());
				}
			}
		}
		case INITIAL_CHECK -> propose(cell, checkPointId, contract, check, field, K.getContractCheck_InitialCheck(),
				check == null ? InitialCheck.UNANSWERED : check.getInitialCheck(), value);
		case COMPLETION_DATE -> propose(cell, checkPointId, contract, check, field,
				K.getContractCheck_CompletionDate(), check == null ? null : check.getCompletionDate(), value);
		case ASSESSMENT -> propose(cell, checkPointId, contract, check, field, K.getContractCheck_Assessment(),
				check == null ? AssessmentStatus.NOT_ASSESSED : check.getAssessment(), value);
		case COMMENT -> comment(cell, checkPointId, contract, check, (String) value);
		default -> throw new IllegalArgumentException(field.name());
		}
	}

	/**
	 * A comment cell adds an annotation unless it only repeats what the check already has (the
	 * workpaper shows the annotations one per line); when the cell repeats them and adds lines,
	 * only the added lines become the new annotation.
	 */
	private void comment(String cell, String checkPointId, Contract contract, ContractCheck check, String text) {
		if (text.isEmpty()) {
			return;
		}
		String existing = check == null ? "" : WorkpaperTemplate.commentText(check).strip();
		if (check != null && (text.equals(existing)
				|| check.getAnnotations().stream().anyMatch(a -> text.equals(a.getText() == null ? null : a.getText().strip())))) {
			return;
		}
		String added = !existing.isEmpty() && text.startsWith(existing + "\n") ? text.substring(existing.length()).strip()
				: text;
		add(cell, checkPointId, contract, check, ContractField.COMMENT, K.getContractCheck_Annotations(), null, added);
	}

	private void propose(String cell, String checkPointId, Contract contract, ContractCheck check, ContractField field,
			EStructuralFeature feature, Object now, Object read) {
		if (!Objects.equals(now, read)) {
			add(cell, checkPointId, contract, check, field, feature, now, read);
		}
	}

	private void add(String cell, String checkPointId, Contract contract, ContractCheck check, ContractField field,
			EStructuralFeature feature, Object now, Object read) {
		changes.add(new ProposedChange(sheet, cell, checkPointId, contract, field, feature, check, now, read, text(now),
				text(read)));
	}

	private String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Responsibility r) {
			return WorkpaperTemplate.label(r, locale);
		}
		if (value instanceof InitialCheck i) {
			return WorkpaperTemplate.label(i, locale);
		}
		if (value instanceof AssessmentStatus a) {
			return WorkpaperTemplate.label(a, locale);
		}
		if (value instanceof LocalDate d) {
			return WorkpaperTemplate.dateText(d);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(p -> ((Party) p).getName()).collect(Collectors.joining(WorkpaperTemplate.PARTY_SEPARATOR));
		}
		return value.toString();
	}
}

/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;

import jp.kansa.importer.xlsx.ProposedChange;
import jp.kansa.importer.xlsx.WorkpaperTemplate;
import jp.kansa.importer.xlsx.WorkpaperTemplate.ContractField;
import jp.kansa.importer.xlsx.internal.CellInterpreter.ResponsibilityValue;
import jp.kansa.model.Annotation;
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
				parties(cell, checkPointId, contract, check, read.parties());
			}
		}
		case PARTIES -> parties(cell, checkPointId, contract, check, castParties(value));
		case INITIAL_CHECK -> propose(cell, checkPointId, contract, check, field, K.getContractCheck_InitialCheck(),
				check == null ? InitialCheck.UNANSWERED : check.getInitialCheck(), value);
		case COMPLETION_DATE -> propose(cell, checkPointId, contract, check, field,
				K.getContractCheck_CompletionDate(), check == null ? null : check.getCompletionDate(), value);
		case ASSESSMENT -> propose(cell, checkPointId, contract, check, field, K.getContractCheck_Assessment(),
				check == null ? AssessmentStatus.NOT_ASSESSED : check.getAssessment(), value);
		case CONCLUSION -> propose(cell, checkPointId, contract, check, field, K.getContractCheck_Conclusion(),
				check == null ? null : check.getConclusion(), sameText(check == null ? null : check.getConclusion(),
						(String) value));
		case COMMENT -> comment(cell, checkPointId, contract, check, (String) value);
		default -> throw new IllegalArgumentException(field.name());
		}
	}

	/**
	 * 担当先 (or the names in a 担当 cell): a change when the set of parties differs. A row that
	 * names the parties in both columns proposes the change once.
	 */
	private void parties(String cell, String checkPointId, Contract contract, ContractCheck check, List<Party> read) {
		List<Party> parties = check == null ? List.of() : List.copyOf(check.getResponsibleParties());
		if (new HashSet<>(parties).equals(new HashSet<>(read)) || changes.stream().anyMatch(c -> c.contract() == contract
				&& c.checkPointId().equals(checkPointId) && c.feature() == K.getContractCheck_ResponsibleParties())) {
			return;
		}
		add(cell, checkPointId, contract, check, ContractField.PARTIES, K.getContractCheck_ResponsibleParties(), parties,
				read);
	}

	@SuppressWarnings("unchecked")
	private static List<Party> castParties(Object value) {
		return (List<Party>) value;
	}

	/** The text now when the cell only differs in line ends and surrounding space: no change then. */
	private static String sameText(String now, String read) {
		return now != null && normalized(now).equals(read) ? now : read;
	}

	private static String normalized(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	/**
	 * A コメント cell adds one annotation of the lines that are not already there. The exporter
	 * writes each annotation as a line with tickmark, author and date; the first template wrote
	 * the texts alone: lines in either form are known, so an unchanged cell adds nothing and a
	 * vendor's added line becomes the new annotation. Annotations are never edited or removed
	 * by an import: an edited line is added as new.
	 */
	private void comment(String cell, String checkPointId, Contract contract, ContractCheck check, String text) {
		Map<String, Integer> known = new HashMap<>();
		if (check != null) {
			for (Annotation annotation : check.getAnnotations()) {
				count(known, WorkpaperTemplate.annotationLine(annotation));
				if (annotation.getText() != null) {
					count(known, annotation.getText());
				}
			}
		}
		StringJoiner added = new StringJoiner("\n");
		for (String line : normalized(text).split("\n")) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				continue;
			}
			Integer left = known.get(stripped);
			if (left != null && left > 0) {
				known.put(stripped, left - 1);
			} else {
				added.add(stripped);
			}
		}
		if (added.length() > 0) {
			add(cell, checkPointId, contract, check, ContractField.COMMENT, K.getContractCheck_Annotations(), null,
					added.toString());
		}
	}

	/** Counts the (stripped) lines of a known text. */
	private static void count(Map<String, Integer> known, String text) {
		for (String line : normalized(text).split("\n")) {
			known.merge(line.strip(), 1, Integer::sum);
		}
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
